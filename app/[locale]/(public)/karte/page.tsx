import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { EmptyResult } from "@/components/listing/empty-result";
import { SearchForm } from "@/components/listing/search-form";
import { InteractiveMap } from "@/components/map/interactive-map";
import { KindIcon } from "@/components/map/kind-shape";
import { PlaceList } from "@/components/map/place-list";
import { StateMap } from "@/components/map/state-map";
import { mapTiles } from "@/lib/env";
import { SiteLink } from "@/components/layout/site-link";
import { localizePath } from "@/lib/i18n/localize-path";
import { listMapPlaces, listPlaceProfiles, MAP_LIST_PAGE_SIZE, selectPlaces, stateOutline } from "@/lib/public/map";
import { MAP_PATH, mapFilterQuery, mapHref, nonCanonicalMapHref, outlinePath, parseMapQuery } from "@/lib/public/map-view";
import { MUNICIPALITY_KIND_ORDER } from "@/lib/public/queries";
import { searchPublicProfiles } from "@/lib/search/search-profiles";

/**
 * The address (filter, section, list page) is the state: rendered per request, the places and the
 * facets come from the cache, per selection (lib/public/map.ts, the search's cached result). Unlike the
 * listing, statistics and recommendations, the map is not served from a cached internal route by
 * proxy.ts: its address also carries the section (`ausschnitt`, any four numbers from a cluster's
 * link) and the list's page, so one selection has many addresses; what costs is the database read,
 * cached per selection, while drawing the SVG from it takes milliseconds.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/karte">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Map" });
  return publicPageMetadata({ path: "/karte", title: t("metaTitle"), description: t("metaDescription") });
}

/**
 * Every municipality with a published Steckbrief on a map of Baden-Württemberg (`/karte`): an SVG
 * map rendered on the server (works without JavaScript and without tiles), an interactive Leaflet
 * map on request, and the same content as a list below. Filtered by the search's parameters (the
 * listing's form, sending here): the places are the municipalities of the search's hits.
 */
export default async function MapPage({ params, searchParams }: PageProps<"/[locale]/karte">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const canonical = nonCanonicalMapHref(raw);
  if (canonical) redirect(localizePath(canonical, locale));
  const query = parseMapQuery(raw);
  const filterQuery = mapFilterQuery(query.filter);
  const [t, tKinds, places, search] = await Promise.all([
    getTranslations("Map"),
    getTranslations("Kinds"),
    listMapPlaces(query.filter),
    // The facets and their counts, and the relaxations of an empty result: the listing's cached search.
    searchPublicProfiles(query.filter),
  ]);
  const { located, listed, unlocatedCount } = selectPlaces(places, query);
  const pageCount = Math.max(1, Math.ceil(listed.length / MAP_LIST_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const pagePlaces = listed.slice((page - 1) * MAP_LIST_PAGE_SIZE, page * MAP_LIST_PAGE_SIZE);
  const profilesByPlace = await listPlaceProfiles(
    pagePlaces.filter((place) => place.profileCount > place.profiles.length).map((place) => place.slug),
    query.filter,
  );
  const profileCount = listed.reduce((sum, place) => sum + place.profileCount, 0);
  const localize = (href: string) => localizePath(href, locale);
  const tiles = mapTiles();
  const tileHost = new URL(tiles.url.replaceAll(/\{[^}]*\}/g, "x")).hostname;
  const dataUrl = `/api/karte?${filterQuery ? `${filterQuery}&` : ""}${new URLSearchParams({ sprache: locale })}`;

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>

      <div className="mt-6">
        <SearchForm state={query.filter} result={search} path={MAP_PATH} sortable={false} live={false} />
      </div>

      {places.length === 0 && filterQuery ? (
        // Nothing matches the filter: said above the (empty) map, with the search's relaxations and the unfiltered map.
        <div role="status">
          <EmptyResult
            state={query.filter}
            result={search}
            path={MAP_PATH}
            message={t("emptyFiltered")}
            allLabel={t("emptyAll")}
            alwaysAll
          />
        </div>
      ) : (
        <p className="mt-6 font-medium" role="status">
          {t(filterQuery ? "summaryFiltered" : "summary", { places: listed.length, profiles: profileCount })}
        </p>
      )}
      {search.matchMode === "fuzzy" && places.length > 0 && <p className="mt-2">{t("fuzzy", { q: query.filter.q })}</p>}
      {query.section && (
        <p className="mt-2 rounded-md border-l-4 border-info bg-info-bg p-3">
          {t("sectionShown", { count: located.length })} <SiteLink href={mapHref({ filter: query.filter })}>{t("wholeMap")}</SiteLink>
        </p>
      )}

      <figure id="karte" aria-labelledby="karte-titel" className="mt-4 scroll-mt-4">
        <figcaption className="sr-only" id="karte-titel">
          {t("mapLabel", { count: located.length })}
        </figcaption>
        <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_16rem]">
          <div className="rounded-lg border border-line bg-white p-2">
            <InteractiveMap
              dataUrl={dataUrl}
              tileUrl={tiles.url}
              tileAttribution={tiles.attribution}
              section={query.section}
              labels={{
                load: t("interactiveLoad"),
                loading: t("interactiveLoading"),
                loaded: t("interactiveLoaded"),
                failed: t("interactiveFailed"),
                privacy: t("interactivePrivacy", { host: tileHost }),
                mapLabel: t("interactiveLabel"),
                clusterLabel: t("interactiveCluster", { count: "{count}" }),
                morePlaces: t("interactiveMore", { count: "{count}" }),
              }}
            >
              <StateMap outline={outlinePath(stateOutline())} places={located} query={query} localize={localize} titleId="karte-titel" />
            </InteractiveMap>
          </div>
          <div>
            <h2 className="text-lg">{t("legendTitle")}</h2>
            <ul className="mt-2 flex flex-col gap-2">
              {MUNICIPALITY_KIND_ORDER.map((kind) => (
                <li key={kind} className="flex items-center gap-2">
                  <KindIcon kind={kind} /> {tKinds(`groupTitle.${kind}`)}
                </li>
              ))}
              <li className="flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-flex size-[18px] items-center justify-center rounded-full bg-slate-800 text-[10px] font-bold text-white"
                >
                  3
                </span>
                {t("legendCluster")}
              </li>
            </ul>
            <p className="mt-4 text-sm text-muted">{t("outlineSource")}</p>
            <p className="mt-2 text-sm text-muted">
              <a href="#liste">{t("skipToList")}</a>
            </p>
          </div>
        </div>
      </figure>

      <section id="liste" aria-labelledby="liste-titel" className="mt-10 scroll-mt-4">
        <h2 id="liste-titel" className="text-2xl">
          {t("listTitle")}
        </h2>
        {listed.length === 0 ? (
          <p className="mt-2">{t("empty")}</p>
        ) : (
          <>
            <p className="mt-2 max-w-3xl">
              {pageCount > 1
                ? t("listIntroPaged", { count: listed.length, page, pages: pageCount })
                : t("listIntro", { count: listed.length })}
              {unlocatedCount > 0 && ` ${t("unlocated", { count: unlocatedCount })}`}
            </p>
            <PlaceList places={pagePlaces} profilesByPlace={profilesByPlace} query={{ ...query, page }} pageCount={pageCount} />
          </>
        )}
      </section>
    </PageContainer>
  );
}
