import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

/** The listing `/steckbriefe` (demo content: 32 profiles — 4 Landkreise, 21 Städte, 7 Gemeinden). */
test.describe("Liste aller Steckbriefe", () => {
  test("zeigt 20 Steckbriefe je Seite und blättert", async ({ page }) => {
    const response = await page.goto("/steckbriefe");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/^Alle Steckbriefe – /);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle Steckbriefe");
    await expect(page.getByTestId("result-count")).toHaveText("32 Steckbriefe (1–20 von 32)");
    await expect(page.getByTestId("listing-cards").getByRole("article")).toHaveCount(20);
    const firstPageTitles = await page.getByTestId("listing-cards").getByRole("heading").allTextContents();

    const pagination = page.getByRole("navigation", { name: "Seiten der Ergebnisliste" });
    await expect(pagination.getByRole("link", { name: "Seite 1" })).toHaveAttribute("aria-current", "page");
    await expect(pagination.getByRole("link", { name: "Vorherige Seite" })).toHaveCount(0);
    await pagination.getByRole("link", { name: "Nächste Seite" }).click();
    await expect(page).toHaveURL(/\/steckbriefe\?seite=2$/);
    await expect(page.getByTestId("result-count")).toHaveText("32 Steckbriefe (21–32 von 32)");
    await expect(page.getByTestId("listing-cards").getByRole("article")).toHaveCount(12);
    await expect(pagination.getByRole("link", { name: "Seite 2" })).toHaveAttribute("aria-current", "page");
    await expect(pagination.getByRole("link", { name: "Nächste Seite" })).toHaveCount(0);
    // No profile on both pages.
    const secondPageTitles = await page.getByTestId("listing-cards").getByRole("heading").allTextContents();
    expect(secondPageTitles.filter((title) => firstPageTitles.includes(title))).toEqual([]);
    await expect(page).toHaveTitle(/^Alle Steckbriefe – Seite 2 – /);
  });

  test("filtert nach Art der Kommune", async ({ page }) => {
    await page.goto("/steckbriefe?seite=2");
    const kinds = page.getByRole("search", { name: "Steckbriefe durchsuchen" }).getByRole("group", { name: "Art der Kommune" });
    await expect(kinds.getByRole("checkbox", { checked: true })).toHaveCount(0);
    await kinds.getByRole("checkbox", { name: "Gemeinde (7)" }).check();
    await page.getByRole("search", { name: "Steckbriefe durchsuchen" }).getByRole("button", { name: "Anzeigen" }).first().click();
    // A new filter starts at page 1.
    await expect(page).toHaveURL(/\/steckbriefe\?typ=gemeinde$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steckbriefe der Gemeinden");
    await expect(page.getByTestId("result-count")).toHaveText("7 Steckbriefe");
    await expect(page.getByTestId("listing-cards").getByRole("article")).toHaveCount(7);
    await expect(kinds.getByRole("checkbox", { name: "Gemeinde (7)" })).toBeChecked();
    await expect(page.getByRole("navigation", { name: "Seiten der Ergebnisliste" })).toHaveCount(0);

    await page.goto("/steckbriefe?typ=landkreis");
    await expect(page.getByTestId("listing-cards").getByRole("article")).toHaveCount(4);
  });

  test("bringt unsaubere Adressen auf ihre eine Form und antwortet jenseits der letzten Seite mit 404", async ({ page, request }) => {
    await page.goto("/steckbriefe?seite=1&typ=stadt&utm_source=x");
    await expect(page).toHaveURL(/\/steckbriefe\?typ=stadt$/);
    await page.goto("/steckbriefe?typ=dorf&seite=abc");
    await expect(page).toHaveURL(/\/steckbriefe$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle Steckbriefe");

    const beyond = await request.get("/steckbriefe?typ=stadt&seite=3");
    expect(beyond.status()).toBe(404);
    // The internal, cached path is no second address of the listing.
    expect((await request.get("/steckbriefe/liste/alle")).status()).toBe(404);
  });

  test("funktioniert ohne JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await page.getByRole("link", { name: "Alle 21 Steckbriefe der Städte" }).click();
    await expect(page).toHaveURL(/\/steckbriefe\?typ=stadt$/);
    await expect(page.getByTestId("listing-cards").getByRole("article")).toHaveCount(20);
    await page.getByRole("navigation", { name: "Seiten der Ergebnisliste" }).getByRole("link", { name: "Seite 2" }).click();
    await expect(page).toHaveURL(/\/steckbriefe\?typ=stadt&seite=2$/);
    await expect(page.getByTestId("listing-cards").getByRole("article")).toHaveCount(1);
    await page.getByTestId("listing-cards").getByRole("link").click();
    await expect(page).toHaveURL(/\/steckbriefe\/[a-z0-9-]+$/);
    await context.close();
  });

  test("hat keine Barrieren nach WCAG 2.1 AA (axe-core)", async ({ page }) => {
    await page.goto("/steckbriefe?typ=stadt");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto("/steckbriefe?seite=2");
    await expectNoAccessibilityViolations(page);
  });
});
