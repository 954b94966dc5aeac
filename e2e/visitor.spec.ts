import { expect, test, type Browser, type Page } from "@playwright/test";
import { message, sectionAnchor, sectionTitle } from "./registry";
import { test as signedInTest } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

/** What a new visitor met (issue 13): the rough edges, on a 375 px phone and a 1280 px desktop. */
const PROFILE = "/steckbriefe/tuebingen-neue-nachbarschaften";
const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

async function pageWithoutScript(browser: Browser, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport });
  return context.newPage();
}

/** Collects console errors and uncaught exceptions of a page (a missing favicon is one, for example). */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (entry) => {
    if (entry.type() === "error") errors.push(entry.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

test.describe("Die 404-Seite ohne JavaScript", () => {
  // Unknown addresses of every kind: a made-up path, an unknown profile, a page beyond the last, an unknown language prefix.
  for (const path of ["/gibt/es/nicht", "/steckbriefe/gibt-es-nicht", "/steckbriefe?seite=99", "/xy/gibt-es-nicht"]) {
    test(`${path} antwortet 404 und zeigt Überschrift, Links und Seitenrahmen`, async ({ browser }) => {
      const page = await pageWithoutScript(browser);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("NotFound.title"));
      await expect(page.getByRole("link", { name: message("NotFound.back") })).toHaveAttribute("href", "/");
      await expect(page.getByRole("link", { name: message("NotFound.search") })).toHaveAttribute("href", "/steckbriefe");
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();
      await expect(page.locator('meta[name="robots"]').first()).toHaveAttribute("content", /noindex/);
      await page.context().close();
    });
  }

  test("mit JavaScript bleibt der Inhalt stehen, ohne Fehler in der Konsole, und ohne Barrieren", async ({ page }) => {
    const errors = consoleErrors(page);
    const response = await page.goto("/gibt/es/nicht");
    expect(response?.status()).toBe(404);
    await page.waitForLoadState("networkidle");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("NotFound.title"));
    await expect(page.getByRole("link", { name: message("NotFound.back") })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    // A 404 of the document itself is what the page is about; anything else is an error.
    expect(errors.filter((text) => !text.includes("404"))).toEqual([]);
  });
});

test.describe("Leichte Sprache", () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`ist aus dem Kopf jeder Seite erreichbar und vollständig (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/impressum");
      const link = page.getByRole("banner").getByRole("link", { name: message("Layout.easyLanguage"), exact: true });
      await expect(link).toBeVisible();
      await link.click();
      await expect(page).toHaveURL(/\/leichte-sprache$/);
      await expect(page.getByRole("banner").getByRole("link", { name: message("Layout.easyLanguage"), exact: true })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("Pages.easyLanguage.title"));
      for (const section of ["about", "use", "barriers", "feedback", "signLanguage"]) {
        await expect(page.getByRole("heading", { level: 2, name: message(`Pages.easyLanguage.${section}.title`) })).toBeVisible();
      }
      await expect(page.getByTestId("dgs-video-platz")).toContainText(message("Pages.easyLanguage.signLanguage.placeholder"));
      await expect(page.locator("video")).toHaveCount(0);
      await expect(page.getByRole("link", { name: message("Pages.easyLanguage.feedback.link") })).toHaveAttribute(
        "href",
        "/barrierefreiheit#rueckmeldung",
      );
      // Nothing wider than the screen (WCAG 1.4.10).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await expectNoAccessibilityViolations(page);
    });
  }

  test("die Startseite nennt Landkreise, Städte und Gemeinden", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByText(message("Home.easyLanguageText"))).toContainText("Land-Kreisen, Städten und Gemeinden");
  });

  test("funktioniert ohne JavaScript", async ({ browser }) => {
    const page = await pageWithoutScript(browser, PHONE);
    await page.goto("/leichte-sprache");
    await page.getByRole("link", { name: message("Pages.easyLanguage.signLanguage.title") }).click();
    await expect(page).toHaveURL(/#gebaerden-sprache$/);
    await expect(page.getByTestId("dgs-video-platz")).toBeInViewport();
    await page.context().close();
  });
});

test.describe("Abschnitte eines Steckbriefs", () => {
  test("auf dem Telefon: zusammengeklappte Liste oben und der Weg zurück, auch ohne JavaScript", async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: PHONE });
      const page = await context.newPage();
      await page.goto(PROFILE);
      const sticky = page.locator('nav[aria-labelledby="abschnitte-titel"]');
      await expect(sticky).toBeHidden();
      const summary = page.getByText(message("Profile.sectionsShort"), { exact: true });
      // Near the top: right below the title and teaser, within the first screen and a bit, before the facts.
      expect((await summary.boundingBox())!.y).toBeLessThan(PHONE.height * 1.25);
      await summary.click();
      const costs = page
        .getByRole("navigation", { name: message("Profile.sectionsNav") })
        .getByRole("link", { name: sectionTitle("costs") });
      await costs.click();
      await expect(page).toHaveURL(new RegExp(`#${sectionAnchor("costs")}$`));
      await expect(page.getByRole("heading", { level: 2, name: sectionTitle("costs"), exact: true })).toBeInViewport();
      await page
        .locator(`#${sectionAnchor("costs")}`)
        .getByRole("link", { name: message("Profile.backToSections") })
        .click();
      await expect(page).toHaveURL(/#abschnitte$/);
      await expect(summary).toBeInViewport();
      await expect(costs).toBeVisible();
      if (javaScriptEnabled) await expectNoAccessibilityViolations(page);
      await context.close();
    }
  });

  test("auf dem Desktop: die Liste bleibt beim Lesen im Blick", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto(PROFILE);
    await expect(page.getByText(message("Profile.sectionsShort"), { exact: true })).toBeHidden();
    const sticky = page.locator('nav[aria-labelledby="abschnitte-titel"]');
    await expect(sticky).toBeVisible();
    await page.locator(`#${sectionAnchor("sources")}`).scrollIntoViewIfNeeded();
    await expect(sticky).toBeInViewport();
    await sticky.getByRole("link", { name: sectionTitle("results") }).click();
    await expect(page.getByRole("heading", { level: 2, name: sectionTitle("results"), exact: true })).toBeInViewport();
    await expect(sticky).toBeInViewport();
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("Adressen und lange Wörter", () => {
  for (const viewport of [PHONE, DESKTOP]) {
    test(`E-Mail-Adressen passen in die Kontaktkarte und brechen nur an sinnvollen Stellen (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(PROFILE);
      const mails = page.locator(`#${sectionAnchor("contacts")} a[href^="mailto:"]`);
      expect(await mails.count()).toBeGreaterThan(0);
      for (const mail of await mails.all()) {
        const fits = await mail.evaluate((link) => {
          const card = link.closest("li")!;
          return link.getBoundingClientRect().right <= card.getBoundingClientRect().right + 0.5;
        });
        expect(fits).toBe(true);
        // Break opportunities after "@" and before dots; never a break at any letter.
        expect(await mail.locator("wbr").count()).toBeGreaterThan(0);
        expect(await mail.evaluate((link) => getComputedStyle(link.firstElementChild!).wordBreak)).not.toBe("break-all");
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });
  }
});

test.describe("Seitenrahmen", () => {
  test("Favicon und Icons antworten, keine Fehler in der Konsole", async ({ page, request }) => {
    for (const path of ["/favicon.ico", "/icon.svg", "/apple-icon.png"]) expect((await request.get(path)).status(), path).toBe(200);
    const errors = consoleErrors(page);
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    for (const path of ["/", PROFILE, "/leichte-sprache", "/karte"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
    }
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /favicon|icon/);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("die Navigation markiert die aktuelle Seite, auch ohne JavaScript", async ({ browser }) => {
    const page = await pageWithoutScript(browser);
    await page.goto("/karte");
    const header = page.getByRole("navigation", { name: message("Layout.mainNavigation") });
    await expect(header.getByRole("link", { name: message("Layout.navMap") })).toHaveAttribute("aria-current", "page");
    await expect(header.locator('[aria-current="page"]')).toHaveCount(1);
    await page.goto(PROFILE);
    await expect(header.getByRole("link", { name: message("Layout.navProfiles") })).toHaveAttribute("aria-current", "page");
    await page.goto("/impressum");
    await expect(header.locator('[aria-current="page"]')).toHaveCount(0);
    const footer = page.getByRole("navigation", { name: message("Layout.footerNavigation") });
    await expect(footer.getByRole("link", { name: message("Layout.imprint") })).toHaveAttribute("aria-current", "page");
    await page.context().close();
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`Besucher finden „Anmelden“ im Kopf und die Anmeldung im Fuß, eindeutig benannt (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto("/");
      const signIn = page.getByRole("link", { name: message("Layout.signIn") });
      await expect(signIn).toHaveCount(1);
      await expect(page.getByRole("banner").getByRole("link", { name: message("Layout.signIn") })).toBeVisible();
      await expect(page.getByRole("link", { name: message("Layout.editorialSignIn") })).toHaveCount(1);
      await expect(page.getByRole("link", { name: message("Layout.editorialArea") })).toHaveCount(0);
      await signIn.click();
      await expect(page).toHaveURL(/\/anmelden$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("Auth.signInTitle"));
      await expect(page.getByRole("banner").getByRole("link", { name: message("Layout.signIn") })).toHaveAttribute("aria-current", "page");
    });
  }
});

signedInTest("wer angemeldet ist, bekommt keine Anmeldung angeboten, sondern den Redaktionsbereich", async ({ pageAs }) => {
  const page = await pageAs("editor", "/");
  const editorial = page.getByRole("banner").getByRole("link", { name: message("Layout.editorialArea") });
  await expect(editorial).toBeVisible();
  await expect(page.getByRole("link", { name: message("Layout.signIn") })).toHaveCount(0);
  await expect(page.getByRole("link", { name: message("Layout.editorialSignIn") })).toHaveCount(0);
  await editorial.click();
  await expect(page).toHaveURL(/\/redaktion$/);
  await expect(page.getByRole("link", { name: message("Layout.signIn") })).toHaveCount(0);
});

test.describe("Umfließen und Bewegung", () => {
  // WCAG 1.4.10: at 320 CSS pixels (a 1280 px window at 400 % zoom) nothing needs scrolling sideways; wide
  // tables scroll inside their own region, which is allowed.
  test("320 px breit: keine Seite muss seitlich gescrollt werden", async ({ browser }) => {
    test.slow();
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of [
      "/",
      "/steckbriefe?q=wohnung",
      PROFILE,
      "/karte",
      "/statistik",
      "/vergleich?ids=tuebingen-neue-nachbarschaften,denzlingen-mit-dem-freundeskreis-asyl",
      "/empfehlungen",
      "/daten",
      "/barrierefreiheit",
      "/leichte-sprache",
      "/anmelden",
      "/en/steckbriefe",
    ]) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
    await context.close();
  });

  test("wer weniger Bewegung wünscht, bekommt keine Übergänge und eine Karte ohne Animation", async ({ browser }) => {
    for (const reducedMotion of ["reduce", "no-preference"] as const) {
      const context = await browser.newContext({ reducedMotion, viewport: DESKTOP });
      const page = await context.newPage();
      await page.goto("/steckbriefe");
      const arrow = page.locator(".profile-card-more span").first();
      const duration = await arrow.evaluate((element) => parseFloat(getComputedStyle(element).transitionDuration));
      if (reducedMotion === "reduce") expect(duration).toBeLessThan(0.001);
      else expect(duration).toBeGreaterThan(0.05);
      await page.goto("/karte");
      await page.getByRole("button", { name: message("Map.interactiveLoad") }).click();
      await expect(page.locator(".leaflet-container")).toBeVisible();
      // Leaflet creates its zoom animation's proxy element only when it animates zooming.
      const animated = page.locator(".leaflet-proxy");
      if (reducedMotion === "reduce") await expect(animated).toHaveCount(0);
      else await expect(animated.first()).toBeAttached({ timeout: 10_000 });
      await context.close();
    }
  });
});
