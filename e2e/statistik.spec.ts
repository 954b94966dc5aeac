import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

/**
 * The statistics `/statistik` (demo content: 32 profiles — 4 Landkreise, 21 Städte, 7 Gemeinden).
 * What the SVG draws (each bar's data attributes), what its table says and what its CSV holds must be
 * the same numbers.
 */

const CHARTS = ["typ", "bezirk", "thema", "format", "jahr", "teilnehmende", "kosten"] as const;

/** "1.234" → 1234, "3.000,50 €" → 3000.5, "62 %" → 62, "–" → null. */
function germanNumber(text: string): number | null {
  const cleaned = text
    .replace(/[€%\s\u00a0]/g, "")
    .replace(/\./g, "")
    .replace(",", ".");
  return cleaned === "–" || cleaned === "" ? null : Number(cleaned);
}

interface Row {
  label: string;
  numbers: (number | null)[];
}

async function tableRows(page: Page, chart: string): Promise<Row[]> {
  const rows = page.locator(`table[data-table="${chart}"] tbody tr, table[data-table="${chart}"] tfoot tr`);
  return rows
    .evaluateAll((elements) =>
      elements.map((row) => ({
        label: row.querySelector("th")!.textContent!.trim(),
        cells: [...row.querySelectorAll("td")].map((cell) => cell.textContent!.trim()),
      })),
    )
    .then((rows) => rows.map((row) => ({ label: row.label, numbers: row.cells.map(germanNumber) })));
}

/** The bars of a chart as drawn: label and number(s) from their data attributes. */
async function drawnBars(page: Page, chart: string): Promise<Row[]> {
  return page.locator(`[data-chart="${chart}"] svg[role="img"] [data-bar]`).evaluateAll((bars) =>
    bars.map((bar) => {
      const data = (bar as SVGElement).dataset;
      const numbers =
        data.value !== undefined
          ? [Number(data.value)]
          : [Number(data.profiles), Number(data.withAmounts), Number(data.funding), Number(data.ownShare)];
      return { label: data.label!, numbers };
    }),
  );
}

async function csvRows(page: Page, chart: string): Promise<Row[]> {
  const href = await page.locator(`[data-chart="${chart}"] a[data-csv-link]`).getAttribute("href");
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = body.subarray(3).toString("utf8").trim().split("\r\n").slice(1);
  return lines.map((line) => {
    const [label, ...cells] = line.split(";");
    return { label: label!, numbers: cells.map((cell) => (cell === "" ? null : Number(cell.replace(",", ".")))) };
  });
}

/** Every chart of the page: the table equals the drawing, and the CSV equals the table. */
async function expectChartsMatchTables(page: Page) {
  for (const chart of CHARTS) {
    const table = await tableRows(page, chart);
    expect(table.length, chart).toBeGreaterThan(0);
    expect(await drawnBars(page, chart), chart).toEqual(table);
  }
  const funding = await tableRows(page, "foerderung");
  // Drawn: profiles, with amounts, funding, own share (the table adds "keine Angabe" and the share).
  expect(await drawnBars(page, "foerderung")).toEqual(
    funding.map((row) => ({ label: row.label, numbers: [row.numbers[0], row.numbers[1], row.numbers[3], row.numbers[4]] })),
  );
}

const count = (rows: Row[], label: string) => rows.find((row) => row.label === label)?.numbers[0];

test.describe("Statistik", () => {
  test("statistics table equals chart numbers, and the CSV the table", async ({ page }) => {
    const response = await page.goto("/statistik");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik der Steckbriefe");
    await expect(page.getByTestId("statistics-total")).toHaveText("Grundlage: 32 Steckbriefe");
    await expectChartsMatchTables(page);

    const kinds = await tableRows(page, "typ");
    expect(kinds).toEqual([
      { label: "Landkreis", numbers: [4] },
      { label: "Stadt", numbers: [21] },
      { label: "Gemeinde", numbers: [7] },
    ]);
    // Single-valued facets add up to all profiles, "keine Angabe" included.
    for (const chart of ["bezirk", "teilnehmende", "kosten"]) {
      const rows = await tableRows(page, chart);
      expect(
        rows.reduce((sum, row) => sum + (row.numbers[0] ?? 0), 0),
        chart,
      ).toBe(32);
    }
    for (const chart of [...CHARTS, "foerderung"]) expect(await csvRows(page, chart), chart).toEqual(await tableRows(page, chart));

    // Every chart is an image with a name and has a heading.
    for (const chart of [...CHARTS, "foerderung"]) {
      const section = page.locator(`[data-chart="${chart}"]`);
      await expect(section.getByRole("heading", { level: 2 })).toHaveCount(1);
      await expect(section.getByRole("img")).toHaveAccessibleName(/.+/);
    }
    await expectNoAccessibilityViolations(page);
  });

  test("with the listing's filter: reached from the listing, same numbers, back to the hits", async ({ page }) => {
    await page.goto("/steckbriefe?typ=stadt");
    await page.getByRole("link", { name: "Statistik zu diesen Treffern" }).click();
    await expect(page).toHaveURL(/\/statistik\?typ=stadt$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Statistik zu Ihrer Auswahl");
    await expect(page.getByTestId("statistics-total")).toHaveText("Grundlage: 21 Steckbriefe");
    await expectChartsMatchTables(page);
    const kinds = await tableRows(page, "typ");
    expect([count(kinds, "Landkreis"), count(kinds, "Stadt"), count(kinds, "Gemeinde")]).toEqual([0, 21, 0]);
    expect(await csvRows(page, "thema")).toEqual(await tableRows(page, "thema"));
    expect(await page.locator('[data-chart="typ"] a[data-csv-link]').getAttribute("href")).toBe("/api/statistik/typ.csv?typ=stadt");

    await expect(page.getByRole("link", { name: "Zur Trefferliste" })).toHaveAttribute("href", "/steckbriefe?typ=stadt");
    await page.getByRole("link", { name: "Filter entfernen: Stadt" }).click();
    await expect(page).toHaveURL(/\/statistik$/);
    await expect(page.getByTestId("statistics-total")).toHaveText("Grundlage: 32 Steckbriefe");
  });

  test("brings untidy addresses to their one form; the internal path is no address", async ({ page, request }) => {
    await page.goto("/statistik?seite=3&typ=stadt&sort=name&utm_source=x");
    await expect(page).toHaveURL(/\/statistik\?typ=stadt$/);
    await page.goto("/statistik?typ=dorf&jahr=abc");
    await expect(page).toHaveURL(/\/statistik$/);
    expect((await request.get("/statistik/auswahl/typ%3Dstadt")).status()).toBe(404);
    expect((await request.get("/api/statistik/unbekannt.csv")).status()).toBe(404);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/steckbriefe?typ=gemeinde");
    await page.getByRole("link", { name: "Statistik zu diesen Treffern" }).click();
    await expect(page).toHaveURL(/\/statistik\?typ=gemeinde$/);
    await expect(page.getByTestId("statistics-total")).toHaveText("Grundlage: 7 Steckbriefe");
    const section = page.locator('[data-chart="kosten"]');
    await section.getByText("Zahlen als Tabelle").click();
    await expect(section.getByRole("table")).toBeVisible();
    await expect(section.getByRole("region", { name: "Tabelle: Verteilung der Gesamtkosten" })).toBeVisible();
    await expectChartsMatchTables(page);
    await context.close();
  });
});
