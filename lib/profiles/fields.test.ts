import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPLETENESS_SECTIONS, assessCompleteness } from "./completeness";
import { profileContentSchema } from "./content-schema";
import {
  FIELD_KEYS,
  PROFILE_FIELDS,
  SECTIONS,
  fieldLabelKey,
  fieldsOfSection,
  labelKeyOfPath,
  sectionTitleKey,
  type FieldKey,
} from "./fields";
import { CONTENT_COLUMNS, contentToVersionData, emptyFormValues, relationWrites, remainingExampleSections } from "./form-values";
import { sampleFormValues } from "@/tests/support/sample-content";
import { compareVersions } from "@/lib/review/display-values";
import { AT_A_GLANCE_FIELDS, HEADER_FIELDS, PUBLIC_LAYOUT, fieldsOfBlock } from "@/lib/public/page-layout";
import messages from "@/lib/i18n/messages/de/steckbrief.json";

/**
 * The field registry is the one definition of the Steckbrief: this test walks it through every
 * consumer, so a field cannot be added to one place and forgotten in another.
 */
const catalogue = messages as unknown as Record<string, Record<string, Record<string, unknown>>>;
const schemaColumns = () => {
  const source = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
  const model = /model ProfileVersion \{([\s\S]*?)\n\}/.exec(source)![1]!;
  return new Set([...model.matchAll(/^\s+(\w+)\s+\S/gm)].map((match) => match[1]!));
};

describe("the field registry", () => {
  it("every field belongs to a section, and every section has fields", () => {
    for (const key of FIELD_KEYS) expect(SECTIONS.map((section) => section.key)).toContain(PROFILE_FIELDS[key].section);
    for (const section of SECTIONS) expect(fieldsOfSection(section.key).length).toBeGreaterThan(0);
  });

  it("every field has a column or relation in ProfileVersion (schema.prisma)", () => {
    const columns = schemaColumns();
    for (const key of FIELD_KEYS) {
      const field = PROFILE_FIELDS[key];
      expect(columns, key).toContain(field.kind === "relation" ? field.relation : key);
    }
  });

  it("every field and section has its texts in the catalogue", () => {
    for (const key of FIELD_KEYS) expect(catalogue.Fields![key]?.label, fieldLabelKey(key)).toEqual(expect.any(String));
    for (const section of SECTIONS) expect(catalogue.Sections![section.key], sectionTitleKey(section.key)).toEqual(expect.any(String));
  });

  it("the form: empty values and the schema know every field; the schema accepts a full Steckbrief", () => {
    expect(Object.keys(emptyFormValues()).sort()).toEqual([...FIELD_KEYS].sort());
    const parsed = profileContentSchema.parse(sampleFormValues());
    expect(Object.keys(parsed).sort()).toEqual([...FIELD_KEYS].sort());
  });

  it("the database: every field is written as a column or a relation, and copied into a new working version", () => {
    const content = profileContentSchema.parse(sampleFormValues());
    const written = { ...contentToVersionData(content), ...relationWrites(content, new Map()) };
    for (const key of FIELD_KEYS) {
      const field = PROFILE_FIELDS[key];
      expect(Object.keys(written), key).toContain(field.kind === "relation" ? field.relation : key);
      if (field.kind !== "relation" && field.kind !== "contacts") expect(CONTENT_COLUMNS, key).toContain(key);
    }
  });

  it("the public page shows every field, once", () => {
    const shown = [...HEADER_FIELDS, ...PUBLIC_LAYOUT.flatMap((section) => section.blocks.flatMap(fieldsOfBlock))];
    expect([...shown].sort()).toEqual([...FIELD_KEYS].sort());
    for (const key of AT_A_GLANCE_FIELDS) expect(FIELD_KEYS).toContain(key);
  });

  it("the review comparison compares every field", () => {
    const t = (key: string) => key;
    const sections = compareVersions(sampleFormValues(), emptyFormValues(), { t, names: { topics: {}, formats: {} }, date: (iso) => iso });
    expect(sections.flatMap((section) => section.fields.map((field) => field.key)).sort()).toEqual([...FIELD_KEYS].sort());
    for (const section of sections) for (const field of section.fields) expect(field.after, field.key).not.toBe("");
  });

  it("completeness looks at every field it expects, and an expected field missing makes its section thin", () => {
    for (const key of FIELD_KEYS.filter((field) => "expected" in PROFILE_FIELDS[field])) {
      const section = PROFILE_FIELDS[key].section as (typeof COMPLETENESS_SECTIONS)[number];
      expect(COMPLETENESS_SECTIONS, key).toContain(section);
      const without = { ...sampleFormValues(), [key]: emptyFormValues()[key] };
      if (key === "moderationType") without.moderationOrganisation = ""; // the organisation is expected only with a type
      const reasons = assessCompleteness(without).sections[section].reasons.map((reason) => reason.code);
      // A section of one field is simply empty without it.
      expect(reasons, key).toContain(fieldsOfSection(section).length === 1 ? `${section}.empty` : `${key}.missing`);
    }
  });

  it("messages of nested form paths name their field", () => {
    expect(labelKeyOfPath("contacts.0.email")).toBe("Fields.contact.email.label");
    expect(labelKeyOfPath("costTotal")).toBe("Fields.costTotal.label");
    expect(labelKeyOfPath("eventDates.2")).toBe(fieldLabelKey("eventDates" as FieldKey));
  });
});

describe("example content marks", () => {
  it("a section stops being an example once its text changes; other marks stay", () => {
    const before = sampleFormValues();
    const after = { ...before, costTotal: "3.000,00", costOwnShare: "1.000,00" };
    expect(remainingExampleSections(["costs", "recommendations", "municipality"], before, after)).toEqual([
      "recommendations",
      "municipality",
    ]);
    expect(remainingExampleSections(["costs"], before, before)).toEqual(["costs"]);
  });
});
