import { expect, test, type Locator, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

/** The search on `/steckbriefe` (issue 10): a plain GET form, facets with live counts, state in the URL. */

const form = (page: Page) => page.getByRole("search", { name: "Steckbriefe durchsuchen" });
const facet = (page: Page, title: string) => form(page).getByRole("group", { name: title });
const resultCount = (page: Page) => page.getByTestId("result-count");

/** The count in an option's label, "Stadt (4)" → 4. */
async function countOf(option: Locator): Promise<number> {
  const label = await option.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? "");
  const match = /\((\d+)\)\s*$/.exec(label);
  expect(match, label).not.toBeNull();
  return Number(match![1]);
}

async function submit(page: Page) {
  await form(page).getByRole("button", { name: "Anzeigen" }).first().click();
}

test.describe("Suche und Filter", () => {
  test("ohne JavaScript: Suchbegriff, zwei Filter, Zähler, Zurück und Entfernen", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/steckbriefe");
    await form(page).getByRole("searchbox", { name: "Suchbegriff" }).fill("Wohnung");
    await submit(page);
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suchergebnisse für „Wohnung“");
    const cards = page.getByTestId("listing-cards").getByRole("article");
    expect(await cards.count()).toBeGreaterThan(0);
    // Why a result matched: the matched words are highlighted.
    await expect(page.getByTestId("listing-cards").locator("mark").first()).toBeVisible();

    // First facet: the count next to the option is the count of results once it is chosen.
    const stadt = facet(page, "Art der Kommune").getByRole("checkbox", { name: /^Stadt \(\d+\)$/ });
    const stadtCount = await countOf(stadt);
    await stadt.check();
    await submit(page);
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&typ=stadt$/);
    await expect(resultCount(page)).toHaveText(new RegExp(`^${stadtCount} Steckbriefe?\\b`));
    await expect(facet(page, "Art der Kommune").getByRole("checkbox", { name: /^Stadt / })).toBeChecked();

    // Second facet, combined with the first (counted with the first one applied).
    const wohnen = facet(page, "Thema").getByRole("checkbox", { name: /^Wohnen \(\d+\)$/ });
    const wohnenCount = await countOf(wohnen);
    expect(wohnenCount).toBeLessThanOrEqual(stadtCount);
    await wohnen.check();
    await submit(page);
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&typ=stadt&thema=wohnen$/);
    await expect(resultCount(page)).toHaveText(new RegExp(`^${wohnenCount} Steckbriefe?\\b`));
    await expect(page.getByTestId("listing-cards").getByRole("article")).toHaveCount(wohnenCount);

    // Back returns to the previous state.
    await page.goBack();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&typ=stadt$/);
    await expect(resultCount(page)).toHaveText(new RegExp(`^${stadtCount} Steckbriefe?\\b`));
    await page.goForward();
    await expect(page).toHaveURL(/thema=wohnen$/);

    // The same hits on the map: the same query.
    await expect(page.getByRole("link", { name: "Auf der Karte zeigen" })).toHaveAttribute(
      "href",
      "/karte?q=Wohnung&typ=stadt&thema=wohnen",
    );

    // An active filter is removed by its link.
    await page.getByRole("link", { name: "Filter entfernen: Stadt" }).click();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&thema=wohnen$/);
    await page.getByRole("link", { name: "Alle Filter zurücksetzen" }).click();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung$/);
    await context.close();
  });

  test("mit JavaScript: die Ergebnisse folgen den Filtern ohne neues Laden der Seite", async ({ page }) => {
    await page.goto("/steckbriefe?q=Wohnung");
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
    const stadt = facet(page, "Art der Kommune").getByRole("checkbox", { name: /^Stadt \(\d+\)$/ });
    const stadtCount = await countOf(stadt);
    await stadt.check();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&typ=stadt$/);
    await expect(resultCount(page)).toHaveText(new RegExp(`^${stadtCount} Steckbriefe?\\b`));
    await form(page).getByRole("combobox", { name: "Sortierung" }).selectOption("name");
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&typ=stadt&sort=name$/);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.goBack();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung&typ=stadt$/);
    await page.goBack();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung$/);
    await expect(facet(page, "Art der Kommune").getByRole("checkbox", { name: /^Stadt / })).not.toBeChecked();
  });

  test("ein leeres Ergebnis bietet an, den Filter wegzulassen, der am meisten ausschließt", async ({ page }) => {
    await page.goto("/steckbriefe?q=Wohnung&typ=landkreis");
    await expect(resultCount(page)).toHaveText("Keine Steckbriefe");
    const relax = page.getByTestId("empty-result").getByRole("link", { name: /^Ohne Filter „Landkreis“: \d+ Steckbriefe?$/ });
    const expected = Number(/(\d+) Steckbriefe?$/.exec((await relax.textContent()) ?? "")![1]);
    expect(expected).toBeGreaterThan(0);
    await expectNoAccessibilityViolations(page);
    await relax.click();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung$/);
    await expect(resultCount(page)).toHaveText(new RegExp(`^${expected} Steckbriefe?\\b`));
  });

  test("bringt die Adresse auf ihre eine Form (Standards weg, feste Reihenfolge)", async ({ page }) => {
    await page.goto("/steckbriefe?thema=wohnen&sort=relevanz&typ=stadt,gemeinde&q=&seite=1");
    await expect(page).toHaveURL(/\/steckbriefe\?typ=gemeinde&typ=stadt&thema=wohnen$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steckbriefe nach Ihrer Auswahl");
    await page.goto("/steckbriefe?q=B%C3%BCrger");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suchergebnisse für „Bürger“");
  });

  test("auf dem Telefon stehen die Filter in einer Ausklappliste mit der Zahl aktiver Filter", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/steckbriefe?q=Wohnung&typ=stadt&thema=wohnen");
    const summary = form(page).getByText("Filter (2 aktiv)");
    await expect(summary).toBeVisible();
    await expect(facet(page, "Thema")).toBeHidden();
    await summary.click();
    await expect(facet(page, "Thema")).toBeVisible();
  });

  test("die Startseite sucht und führt über Themen in die Liste", async ({ page }) => {
    await page.goto("/");
    const search = page.getByRole("search", { name: "Steckbriefe durchsuchen" });
    await search.getByRole("searchbox", { name: "Suchbegriff" }).fill("Wohnung");
    await search.getByRole("button", { name: "Suchen" }).click();
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung$/);
    await expect(page.getByTestId("listing-cards").locator("mark").first()).toBeVisible();

    await page.goto("/");
    const topics = page.getByRole("navigation", { name: "Häufige Themen" }).getByRole("link");
    expect(await topics.count()).toBeGreaterThan(0);
    const first = topics.first();
    const count = Number(/(\d+)$/.exec(((await first.textContent()) ?? "").trim())![1]);
    await first.click();
    await expect(page).toHaveURL(/\/steckbriefe\?thema=[a-z0-9-]+$/);
    await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${count} Steckbriefe?\\b`));
  });

  test("hat keine Barrieren nach WCAG 2.1 AA (axe-core)", async ({ page }) => {
    await page.goto("/steckbriefe?q=Wohnung&typ=stadt");
    await expect(page.getByTestId("listing-cards").locator("mark").first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAccessibilityViolations(page);
  });
});
