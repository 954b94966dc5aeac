import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

/** Open data (issue 11): the page explains and links the downloads and the API; the files are what it says. */
test.describe("Offene Daten", () => {
  test("die Seite beschreibt Lizenz, Downloads, API und jede Spalte, ohne Barrieren", async ({ page }) => {
    await page.goto("/daten");
    await expect(page.getByRole("heading", { level: 1, name: "Offene Daten" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Datenlizenz Deutschland/ })).toHaveAttribute(
      "href",
      "https://www.govdata.de/dl-de/by-2-0",
    );
    const dictionary = page.getByRole("table", { name: /Spalten der Daten/ });
    await expect(dictionary.getByRole("rowheader", { name: "costTotal", exact: true })).toBeVisible();
    await expect(dictionary.getByRole("rowheader", { name: "recommendations", exact: true })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Alle Steckbriefe als CSV" }).click(),
    ]);
    const bytes = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(bytes as Buffer[]).toString("utf8");
    expect(text.startsWith("\uFEFFslug;url;kommune;")).toBe(true);
    // the demo data: 32 dialogues, one row each after the header
    expect(text.trimEnd().split("\r\n").length).toBe(33);
  });

  test("die Trefferliste bietet ihre Treffer als CSV an, mit denselben Filtern", async ({ page, request }) => {
    await page.goto("/steckbriefe?typ=stadt");
    const link = page.getByTestId("csv-link");
    await expect(link).toHaveAttribute("href", "/api/v1/steckbriefe.csv?typ=stadt");
    const csv = await (await request.get("/api/v1/steckbriefe.csv?typ=stadt")).text();
    const api = await (await request.get("/api/v1/steckbriefe?typ=stadt&proSeite=100")).json();
    expect(csv.trimEnd().split("\r\n").length - 1).toBe(api.total);
    expect(api.total).toBe(21);
  });
});
