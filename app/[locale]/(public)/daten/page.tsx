import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextPage, TextSection } from "@/components/layout/text-page";
import { SiteLink } from "@/components/layout/site-link";
import { DataDictionary } from "@/components/open-data/data-dictionary";
import { DataTable, dataCellClass, dataLastCellClass, dataRowClass } from "@/components/ui/data-table";
import { dataDictionary } from "@/lib/api/dictionary";
import { rateLimitPerMinute } from "@/lib/api/http";
import { DATA_LICENCE } from "@/lib/public/data-licence";
import { publicPageMetadata } from "@/lib/public/page-metadata";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("OpenData");
  return publicPageMetadata({ path: "/daten", title: t("title"), description: t("lead") });
}

const ENDPOINTS = [
  { path: "/api/v1/steckbriefe", key: "list" },
  { path: "/api/v1/steckbriefe/<slug>", key: "detail" },
  { path: "/api/v1/kommunen", key: "municipalities" },
  { path: "/api/v1/themen", key: "topics" },
  { path: "/api/v1/dcat", key: "dcat" },
] as const;

const linkClass = "font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900";

/** Open data: downloads, the API, the licence and the data dictionary (issue 11). */
export default async function OpenDataPage({ params }: PageProps<"/[locale]/daten">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("OpenData");
  return (
    <TextPage title={t("title")} lead={t("lead")}>
      <p>{t("scope")}</p>
      <TextSection id="lizenz" title={t("licenceTitle")}>
        <p>
          {t.rich("licenceText", {
            licence: (chunks) => (
              <a className={linkClass} href={DATA_LICENCE.url} rel="license">
                {chunks}
              </a>
            ),
            licenceName: DATA_LICENCE.name,
            attribution: DATA_LICENCE.attribution,
          })}
        </p>
      </TextSection>
      <TextSection id="herunterladen" title={t("downloadsTitle")}>
        <p>{t("downloadsText")}</p>
        <ul className="flex flex-col gap-2">
          <li>
            <a className={linkClass} href="/api/v1/steckbriefe.csv" download>
              {t("downloadCsv")}
            </a>
          </li>
          <li>
            <a className={linkClass} href="/api/v1/steckbriefe.json" download>
              {t("downloadJson")}
            </a>
          </li>
        </ul>
        <p>
          {t.rich("downloadSearch", {
            steckbriefe: (chunks) => (
              <SiteLink className={linkClass} href="/steckbriefe">
                {chunks}
              </SiteLink>
            ),
          })}
        </p>
      </TextSection>
      <TextSection id="api" title={t("apiTitle")}>
        <p>
          {t("apiText")}{" "}
          <a className={linkClass} href="/api/v1/openapi.json">
            {t("openApiLink")}
          </a>
        </p>
        <DataTable headers={[t("endpointHeader"), t("endpointPurpose")]} minWidth="min-w-[32rem]">
          {ENDPOINTS.map((endpoint) => (
            <tr key={endpoint.key} className={dataRowClass}>
              <th scope="row" className={`${dataCellClass} font-mono text-sm font-normal whitespace-nowrap`}>
                GET {endpoint.path}
              </th>
              <td className={dataLastCellClass}>{t(`endpoints.${endpoint.key}`)}</td>
            </tr>
          ))}
        </DataTable>
        <p>{t("apiRules", { limit: rateLimitPerMinute() })}</p>
      </TextSection>
      <TextSection id="datenbeschreibung" title={t("dictionaryTitle")}>
        <p>{t("dictionaryText")}</p>
      </TextSection>
      <DataDictionary rows={dataDictionary()} />
    </TextPage>
  );
}
