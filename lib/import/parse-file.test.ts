import { describe, expect, it } from "vitest";
import { CSV_BOM, csvRows } from "@/lib/format/csv";
import { cellToFormValue, sameCell } from "./cells";
import { IMPORT_COLUMNS, ImportFileError, parseImportFile, unescapeFormula } from "./parse-file";
import type { PublicContent } from "@/lib/public/public-content";

const bytes = (text: string) => new TextEncoder().encode(text);
const problemOf = (text: string | Uint8Array, name = "datei.csv") => {
  try {
    parseImportFile(typeof text === "string" ? bytes(text) : text, name);
    return null;
  } catch (error) {
    if (error instanceof ImportFileError) return error.problem.key;
    throw error;
  }
};

describe("parseImportFile", () => {
  it("reads the download's CSV (BOM, `;`, escaped formulas) back to its cells", () => {
    const text =
      CSV_BOM +
      csvRows([
        ["slug", "kommune", "title", "occasion"],
        ["ulm-dialog", "Ulm", "Dialog; mit Semikolon", "- erster Punkt\n- zweiter"],
      ]);
    const parsed = parseImportFile(bytes(text), "steckbriefe.csv");
    expect(parsed).toEqual({
      format: "csv",
      columns: ["slug", "kommune", "title", "occasion"],
      rows: [{ slug: "ulm-dialog", kommune: "Ulm", title: "Dialog; mit Semikolon", occasion: "- erster Punkt\n- zweiter" }],
    });
  });

  it("knows every column of the download and nothing else", () => {
    expect(IMPORT_COLUMNS.slice(0, 3)).toEqual(["slug", "url", "kommune"]);
    expect(IMPORT_COLUMNS).toContain("topics");
    expect(IMPORT_COLUMNS).not.toContain("topicIds");
  });

  it("reads JSON: the download's items and flat objects", () => {
    const download = {
      licence: {},
      items: [
        {
          slug: "a-b",
          municipality: { name: "Ulm", kind: "stadt" },
          content: { title: "T", topics: [{ slug: "w", name: "Wohnen" }], eventDates: ["2016-10-20"] },
        },
      ],
    };
    expect(parseImportFile(bytes(JSON.stringify(download)), "x.json").rows).toEqual([
      { slug: "a-b", kommune: "Ulm", kommuneArt: "stadt", title: "T", topics: "Wohnen", eventDates: "2016-10-20" },
    ]);
    expect(parseImportFile(bytes(JSON.stringify([{ kommune: "Ulm", title: "T", participantCount: 40 }])), "x.json").rows).toEqual([
      { kommune: "Ulm", title: "T", participantCount: "40" },
    ]);
  });

  it("names what is wrong with the file as a whole", () => {
    expect(problemOf("")).toBe("Import.file.empty");
    expect(problemOf(Uint8Array.from([0x6b, 0x3b, 0xe4, 0x0a]))).toBe("Import.file.encoding");
    expect(problemOf(Uint8Array.from([0xff, 0xfe, 0x6b, 0x00]))).toBe("Import.file.encoding");
    expect(problemOf("Ulm;Dialog\n")).toBe("Import.file.noHeader");
    expect(problemOf("kommune;title;farbe\nUlm;D;x\n")).toBe("Import.file.unknownColumns");
    expect(problemOf("kommune;title;title\nUlm;D;x\n")).toBe("Import.file.duplicateColumns");
    expect(problemOf("kommune;teaser\nUlm;D\n")).toBe("Import.file.missingColumns");
    expect(problemOf("kommune;title\n")).toBe("Import.file.noRows");
    expect(problemOf('kommune;title\nUlm;"offen\n')).toBe("Import.file.csvSyntax");
    expect(problemOf("kommune;title\nUlm;D;zu viel\n")).toBe("Import.file.tooManyCells");
    expect(problemOf("{kaputt", "x.json")).toBe("Import.file.jsonSyntax");
    expect(problemOf('{"a":1}', "x.json")).toBe("Import.file.jsonShape");
    expect(problemOf(`kommune;title\n${"Ulm;D\n".repeat(501)}`)).toBe("Import.file.tooManyRows");
  });

  it("removes exactly the apostrophe the download put before a formula", () => {
    expect(unescapeFormula("'=SUMME(A1)")).toBe("=SUMME(A1)");
    expect(unescapeFormula("'- Punkt")).toBe("- Punkt");
    expect(unescapeFormula("'s Ländle")).toBe("'s Ländle");
  });
});

describe("cells", () => {
  const lookups = { topics: new Map([["wohnen", "t1"]]), formats: new Map<string, string>() };

  it("turns cells into the edit form's values", () => {
    expect(cellToFormValue("languages", "Arabisch | Farsi", lookups)).toEqual({ value: "Arabisch, Farsi" });
    expect(cellToFormValue("sourceUrls", "https://a.example | https://b.example", lookups)).toEqual({
      value: "https://a.example\nhttps://b.example",
    });
    expect(cellToFormValue("topicIds", "Wohnen", lookups)).toEqual({ value: ["t1"] });
    expect(cellToFormValue("topicIds", "Mond", lookups)).toEqual({ error: { key: "Import.row.unknown-topics", values: { name: "Mond" } } });
    expect(cellToFormValue("contacts", "Integrationsbeauftragte, Sozialamt, integration@ort.example, 07071 1234", lookups)).toEqual({
      value: [
        {
          function: "Integrationsbeauftragte",
          office: "Sozialamt",
          email: "integration@ort.example",
          phone: "07071 1234",
          personName: "",
          nameConsentAt: "",
        },
      ],
    });
  });

  it("counts a cell as unchanged when it says what the download writes", () => {
    const content = { costTotal: 2500, languages: ["Arabisch", "Farsi"], occasion: "**Anlass**" } as unknown as PublicContent;
    expect(sameCell("2500", "costTotal", content)).toBe(true);
    expect(sameCell("2.500,00", "costTotal", content)).toBe(true);
    expect(sameCell("2.600,00", "costTotal", content)).toBe(false);
    expect(sameCell("Arabisch | Farsi", "languages", content)).toBe(true);
    expect(sameCell("Arabisch, Farsi", "languages", content)).toBe(true);
    expect(sameCell("Anlass", "occasion", content)).toBe(true); // the CSV's plain text
    expect(sameCell("**Anlass**", "occasion", content)).toBe(true); // JSON's source
  });
});
