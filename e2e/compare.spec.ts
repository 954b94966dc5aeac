import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

// Demo profiles (prisma/demo): two Städte and a Landkreis.
const FRIEDRICHSHAFEN = "friedrichshafen-fruehstuecksbus";
const TUEBINGEN = "tuebingen-neue-nachbarschaften";
const ENZKREIS = "enzkreis-landratsamt-und-ehrenamt";

test.describe("Vergleich", () => {
  test("stellt drei Steckbriefe mit Eckdaten und Abschnitten nebeneinander", async ({ page }) => {
    const response = await page.goto(`/vergleich?ids=${FRIEDRICHSHAFEN},${TUEBINGEN},${ENZKREIS}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steckbriefe vergleichen");
    const table = page.getByRole("table", { name: "Eckdaten der ausgewählten Steckbriefe im Vergleich" });
    await expect(table.getByRole("columnheader")).toHaveCount(3);
    for (const name of ["Friedrichshafen", "Tübingen", "Enzkreis"]) await expect(table.getByRole("columnheader", { name })).toBeVisible();
    for (const fact of ["Art der Kommune", "Einwohnerzahl", "Gesamtkosten", "Kosten je teilnehmende Person"]) {
      await expect(table.getByRole("rowheader", { name: fact })).toBeVisible();
    }
    await expect(table.getByRole("row", { name: /^Art der Kommune/ })).toContainText("Stadt");
    await expect(table.getByRole("row", { name: /^Art der Kommune/ })).toContainText("Landkreis");
    // Every section, each with the three municipalities.
    const concept = page.getByRole("region", { name: "Veranstaltungskonzept" });
    await expect(concept.getByRole("heading", { level: 3 })).toHaveText(["Friedrichshafen", "Tübingen", "Enzkreis"]);
    await expectNoAccessibilityViolations(page);

    // Removing one keeps the others in the address.
    await table.getByRole("link", { name: "Tübingen aus dem Vergleich entfernen" }).click();
    await expect(page).toHaveURL(new RegExp(`ids=${FRIEDRICHSHAFEN},${ENZKREIS}$`));
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(2);
  });

  test("aus der Trefferliste: auswählen und vergleichen, auch ohne JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/steckbriefe?typ=stadt");
    const form = page.getByRole("form", { name: "Steckbriefe zum Vergleich auswählen" });
    await form.getByRole("checkbox", { name: /^Vergleichen: Der Frühstücksbus/ }).check();
    await form.getByRole("checkbox", { name: /^Vergleichen: Neue Nachbarschaften/ }).check();
    await form.getByRole("button", { name: "Ausgewählte vergleichen" }).click();
    await expect(page).toHaveURL(/\/vergleich\?/);
    const table = page.getByRole("table", { name: "Eckdaten der ausgewählten Steckbriefe im Vergleich" });
    await expect(table.getByRole("columnheader")).toHaveCount(2);
    for (const name of ["Friedrichshafen", "Tübingen"]) await expect(table.getByRole("columnheader", { name })).toBeVisible();
    await context.close();
  });

  test("auf dem Handy eine Karte je Steckbrief", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/vergleich?ids=${FRIEDRICHSHAFEN},${TUEBINGEN}`);
    await expect(page.getByRole("table")).toBeHidden();
    await expect(page.getByRole("heading", { level: 3, name: "Friedrichshafen" }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test.describe("ohne JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("Steckbriefe suchen und hinzufügen; Unbekanntes wird genannt, nicht gezeigt", async ({ page }) => {
      await page.goto("/vergleich?ids=gibt-es-nicht");
      await expect(page.getByText("Ein Steckbrief aus der Adresse ist nicht (mehr) veröffentlicht: gibt-es-nicht.")).toBeVisible();
      await page.getByRole("searchbox", { name: "Kommune oder Titel" }).fill("Tübingen");
      await page.getByRole("button", { name: "Suchen" }).click();
      await page.getByRole("link", { name: /^Hinzufügen: Tübingen/ }).click();
      await expect(page.getByText("Ausgewählt: Tübingen.")).toBeVisible();
      await page.getByRole("searchbox", { name: "Kommune oder Titel" }).fill("friedrichs");
      await page.getByRole("button", { name: "Suchen" }).click();
      await page.getByRole("link", { name: /^Hinzufügen: Friedrichshafen/ }).click();
      await expect(page).toHaveURL(new RegExp(`ids=${TUEBINGEN},${FRIEDRICHSHAFEN}$`));
      await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(2);
      await page.getByRole("searchbox", { name: "Kommune oder Titel" }).fill("xyzxyz");
      await page.getByRole("button", { name: "Suchen" }).click();
      await expect(page.getByText("Kein weiterer veröffentlichter Steckbrief passt zu „xyzxyz“.")).toBeVisible();
    });
  });
});
