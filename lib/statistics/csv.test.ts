import { describe, expect, it } from "vitest";
import { tableToCsv } from "./csv";
import type { ChartTable } from "./tables";

describe("statistics CSV", () => {
  it("neutralizes cells a spreadsheet would run as a formula", () => {
    const table = (label: string): ChartTable => ({
      chart: "typ",
      columns: ["Art", "Steckbriefe"],
      kinds: ["count"],
      rows: [{ value: null, label, numbers: [1] }],
      total: null,
    });
    for (const text of ["=SUMME(A1)", "+1", "-1", "@cmd", "\tx", "\rx"]) expect(tableToCsv(table(text)).split("\r\n")[1]).toMatch(/^"?'/);
    expect(tableToCsv(table("Wohnen")).split("\r\n")[1]).toBe("Wohnen;1");
  });

  it("writes a BOM, ; between cells, quotes where needed and German decimals", () => {
    const table: ChartTable = {
      chart: "foerderung",
      columns: ["Art", "Steckbriefe", "Förderung", "Anteil"],
      kinds: ["count", "euro", "percent"],
      rows: [
        { value: "STADT", label: 'Stadt; "groß"', numbers: [2, 2600.25, 79] },
        { value: null, label: "=HYPERLINK()", numbers: [0, 0, null] },
      ],
      total: null,
    };
    expect(tableToCsv(table)).toBe(
      '\uFEFFArt;Steckbriefe;Förderung;Anteil\r\n"Stadt; ""groß""";2;2600,25;79\r\n\'=HYPERLINK();0;0,00;\r\n',
    );
  });
});
