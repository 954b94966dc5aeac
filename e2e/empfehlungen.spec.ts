import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

/**
 * "Was anderswo funktioniert hat" (/empfehlungen) and the similar dialogues on a profile page, on the
 * demo content: 32 profiles, all with recommendations; 12 of them have the topic "Wohnen". Counts that
 * depend on finer details of the demo content are matched by pattern.
 */
const TUEBINGEN = "tuebingen-neue-nachbarschaften";
const TUEBINGEN_TITLE = /^Neue Nachbarschaften/;

const form = (page: Page) => page.getByRole("search", { name: "Steckbriefe durchsuchen" });

test.describe("Was anderswo funktioniert hat", () => {
  test("zeigt Empfehlungen nach Themen, filtert nach Thema und führt zum Steckbrief", async ({ page }) => {
    test.slow(); // axe-core over a long page, twice
    const response = await page.goto("/empfehlungen");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Was anderswo funktioniert hat");
    await expect(page.getByTestId("recommendations-count")).toHaveText(/^32 Steckbriefe mit Empfehlungen oder Ergebnissen, \d+ Themen$/);
    const toc = page.getByRole("navigation", { name: "Themen" });
    await expect(toc.getByRole("link", { name: /^Wohnen \(\d+ Kommunen\)$/ })).toBeVisible();
    await toc.getByRole("link", { name: /^Wohnen / }).click();
    await expect(page).toHaveURL(/\/empfehlungen#thema-wohnen$/);
    const wohnen = page.getByRole("region", { name: /^Wohnen: Was empfehlen \d+ Kommunen\?$/ });
    await expect(wohnen).toBeInViewport();
    await expect(wohnen.getByText("12 Steckbriefe mit Empfehlungen oder Ergebnissen")).toBeVisible();
    await expect(wohnen.getByRole("article")).toHaveCount(3);
    await expectNoAccessibilityViolations(page);

    await wohnen.getByRole("link", { name: "Alle 12 zu „Wohnen“ anzeigen" }).click();
    await expect(page).toHaveURL(/\/empfehlungen\?thema=wohnen$/);
    await expect(page.getByRole("heading", { level: 2, name: /^Wohnen:/ })).toHaveCount(1);
    await expect(page.getByRole("navigation", { name: "Themen" })).toHaveCount(0);
    await expect(page.getByTestId("topic-items-wohnen").getByRole("article")).toHaveCount(12);

    // Narrow down like the search: Städte only.
    await form(page)
      .getByRole("group", { name: "Art der Kommune" })
      .getByRole("checkbox", { name: /^Stadt \(\d+\)$/ })
      .check();
    await form(page).getByRole("button", { name: "Anzeigen" }).first().click();
    await expect(page).toHaveURL(/\/empfehlungen\?typ=stadt&thema=wohnen$/);
    const items = page.getByTestId("topic-items-wohnen").getByRole("article");
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(12);
    for (const line of await items.locator("p").first().allTextContents()) expect(line).toMatch(/^Stadt · /);
    await expectNoAccessibilityViolations(page);

    const title = items.first().getByRole("heading", { level: 3 });
    const titleText = (await title.textContent())!;
    await title.getByRole("link").click();
    await expect(page).toHaveURL(/\/steckbriefe\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(titleText);
  });

  test("bringt unsaubere Adressen auf ihre eine Form; der interne Pfad ist keine zweite Adresse", async ({ page, request }) => {
    await page.goto("/empfehlungen?sort=kosten&thema=wohnen&utm_source=x");
    await expect(page).toHaveURL(/\/empfehlungen\?thema=wohnen$/);
    await page.goto("/empfehlungen?sort=kosten");
    await expect(page).toHaveURL(/\/empfehlungen$/);
    expect((await request.get("/empfehlungen/auswahl/thema%3Dwohnen")).status()).toBe(404);
    expect((await request.get("/empfehlungen?thema=wohnen&seite=9")).status()).toBe(404);
  });
});

test.describe("Ähnliche Dialoge", () => {
  test("zeigt ähnliche Steckbriefe mit Grund und öffnet den Vergleich", async ({ page }) => {
    test.slow(); // axe-core over the whole profile page
    await page.goto(`/steckbriefe/${TUEBINGEN}`);
    const similar = page.getByRole("region", { name: "Ähnliche Dialoge" });
    const entries = similar.getByRole("listitem");
    expect(await entries.count()).toBeGreaterThanOrEqual(3);
    expect(await entries.count()).toBeLessThanOrEqual(5);
    await expect(entries.first()).toContainText(/Gleiche(s)? Them(a|en): /);
    await expect(similar.getByRole("link", { name: TUEBINGEN_TITLE })).toHaveCount(0); // never itself
    await expectNoAccessibilityViolations(page);

    const other = (await entries.first().locator("p").first().textContent())!.split(" · ")[1]!;
    await entries
      .first()
      .getByRole("link", { name: `Mit ${other} vergleichen` })
      .click();
    await expect(page).toHaveURL(new RegExp(`/vergleich\\?ids=${TUEBINGEN},[a-z0-9-]+$`));
    const table = page.getByRole("table", { name: "Eckdaten der ausgewählten Steckbriefe im Vergleich" });
    await expect(table.getByRole("columnheader")).toHaveText([/^Tübingen/, new RegExp(`^${other}`)]);

    await page.goto(`/steckbriefe/${TUEBINGEN}`);
    await page.getByRole("link", { name: "Diesen Steckbrief mit anderen vergleichen" }).click();
    await expect(page).toHaveURL(new RegExp(`/vergleich\\?ids=${TUEBINGEN}$`));
  });
});

test.describe("ohne JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filtert /empfehlungen mit dem Formular und zeigt ähnliche Dialoge", async ({ page }) => {
    await page.goto("/empfehlungen");
    // The filters stand in a disclosure on narrow screens; at desktop width they are open.
    await form(page)
      .getByRole("group", { name: "Thema" })
      .getByRole("checkbox", { name: /^Wohnen \(12\)$/ })
      .check();
    await form(page).getByRole("button", { name: "Anzeigen" }).first().click();
    await expect(page).toHaveURL(/\/empfehlungen\?thema=wohnen$/);
    await expect(page.getByTestId("topic-items-wohnen").getByRole("article")).toHaveCount(12);
    await page.getByTestId("topic-items-wohnen").getByRole("link", { name: TUEBINGEN_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/steckbriefe/${TUEBINGEN}$`));
    const similar = page.getByRole("region", { name: "Ähnliche Dialoge" });
    await expect(similar.getByRole("listitem").first()).toContainText(/Gleiche(s)? Them(a|en): /);
    await similar
      .getByRole("link", { name: /^Mit .+ vergleichen$/ })
      .first()
      .click();
    await expect(page).toHaveURL(new RegExp(`/vergleich\\?ids=${TUEBINGEN},[a-z0-9-]+$`));
  });
});
