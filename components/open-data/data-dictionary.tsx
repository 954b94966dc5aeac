import { getTranslations } from "next-intl/server";
import { DataTable, dataCellClass, dataLastCellClass, dataRowClass } from "@/components/ui/data-table";
import type { DataDictionaryRow } from "@/lib/api/dictionary";

/** The columns of the open data with label, type and unit (rows from the field registry). */
export async function DataDictionary({ rows }: { rows: DataDictionaryRow[] }) {
  const [t, tAll] = await Promise.all([getTranslations("OpenData"), getTranslations()]);
  return (
    <DataTable caption={t("dictionaryCaption")} minWidth="min-w-[40rem]" headers={[t("column"), t("label"), t("type"), t("unit")]}>
      {rows.map((row) => (
        <tr key={row.name} className={dataRowClass}>
          <th scope="row" className={`${dataCellClass} font-mono text-sm font-normal`}>
            {row.name}
          </th>
          <td className={dataCellClass}>{tAll(row.labelKey)}</td>
          <td className={dataCellClass}>{t(`types.${row.type}`)}</td>
          <td className={`${dataLastCellClass} text-sm`}>{row.unit ? t(`units.${row.unit}`) : (row.values?.join(", ") ?? "")}</td>
        </tr>
      ))}
    </DataTable>
  );
}
