import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

/** A CSV as the download writes it: byte order mark, `;`, the download's column names. */
function csvFile(rows: string[][]) {
  const text = "\uFEFF" + rows.map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(";")).join("\r\n") + "\r\n";
  return { name: "meldeboegen.csv", mimeType: "text/csv", buffer: Buffer.from(text, "utf8") };
}

test.describe("Import von Steckbriefen", () => {
  test("das Programmteam lädt eine CSV-Datei hoch, sieht den Prüfbericht und importiert die gültige Zeile als Entwurf", async ({
    pageAs,
  }) => {
    test.slow(); // upload, report, import and the dashboard, with axe-core on two pages
    const title = `Importierter Dialog ${Date.now()}`;
    const page = await pageAs("reviewer");
    await page.getByRole("navigation", { name: "Redaktionsbereich" }).getByRole("link", { name: "Import" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Steckbriefe aus einer Datei importieren");
    await expectNoAccessibilityViolations(page);

    // A file that is no CSV of the download is told at the field, nothing else happens.
    await page.getByLabel("Datei (CSV oder JSON)").setInputFiles(
      csvFile([
        ["kommune", "title", "farbe"],
        ["Markdorf", title, "blau"],
      ]),
    );
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByText("Unbekannte Spalte: „farbe“.", { exact: false }).first()).toBeVisible();

    await page.getByLabel("Datei (CSV oder JSON)").setInputFiles(
      csvFile([
        ["kommune", "title", "participantCount", "costTotal"],
        ["Markdorf", title, "85", "2.400,00"],
        ["Markdorf", "Dialog mit falscher Zahl", "viele", ""],
      ]),
    );
    await page.getByRole("button", { name: "Datei prüfen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prüfbericht");
    const counts = page.getByRole("list", { name: "Zeilen nach Ergebnis" });
    await expect(counts.getByRole("listitem").filter({ hasText: "neu" })).toContainText("1");
    await expect(counts.getByRole("listitem").filter({ hasText: "fehlerhaft" })).toContainText("1");
    await expect(page.getByRole("row", { name: new RegExp(title) })).toContainText("neu");
    await expect(page.getByRole("row", { name: /Dialog mit falscher Zahl/ })).toContainText("Die Angabe enthält den Buchstaben „v“");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("button", { name: "Gültige Zeilen als Entwürfe importieren" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import abgeschlossen");
    await expect(page.getByRole("status")).toContainText("Ein Steckbrief neu angelegt");
    await expect(page.getByRole("link", { name: title })).toBeVisible();

    // The draft is in the editorial overview, as a draft (not published).
    await page.getByRole("link", { name: "Zur Übersicht" }).click();
    const row = page.getByRole("row", { name: new RegExp(title) });
    await expect(row).toContainText("Markdorf");
    await expect(row).toContainText("Entwurf");
  });

  test("eine Redakteurin sieht den Import nicht und kann ihn nicht aufrufen", async ({ pageAs }) => {
    const page = await pageAs("editor");
    await expect(page.getByRole("navigation", { name: "Redaktionsbereich" }).getByRole("link", { name: "Import" })).toHaveCount(0);
    const response = await page.goto("/redaktion/import");
    expect(response?.status()).toBe(404);
  });
});
