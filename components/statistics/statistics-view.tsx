import { getLocale, getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { SiteLink } from "@/components/layout/site-link";
import { DemoSourcesNote } from "@/components/listing/demo-sources-note";
import { BarChart } from "@/components/statistics/bar-chart";
import { ChartSection } from "@/components/statistics/chart-section";
import { FundingChart, type FundingBar } from "@/components/statistics/funding-chart";
import { languagePart } from "@/components/ui/german-part";
import { profileTextLang } from "@/lib/i18n/content-language";
import type { Translate } from "@/lib/i18n/translate";
import { listingHref, type ListingState } from "@/lib/public/listing-params";
import { mapHref } from "@/lib/public/map-view";
import { isNamedByTheData } from "@/lib/search/facets";
import { rangeLabelKey } from "@/lib/search/labels";
import { BEZIRK_SLUGS, FACETS, KIND_SLUGS, toggleFacetValue, type Facet } from "@/lib/search/search-params";
import { ALWAYS_GIVEN, CHARTS, FUNDING_CHART, MULTI_VALUED, type ChartId, type Statistics } from "@/lib/statistics/charts";
import { statisticsCsvHref, statisticsHref } from "@/lib/statistics/paths";
import { publicStatistics } from "@/lib/statistics/statistics";
import { chartTable, formatCell, isCountChart, type ChartTable } from "@/lib/statistics/tables";

const sectionId = (chart: ChartId) => `diagramm-${chart}`;

/**
 * The statistics page's content for one selection (the listing's parameters): the same selection as
 * the listing's result count. Every chart is SVG drawn on the server, with its numbers as a table and
 * as CSV — no chart library, no script. Rendered by /statistik (all profiles) and by its internal
 * route per selection (app/[locale]/(public)/statistik/auswahl/[state]), both cached pages.
 */
export async function StatisticsView({ state }: { state: ListingState }) {
  const [t, tAll, statistics, locale] = await Promise.all([
    getTranslations("Statistics"),
    getTranslations(),
    publicStatistics(state),
    getLocale(),
  ]);
  const translate: Translate = (key, values) => tAll(key, values);
  const filtered = Boolean(state.q) || FACETS.some((facet) => state[facet].length > 0);
  const tables = CHARTS.map((chart) => chartTable(translate, statistics, chart));

  return (
    <>
      <div className="border-b border-line bg-surface">
        <PageContainer className="py-8 sm:py-12">
          <h1 className="text-3xl leading-tight sm:text-4xl">{filtered ? t("titleFiltered") : t("title")}</h1>
          <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>
          <ActiveFilters state={state} statistics={statistics} translate={translate} dataLang={profileTextLang(locale)} />
          <p className="mt-5 text-lg font-semibold" role="status" data-testid="statistics-total">
            {t("summary", { count: statistics.total })}
          </p>
          {statistics.matchMode === "fuzzy" && statistics.total > 0 && <p className="mt-2">{t("fuzzy", { q: state.q })}</p>}
          <p className="mt-3 flex flex-wrap gap-x-6">
            <SiteLink href={listingHref({ ...state, seite: 1 })} className="inline-flex min-h-11 items-center font-semibold text-brand-800">
              {t("toListing")}
            </SiteLink>
            {/* The same selection's municipalities (the map takes the listing's parameters). */}
            <SiteLink href={mapHref({ filter: state })} className="inline-flex min-h-11 items-center font-semibold text-brand-800">
              {tAll("Search.views.map")}
            </SiteLink>
          </p>
        </PageContainer>
      </div>

      <PageContainer className="py-8">
        {statistics.total === 0 ? (
          <p data-testid="statistics-empty">{t("empty")}</p>
        ) : (
          <>
            {statistics.demoCount > 0 && <DemoSourcesNote className="mb-8" />}
            <nav aria-labelledby="statistik-inhalt" className="mb-8">
              <h2 id="statistik-inhalt" className="text-lg">
                {t("contents")}
              </h2>
              <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
                {CHARTS.map((chart) => (
                  <li key={chart}>
                    <a href={`#${sectionId(chart)}`} className="inline-flex min-h-11 items-center">
                      {tAll(`Statistics.charts.${chart}.title`)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="flex flex-col gap-10">
              {tables.map((table) => (
                <Chart key={table.chart} table={table} state={state} translate={translate} dataLang={profileTextLang(locale)} />
              ))}
            </div>
          </>
        )}
      </PageContainer>
    </>
  );
}

/** `dataLang`: the language of names from the data (German) where it differs from the page's. */
function Chart({
  table,
  state,
  translate: tr,
  dataLang,
}: {
  table: ChartTable;
  state: ListingState;
  translate: Translate;
  dataLang: string | undefined;
}) {
  const { chart } = table;
  const id = sectionId(chart);
  const title = tr(`Statistics.charts.${chart}.title`);
  const description = `${tr(`Statistics.charts.${chart}.description`)} ${tr("Statistics.svgSummary")}`;
  const notes = [tr(`Statistics.charts.${chart}.description`)];
  if (isCountChart(chart) && MULTI_VALUED.includes(chart)) notes.push(tr("Statistics.multiValued"));
  if (isCountChart(chart) && !ALWAYS_GIVEN.includes(chart)) notes.push(tr("Statistics.noValueNote"));
  if (chart === FUNDING_CHART) notes.push(tr("Statistics.charts.foerderung.note"));
  return (
    <ChartSection id={id} title={title} notes={notes} table={table} csvHref={statisticsCsvHref(chart, state)}>
      {chart === FUNDING_CHART ? (
        <FundingChart
          id={`${id}-svg`}
          title={title}
          description={description}
          bars={fundingBars(table, tr)}
          legend={{
            funding: tr("Statistics.charts.foerderung.legendFunding"),
            ownShare: tr("Statistics.charts.foerderung.legendOwnShare"),
          }}
        />
      ) : (
        <BarChart
          id={`${id}-svg`}
          title={title}
          description={description}
          bars={table.rows.map((row) => ({
            label: row.label,
            lang: row.dataName ? dataLang : undefined,
            value: row.numbers[0] ?? 0,
            display: formatCell("count", row.numbers[0] ?? 0),
            noValue: row.value === null,
          }))}
        />
      )}
    </ChartSection>
  );
}

/** The funding table's rows (kinds, then all) as bars: the same numbers, in the order of the table. */
function fundingBars(table: ChartTable, tr: Translate): FundingBar[] {
  return [...table.rows, ...(table.total ? [table.total] : [])].map((row) => {
    // The columns of the funding table (lib/statistics/tables.ts): profiles, with amounts, without, funding, own share, share.
    const [profiles, withAmounts, funding, ownShare] = [0, 1, 3, 4].map((column) => row.numbers[column] ?? 0) as [
      number,
      number,
      number,
      number,
    ];
    const percent = row.numbers[5] ?? null;
    const kind = row.label;
    return {
      label: kind,
      heading:
        percent !== null
          ? tr("Statistics.charts.foerderung.barLabel", { kind, count: withAmounts, total: profiles })
          : tr("Statistics.charts.foerderung.noAmounts", { kind, total: profiles }),
      fundingText: percent !== null ? tr("Statistics.charts.foerderung.funding", { amount: formatCell("euro", funding), percent }) : null,
      ownShareText:
        percent !== null
          ? tr("Statistics.charts.foerderung.ownShare", { amount: formatCell("euro", ownShare), percent: 100 - percent })
          : null,
      profiles,
      withAmounts,
      funding,
      ownShare,
      percent,
    };
  });
}

/** The selection as links that remove one filter each, and one that removes all. */
async function ActiveFilters({
  state,
  statistics,
  translate: tr,
  dataLang,
}: {
  state: ListingState;
  statistics: Statistics;
  translate: Translate;
  /** the language of names from the data (lang="de" on English pages) */
  dataLang: string | undefined;
}) {
  const tStats = await getTranslations("Statistics");
  const nameLang = (facet: Facet) => (isNamedByTheData(facet) ? dataLang : undefined);
  const labelOf = (facet: Facet, value: string): string => {
    switch (facet) {
      case "typ":
        return tr(`Kinds.${KIND_SLUGS[value as keyof typeof KIND_SLUGS]}`);
      case "bezirk":
        return tr(`Regierungsbezirke.${BEZIRK_SLUGS[value as keyof typeof BEZIRK_SLUGS]}`);
      case "teilnehmende":
      case "kosten":
        return tr(rangeLabelKey(facet, value));
      case "thema":
      case "format":
      case "kreis":
        return statistics.names[facet][value] ?? value;
      case "jahr":
        return value;
    }
  };
  const active = FACETS.flatMap((facet) => state[facet].map((value) => ({ facet, value: String(value) })));
  if (active.length === 0 && !state.q) return <p className="mt-4 max-w-3xl">{tStats("active.none")}</p>;
  const chip = "inline-flex min-h-11 items-center rounded-md border border-brand-700 bg-white px-3 py-1";
  return (
    <div className="mt-5" data-testid="statistics-filters">
      <h2 className="text-base font-semibold">{tStats("active.title")}</h2>
      <ul className="mt-2 flex flex-wrap gap-2">
        {state.q && (
          <li>
            <SiteLink href={statisticsHref({ ...state, q: "" })} className={chip}>
              {tStats("active.removeQuery", { q: state.q })}
            </SiteLink>
          </li>
        )}
        {active.map(({ facet, value }) => (
          <li key={`${facet}-${value}`}>
            <SiteLink href={statisticsHref(toggleFacetValue(state, facet, value))} className={chip}>
              {/* one flex item: in the flex link a text run and a marked name apart would lose the space between them */}
              <span>{tStats.rich("active.remove", { label: labelOf(facet, value), name: languagePart(nameLang(facet)) })}</span>
            </SiteLink>
          </li>
        ))}
        <li>
          <SiteLink href={statisticsHref({})} className="inline-flex min-h-11 items-center px-3 py-1 font-semibold">
            {tStats("active.reset")}
          </SiteLink>
        </li>
      </ul>
    </div>
  );
}
