import { FIELD_KEYS } from "@/lib/profiles/fields";
import { dataFieldLabel, dataFieldName, dataFieldType, type DataType } from "./fields";

/** The data dictionary of /daten: the CSV's columns (meta columns, then the registry's fields). */
export interface DataDictionaryRow {
  name: string;
  label: string;
  type: DataType | "meta";
  unit: string | null;
  values: readonly string[] | null;
}

/** The columns before the fields (lib/api/downloads.ts writes them in this order). */
export const META_COLUMN_LABELS = {
  slug: "Kennung des Steckbriefs",
  url: "Adresse der öffentlichen Seite",
  kommune: "Kommune",
  kommuneArt: "Art der Kommune",
  regierungsbezirk: "Regierungsbezirk",
  landkreis: "Landkreis der Stadt oder Gemeinde",
  einwohner: "Einwohnerzahl",
  ersteVeroeffentlichung: "Erste Veröffentlichung",
  fassungVom: "Veröffentlichung dieser Fassung",
  beispielinhalt: "Abschnitte mit Beispielinhalt statt Tatsachen",
} as const;

const META_UNITS: Partial<Record<keyof typeof META_COLUMN_LABELS, string>> = {
  kommuneArt: "landkreis, stadt, gemeinde",
  regierungsbezirk: "stuttgart, karlsruhe, freiburg, tuebingen",
  einwohner: "Personen",
  ersteVeroeffentlichung: "ISO 8601",
  fassungVom: "ISO 8601",
};

export function dataDictionary(): DataDictionaryRow[] {
  return [
    ...Object.entries(META_COLUMN_LABELS).map(([name, label]) => ({
      name,
      label,
      type: "meta" as const,
      unit: META_UNITS[name as keyof typeof META_COLUMN_LABELS] ?? null,
      values: null,
    })),
    ...FIELD_KEYS.map((key) => ({ name: dataFieldName(key), label: dataFieldLabel(key), ...dataFieldType(key) })),
  ];
}
