import { FIELD_KEYS, fieldLabelKey } from "@/lib/profiles/fields";
import { dataFieldName, dataFieldType, type DataType, type UnitKey } from "./fields";

/** The data dictionary of /daten: the CSV's columns (meta columns, then the registry's fields). */
export interface DataDictionaryRow {
  name: string;
  /** catalogue key of the column's label */
  labelKey: string;
  type: DataType | "meta";
  unit: UnitKey | null;
  values: readonly string[] | null;
}

/** The columns before the fields, in the order lib/api/downloads.ts writes them, with their units. */
export const META_COLUMNS = {
  slug: null,
  url: null,
  kommune: null,
  kommuneArt: "kinds",
  regierungsbezirk: "bezirke",
  landkreis: null,
  einwohner: "persons",
  ersteVeroeffentlichung: "isoTime",
  fassungVom: "isoTime",
  beispielinhalt: null,
} as const satisfies Record<string, UnitKey | null>;

export type MetaColumn = keyof typeof META_COLUMNS;

export function dataDictionary(): DataDictionaryRow[] {
  return [
    ...(Object.entries(META_COLUMNS) as [MetaColumn, UnitKey | null][]).map(([name, unit]) => ({
      name,
      labelKey: `OpenData.columns.${name}`,
      type: "meta" as const,
      unit,
      values: null,
    })),
    ...FIELD_KEYS.map((key) => ({ name: dataFieldName(key), labelKey: fieldLabelKey(key), ...dataFieldType(key) })),
  ];
}
