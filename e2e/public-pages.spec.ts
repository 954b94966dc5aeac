import { expect, test } from "@playwright/test";
import { fieldPublicLabel, message, sectionAnchor, sectionTitle } from "./registry";
import { expectNoAccessibilityViolations, PROFILE_SECTION_HEADINGS } from "./support";

const GROUPS = [
  { heading: "Landkreise", anchor: "landkreise", typ: "landkreis", count: 4 },
  { heading: "Städte", anchor: "staedte", typ: "stadt", count: 21 },
  { heading: "Gemeinden", anchor: "gemeinden", typ: "gemeinde", count: 7 },
];

test.describe("Startseite", () => {
  test("zeigt die drei Gruppen mit 4, 21 und 7 Steckbriefen und je den drei neuesten", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/Steckbriefe der kommunalen Flüchtlingsdialoge/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steckbriefe der kommunalen Flüchtlingsdialoge");
    await expect(page.getByRole("heading", { level: 2, name: "Woher die Inhalte stammen" })).toBeVisible();
    for (const group of GROUPS) {
      await expect(page.getByRole("heading", { level: 2, name: group.heading, exact: true })).toBeVisible();
      await expect(page.getByTestId(`count-${group.anchor}`)).toHaveText(`${group.count} Steckbriefe`);
      await expect(page.getByTestId(`group-${group.anchor}`).getByRole("listitem")).toHaveCount(3);
      await expect(page.getByRole("link", { name: `Alle ${group.count} Steckbriefe der ${group.heading}` })).toHaveAttribute(
        "href",
        `/steckbriefe?typ=${group.typ}`,
      );
    }
    // Cards name municipality and title and link to the profile.
    const firstCard = page.getByTestId("group-landkreise").getByRole("article").first();
    await expect(firstCard.getByRole("link")).toHaveAttribute("href", /^\/steckbriefe\/[a-z0-9-]+$/);
    await expect(page.getByRole("link", { name: "Alle 32 Steckbriefe ansehen" }).first()).toHaveAttribute("href", "/steckbriefe");
  });

  test("bleibt bei 32 Steckbriefen unter 60 KB HTML", async ({ request }) => {
    const response = await request.get("/");
    expect((await response.body()).byteLength).toBeLessThan(60 * 1024);
  });

  test("hat keine Barrieren nach WCAG 2.1 AA (axe-core)", async ({ page }) => {
    await page.goto("/");
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("Steckbrief", () => {
  for (const group of GROUPS) {
    test(`öffnet einen Steckbrief der Gruppe ${group.heading} mit allen Abschnitten`, async ({ page }) => {
      await page.goto(`/steckbriefe?typ=${group.typ}`);
      const card = page.getByTestId("listing-cards").getByRole("article").nth(1);
      const title = (await card.getByRole("heading").textContent())!.trim();
      await card.getByRole("link").click();
      await expect(page).toHaveURL(/\/steckbriefe\/[a-z0-9-]+$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
      for (const heading of PROFILE_SECTION_HEADINGS) {
        await expect(page.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
      }
      // Key facts and filled sections, not just headings.
      const facts = page.getByRole("complementary").filter({ has: page.getByRole("heading", { name: message("Profile.factsTitle") }) });
      await expect(facts).toContainText(fieldPublicLabel("eventDates"));
      await expect(facts).toContainText("€");
      await expect(page.locator(`#${sectionAnchor("occasion")} p`).first()).not.toBeEmpty();
      await expect(page.locator(`#${sectionAnchor("results")} ol li`)).not.toHaveCount(0);
      await expect(page.locator(`#${sectionAnchor("contacts")}`)).toContainText(/@[a-z0-9.-]+\.example/);
      await expect(page.getByRole("note")).toContainText("Demo-Inhalt");
      // Sections without facts in the Steckbrief are marked; the sources are linked (issue 9).
      await expect(page.locator(`#${sectionAnchor("costs")}`)).toContainText("Beispielangaben – nicht aus dem Steckbrief der Kommune");
      await expect(page.locator(`#${sectionAnchor("sources")} a`).first()).toHaveAttribute("href", /^https:\/\//);
    });
  }

  test("hat keine Barrieren nach WCAG 2.1 AA (axe-core)", async ({ page }) => {
    await page.goto("/steckbriefe/tuebingen-neue-nachbarschaften");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("funktioniert ohne JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/steckbriefe?typ=stadt");
    await page.getByTestId("listing-cards").getByRole("article").first().getByRole("link").click();
    await expect(page.getByRole("heading", { level: 2, name: sectionTitle("costs"), exact: true })).toBeVisible();
    await context.close();
  });
});

test.describe("Nicht gefundene Seiten", () => {
  test("ein unbekannter Steckbrief antwortet mit 404 und deutscher Fehlerseite", async ({ page }) => {
    const response = await page.goto("/steckbriefe/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await expect(page.getByRole("link", { name: "Zu allen Steckbriefen" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("eine unbekannte Adresse antwortet mit 404", async ({ page }) => {
    const response = await page.goto("/gibt/es/nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  });
});

test.describe("Rechtliche Seiten", () => {
  const pages: [string, string][] = [
    ["/impressum", "Impressum"],
    ["/datenschutz", "Datenschutzerklärung"],
    ["/barrierefreiheit", "Erklärung zur Barrierefreiheit"],
    ["/leichte-sprache", "Leichte Sprache"],
    ["/ueber-das-programm", "Über das Programm"],
  ];
  for (const [path, heading] of pages) {
    test(`${path} ist erreichbar`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    });
  }
});
