import { expect, test, type Browser, type Page } from "@playwright/test";
import { fieldLabelKey } from "@/lib/profiles/fields";
import { message, messageIn } from "./registry";
import { test as signedInTest } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

/**
 * The portal in English (issue 13, "Languages"): every page type under /en, with its own `lang`, the
 * English chrome, hreflang alternates, the German profile texts marked `lang="de"`, a language switch
 * that keeps the page and its query (without JavaScript too), and no axe violation.
 */
const PROFILE = "/steckbriefe/tuebingen-neue-nachbarschaften";
const en = (key: string, values?: Record<string, string | number>) => messageIn("en", key, values);

const PUBLIC_PAGES = [
  "/en",
  "/en/steckbriefe",
  "/en/steckbriefe?q=wohnung&typ=stadt",
  "/en/steckbriefe?q=wohnung&typ=landkreis",
  `/en${PROFILE}`,
  "/en/karte",
  "/en/vergleich?ids=tuebingen-neue-nachbarschaften,denzlingen-mit-dem-freundeskreis-asyl",
  "/en/statistik",
  "/en/empfehlungen",
  "/en/daten",
  "/en/impressum",
  "/en/datenschutz",
  "/en/barrierefreiheit",
  "/en/leichte-sprache",
  "/en/ueber-das-programm",
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function pageWithoutScript(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/** The page is English: its language, the header's navigation and the switch back to German. */
async function expectEnglishChrome(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: en("Layout.skipToContent") })).toBeAttached();
  await expect(page.getByRole("navigation", { name: en("Layout.mainNavigation") })).toBeVisible();
  await expect(page.getByRole("link", { name: en("Layout.otherLanguage"), exact: true })).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
}

