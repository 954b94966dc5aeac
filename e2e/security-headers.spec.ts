import type { APIResponse, Browser, Page, Response } from "@playwright/test";
import { fieldLabel } from "./registry";
import { expect, storageStateOf, test, type SessionAccount } from "./sessions";

/**
 * Content-Security-Policy in a real browser (issue 14, finding 5): every kind of page has exactly one
 * policy without 'unsafe-inline' for scripts, hydrates (React took over the markup) and shows no CSP
 * violation — pages rendered per request through their nonce, cached public pages through the hashes
 * of their inline scripts (lib/security/content-security-policy.mjs).
 */

const TILE_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

interface Watched {
  page: Page;
  violations: string[];
}

/** A page whose CSP violations (the DOM event and Chromium's console report) and script errors are collected. */
async function watchedPage(browser: Browser, account?: SessionAccount): Promise<Watched> {
  const context = await browser.newContext(account ? { storageState: storageStateOf(account) } : {});
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  // Init scripts are injected by the browser's debugging protocol: no policy applies to them.
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => violations.push(`page error: ${error.message}`));
  // No internet on test machines: the map's tile server answers with a tiny image.
  await page.route(/tile\.openstreetmap\.org/, (route) => route.fulfill({ contentType: "image/png", body: TILE_PNG }));
  return { page, violations };
}

async function policiesOf(response: Response | APIResponse): Promise<string[]> {
  return (await response.headersArray())
    .filter((header) => header.name.toLowerCase() === "content-security-policy")
    .map((header) => header.value);
}