test.describe("Die englischen Seiten", () => {
  for (const path of PUBLIC_PAGES) {
    test(`${path}: englisch, mit hreflang, ohne Barrieren`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectEnglishChrome(page);
      // hreflang: the page in every language, German as x-default. The German address is the page's own
      // (with the listing's query; the comparison's selection is not part of it), the root without a slash.
      const german = path.replace(/^\/en(?=\/|\?|$)/, "").replace(/^\/vergleich\?.*$/, "/vergleich");
      const germanHref = german === "" ? /\/\/[^/]+\/?$/ : new RegExp(`//[^/]+${escapeRegExp(german)}$`);
      await expect(page.locator('link[rel="alternate"][hreflang="de"]')).toHaveAttribute("href", germanHref);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en(\/|$)/);
      await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
      await expectNoAccessibilityViolations(page);
    });
  }

  test("ein Steckbrief: Rahmen und Überschriften englisch, die Texte des Steckbriefs als deutsch ausgezeichnet", async ({ page }) => {
    await page.goto(`/en${PROFILE}`);
    await expect(page.getByRole("heading", { level: 2, name: en("Sections.occasion") })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "de");
    // Every prose block of the profile is German and says so; the page's own words are not marked.
    const marked = page.locator("#anlass [lang='de']");
    await expect(marked.first()).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: en("Sections.occasion") })).not.toHaveAttribute("lang", "de");
  });

  test("Namen aus den Daten (Themen) sind auf englischen Seiten als deutsch ausgezeichnet, die eigenen nicht", async ({ page }) => {
    await page.goto("/en/empfehlungen");
    await expect(page.locator("main h2 [lang='de']").first()).toBeAttached();
    await page.goto("/en/steckbriefe");
    const topics = page.locator("fieldset", { has: page.locator("input[name='thema']") });
    await expect(topics.locator("label span[lang='de']").first()).toBeAttached();
    const kinds = page.locator("fieldset", { has: page.locator("input[name='typ']") });
    await expect(kinds.locator("input")).not.toHaveCount(0);
    await expect(kinds.locator("[lang='de']")).toHaveCount(0);
    // Active filters name a topic as the data does (German), a kind in English; so do the statistics.
    for (const path of ["/en/steckbriefe?typ=stadt&thema=wohnen", "/en/statistik?typ=stadt&thema=wohnen"]) {
      await page.goto(path);
      const removeFilter = page.getByRole("link", { name: /^Remove filter: / });
      await expect(removeFilter, path).toHaveCount(2);
      // As rendered (innerText): one line, the space after the colon kept before the marked name.
      for (const text of await removeFilter.evaluateAll((links) => links.map((link) => (link as HTMLElement).innerText)))
        expect(text, path).toMatch(/^Remove filter: \S[^\n]*$/);
      await expect(removeFilter.filter({ hasText: en("Kinds.STADT") }).locator("[lang]"), path).toHaveCount(0);
      await expect(removeFilter.filter({ hasNotText: en("Kinds.STADT") }).locator("[lang='de']"), path).toHaveCount(1);
    }
    const topicRows = page.locator("table[data-table='thema'] tbody th");
    await expect(topicRows.first()).toHaveAttribute("lang", "de");
    await expect(page.locator("table[data-table='typ'] tbody th[lang]")).toHaveCount(0);
  });

  test("die 404-Seite auf Englisch, auch ohne JavaScript", async ({ browser }) => {
    const page = await pageWithoutScript(browser);
    const response = await page.goto("/en/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("NotFound.title"));
    await expect(page.getByRole("link", { name: en("NotFound.back") })).toHaveAttribute("href", "/en");
    await page.context().close();
  });

  // Pages a link from a mail or a mistyped address leads to: the request for a reset link, a reset or an
  // invitation link that is not (or no longer) valid, the 404 page.
  for (const path of [
    "/en/passwort-vergessen",
    "/en/passwort-zuruecksetzen/kein-gueltiger-link",
    "/en/einladung/kein-gueltiger-link",
    "/en/gibt-es-nicht",
  ]) {
    test(`${path}: englisch und ohne Barrieren`, async ({ page }) => {
      await page.goto(path);
      await expectEnglishChrome(page);
      await expectNoAccessibilityViolations(page);
    });
  }

  test("der Sprachwechsel behält Seite und Suche, ohne JavaScript und mit", async ({ browser, page }) => {
    const query = "q=wohnung&typ=stadt";
    const noScript = await pageWithoutScript(browser);
    await noScript.goto(`/steckbriefe?${query}`);
    // Without JavaScript the cached page's link cannot carry the query: it goes through /api/sprache.
    await noScript.getByRole("link", { name: message("Layout.otherLanguage"), exact: true }).click();
    await expect(noScript).toHaveURL(new RegExp(`/en/steckbriefe\\?${query}$`));
    await expect(noScript.locator("html")).toHaveAttribute("lang", "en");
    await noScript.getByRole("link", { name: en("Layout.otherLanguage"), exact: true }).click();
    await expect(noScript).toHaveURL(new RegExp(`/steckbriefe\\?${query}$`));
    await expect(noScript.locator("html")).toHaveAttribute("lang", "de");
    await noScript.context().close();

    // With JavaScript the link leads there directly.
    await page.goto(`/steckbriefe?${query}`);
    await expect(page.getByRole("link", { name: message("Layout.otherLanguage"), exact: true })).toHaveAttribute(
      "href",
      `/en/steckbriefe?${query}`,
    );

    await page.goto(`/en${PROFILE}#kosten`);
    await page.getByRole("link", { name: en("Layout.otherLanguage"), exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${PROFILE}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
  });

  test("Antworten vor jeder Seite (405) sind englisch unter /en", async ({ request }) => {
    // PUT stands for every method a page does not take (Node's fetch does not send TRACE at all).
    const english = await request.fetch("/en/steckbriefe", { method: "PUT" });
    expect(english.status()).toBe(405);
    expect(await english.text()).toBe(en("Refusals.method"));
    const german = await request.fetch("/steckbriefe", { method: "PUT" });
    expect(await german.text()).toBe(message("Refusals.method"));
  });
});

signedInTest.describe("Der Redaktionsbereich auf Englisch", () => {
  // Signing in and axe on the editorial area's large pages take longer than the default 30 s under load.
  signedInTest.describe.configure({ timeout: 90_000 });

  signedInTest("die Anmeldeseite ist englisch und ohne Barrieren", async ({ page }) => {
    await page.goto("/en/anmelden");
    await expectEnglishChrome(page);
    await expect(page.getByRole("textbox", { name: en("Auth.email") })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  signedInTest("Übersicht und Warteschlange des Programmteams sind englisch und ohne Barrieren", async ({ pageAs }) => {
    const reviewer = await pageAs("reviewer", "/en/redaktion");
    await expect(reviewer.locator("html")).toHaveAttribute("lang", "en");
    await expect(reviewer.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(reviewer);
    await reviewer.goto("/en/redaktion/pruefung");
    await expect(reviewer.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAccessibilityViolations(reviewer);
  });

  signedInTest("Übersicht und Bearbeitung der Kommune sind englisch und ohne Barrieren", async ({ pageAs }) => {
    // The editor only looks (the shared Denzlingen session changes nothing).
    const editor = await pageAs("editor", "/en/redaktion");
    await expect(editor.getByRole("heading", { level: 1, name: en("Dashboard.title") })).toBeVisible();
    await editor.goto("/en/redaktion/steckbriefe/denzlingen-mit-dem-freundeskreis-asyl");
    await expect(editor.locator("html")).toHaveAttribute("lang", "en");
    await expect(editor.getByRole("link", { name: en("Editor.backToDashboard") })).toHaveAttribute("href", "/en/redaktion");
    await expectNoAccessibilityViolations(editor);
  });

  signedInTest("die Bearbeitung mit einem Fehler: die englische Meldung am Feld, ohne Barrieren", async ({ pageAs }) => {
    const editor = await pageAs("editor:hemsbach", "/en/redaktion/steckbriefe/hemsbach-ehrenamt-neu-aufstellen");
    const label = en(fieldLabelKey("costTotal"));
    const total = editor.getByRole("textbox", { name: label });
    await total.fill("-250");
    await expect(total).toHaveAttribute("aria-invalid", "true", { timeout: 10_000 });
    await expect(total).toHaveAccessibleDescription(new RegExp(escapeRegExp(en("Validation.euroNegative", { label }))));
    await expect(editor.locator("html")).toHaveAttribute("lang", "en");
    await expectNoAccessibilityViolations(editor);
  });

  // The programme team's pages in English: language, one heading, no axe violation (the admin only looks).
  for (const path of [
    "/en/redaktion/verwaltung",
    "/en/redaktion/verwaltung/nutzer",
    "/en/redaktion/verwaltung/kommunen",
    "/en/redaktion/verwaltung/kommunen/neu",
    "/en/redaktion/verwaltung/themen",
    "/en/redaktion/protokoll",
    "/en/redaktion/postausgang",
    "/en/redaktion/rueckmeldungen",
    "/en/redaktion/einladen",
    "/en/redaktion/import",
    "/en/redaktion/steckbriefe/dusslingen-vorhandenes-staerken/verlauf",
  ]) {
    signedInTest(`${path}: englisch und ohne Barrieren`, async ({ pageAs }) => {
      const admin = await pageAs("admin");
      const response = await admin.goto(path);
      expect(response?.status()).toBe(200);
      await expect(admin.locator("html")).toHaveAttribute("lang", "en");
      await expect(admin.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expectNoAccessibilityViolations(admin);
    });
  }

  signedInTest("ohne Anmeldung führt /en/redaktion zur englischen Anmeldung und zurück", async ({ page }) => {
    await page.goto("/en/redaktion/verwaltung");
    await expect(page).toHaveURL(/\/en\/anmelden\?ruecksprung=%2Fen%2Fredaktion%2Fverwaltung$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
});