/** One policy with the directives of finding 5; `scripts` says how inline scripts are allowed. */
async function expectPagePolicy(response: Response | null, scripts: "nonce" | "hashes") {
  expect(response, "Antwort").not.toBeNull();
  const policies = await policiesOf(response!);
  expect(policies, `genau eine Richtlinie für ${response!.url()}`).toHaveLength(1);
  const directives = new Map(
    policies[0]!.split(";").map((directive) => {
      const [name, ...values] = directive.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("form-action")).toEqual(["'self'"]);
  const scriptSources = directives.get("script-src") ?? [];
  expect(scriptSources).toContain("'self'");
  expect(scriptSources).not.toContain("'unsafe-inline'");
  expect(scriptSources).not.toContain("'unsafe-eval'");
  expect(scriptSources.some((source) => source.startsWith(scripts === "nonce" ? "'nonce-" : "'sha256-"))).toBe(true);
  expect(directives.get("img-src")).toContain("https://tile.openstreetmap.org");
  // Plain http in the tests: no HSTS (tests/integration/security-headers.test.ts covers https).
  expect(response!.headers()["strict-transport-security"]).toBeUndefined();
}

/** React has taken over the server's markup (hydration ran). */
async function expectHydrated(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react"))))
    .toBe(true);
}

test.describe("Content-Security-Policy", () => {
  test("öffentliche Seiten aus dem Cache: Startseite, Liste mit Suche, Steckbrief, Statistik", async ({ browser }) => {
    const { page, violations } = await watchedPage(browser);
    for (const path of ["/", "/steckbriefe?q=Wohnung", "/steckbriefe/landkreis-freudenstadt-ankommen-bleiben", "/statistik"]) {
      const response = await page.goto(path);
      await expectPagePolicy(response, "hashes");
      await expectHydrated(page);
    }
    // Twice: the second answer comes from the cache, with the policy stored with the page.
    const again = await page.goto("/steckbriefe/landkreis-freudenstadt-ankommen-bleiben");
    await expectPagePolicy(again, "hashes");
    await expectHydrated(page);

    // The listing follows its filters in the page (client-side navigation, server components).
    await page.goto("/steckbriefe?q=Wohnung");
    await expectHydrated(page);
    await page
      .getByRole("search", { name: "Steckbriefe durchsuchen" })
      .getByRole("group", { name: "Art der Kommune" })
      .getByRole("checkbox", { name: /^Stadt \(\d+\)$/ })
      .check();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&typ=stadt$/);
    await expect(page.getByTestId("listing-cards").getByRole("article").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("Seiten pro Anfrage: Karte mit Leaflet und Kacheln, Anmeldung; die 404-Seite aus dem Cache", async ({ browser }) => {
    const { page, violations } = await watchedPage(browser);
    const map = await page.goto("/karte");
    await expectPagePolicy(map, "nonce");
    await expectHydrated(page);
    const tile = page.waitForResponse(/tile\.openstreetmap\.org/);
    await page.getByRole("button", { name: "Interaktive Karte laden" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die interaktive Karte ist geladen." })).toBeVisible();
    await tile;
    await expect
      .poll(() =>
        page.locator("img.leaflet-tile").evaluateAll((tiles) => tiles.filter((img) => (img as HTMLImageElement).naturalWidth > 0).length),
      )
      .toBeGreaterThan(0);

    const signIn = await page.goto("/anmelden");
    await expectPagePolicy(signIn, "nonce");
    await expectHydrated(page);

    // Unknown addresses are one cached page (app/[locale]/[...rest]): its policy comes from the cache.
    const missing = await page.goto("/gibt-es-nicht");
    expect(missing?.status()).toBe(404);
    await expectPagePolicy(missing, "hashes");
    await expectHydrated(page);
    expect(violations).toEqual([]);
  });

  test("Redaktion: Bearbeiten mit automatischem Speichern, Prüfung", async ({ browser }) => {
    test.slow(); // the edit page of a large profile, hydrated and watched for violations
    const { page, violations } = await watchedPage(browser, "editor:landkreis-freudenstadt");
    const edit = await page.goto("/redaktion/steckbriefe/landkreis-freudenstadt-ankommen-bleiben");
    await expectPagePolicy(edit, "nonce");
    await expectHydrated(page);
    const occasion = page.getByRole("textbox", { name: fieldLabel("occasion") });
    await occasion.fill(`${await occasion.inputValue()} (geprüft ${Date.now()})`);
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um");
    expect(violations).toEqual([]);

    const reviewer = await watchedPage(browser, "reviewer");
    const queue = await reviewer.page.goto("/redaktion/pruefung");
    await expectPagePolicy(queue, "nonce");
    await expectHydrated(reviewer.page);
    expect(reviewer.violations).toEqual([]);
  });

  test("API-Antworten dürfen im Browser nichts ausführen", async ({ request }) => {
    for (const path of ["/api/v1/steckbriefe", "/api/karte", "/api/health"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      expect(await policiesOf(response), path).toEqual([
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
      ]);
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
  });
});

test.describe("Hochladen über der Grenze", () => {
  test("ohne JavaScript: eine Seite mit Erklärung und dem Weg zurück, kein Fehler", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageStateOf("editor:landkreis-freudenstadt"), javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/redaktion/steckbriefe/landkreis-freudenstadt-ankommen-bleiben");
    const form = page.locator("form").filter({ has: page.locator("#dokument-file") });
    await form.locator("#dokument-file").setInputFiles({
      name: "zu-gross.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(12 * 1024 * 1024, "%PDF-1.7\n"),
    });
    await form.locator("#dokument-title").fill("Zu großes Dokument");
    const [response] = await Promise.all([
      page.waitForEvent("response", (r) => r.request().method() === "POST"),
      form.getByRole("button").last().click(),
    ]);
    expect(response.status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anfrage zu groß");
    await page.getByRole("link", { name: "Zurück zum Formular" }).click();
    await expect(page).toHaveURL(/\/redaktion\/steckbriefe\/landkreis-freudenstadt-ankommen-bleiben$/);
    await context.close();
  });

  test("ein PDF über 10 MB wird schon im Browser am Feld abgelehnt; die Bearbeitungsseite bleibt", async ({ browser }) => {
    test.slow(); // the edit page of a large profile, hydrated and watched for violations
    const { page, violations } = await watchedPage(browser, "editor:landkreis-freudenstadt");
    await page.goto("/redaktion/steckbriefe/landkreis-freudenstadt-ankommen-bleiben");
    await expectHydrated(page);
    const form = page.locator("form").filter({ has: page.locator("#dokument-file") });
    await form.locator("#dokument-file").setInputFiles({
      name: "zu-gross.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(12 * 1024 * 1024, "%PDF-1.7\n"),
    });
    await form.locator("#dokument-title").fill("Zu großes Dokument");
    let sent = false;
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().includes("/redaktion/")) sent = true;
    });
    await form.getByRole("button").last().click();
    await expect(form.locator("#dokument-file")).toHaveAccessibleDescription(/Das Dokument ist größer als 10 MB/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByTestId("save-status")).toBeVisible();
    expect(sent).toBe(false);
    expect(violations).toEqual([]);
  });
});
