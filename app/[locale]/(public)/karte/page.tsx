import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { Button } from "@/components/forms/field";
import { InteractiveMap } from "@/components/map/interactive-map";
import { KindIcon } from "@/components/map/kind-shape";
import { PlaceList } from "@/components/map/place-list";
import { StateMap } from "@/components/map/state-map";
import { mapTiles } from "@/lib/env";
import { SiteLink } from "@/components/layout/site-link";
import { localizePath } from "@/lib/i18n/localize-path";
import { listMapPlaces, listPlaceProfiles, MAP_LIST_PAGE_SIZE, selectPlaces, stateOutline } from "@/lib/public/map";
import { MAP_KIND_PARAM, MAP_KIND_PARAMS, mapHref, outlinePath, parseMapQuery } from "@/lib/public/map-view";
import { MUNICIPALITY_KIND_ORDER } from "@/lib/public/queries";

/** The address (filter, section, list page) is the state: rendered per request, the places come from the cache. */
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/karte">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Map" });
  return publicPageMetadata({ path: "/karte", title: t("metaTitle"), description: t("metaDescription") });
}

/**
 * Every municipality with a published Steckbrief on a map of Baden-Württemberg (`/karte`): an SVG
 * map rendered on the server (works without JavaScript and without tiles), an interactive Leaflet
 * map on request, and the same content as a list below.
 */
export default async function MapPage({ params, searchParams }: PageProps<"/[locale]/karte">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = parseMapQuery(await searchParams);
  const [t, tKinds, places] = await Promise.all([getTranslations("Map"), getTranslations("Kinds"), listMapPlaces()]);
  const { located, listed, unlocatedCount } = selectPlaces(places, query);
  const pageCount = Math.max(1, Math.ceil(listed.length / MAP_LIST_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const pagePlaces = listed.slice((page - 1) * MAP_LIST_PAGE_SIZE, page * MAP_LIST_PAGE_SIZE);
  const profilesByPlace = await listPlaceProfiles(
    pagePlaces.filter((place) => place.profileCount > place.profiles.length).map((place) => place.slug),
  );
  const profileCount = listed.reduce((sum, place) => sum + place.profileCount, 0);
  const localize = (href: string) => localizePath(href, locale);
  const tiles = mapTiles();
  const tileHost = new URL(tiles.url.replaceAll(/\{[^}]*\}/g, "x")).hostname;
  const dataUrl = `/api/karte?${new URLSearchParams({ ...(query.kind ? { typ: query.kind.toLowerCase() } : {}), sprache: locale })}`;

  return (
    <PageContainer className="py-10">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-3xl">{t("intro")}</p>

      <form action={localize("/karte")} method="get" className="mt-6">
        <fieldset className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <legend className="mb-2 font-semibold">{t("filterLegend")}</legend>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="typ" value="" defaultChecked={!query.kind} className="size-5" />
            {t("filterAll")}
          </label>
          {MAP_KIND_PARAMS.map((param) => (
            <label key={param} className="inline-flex items-center gap-2">
              <input type="radio" name="typ" value={param} defaultChecked={query.kind === MAP_KIND_PARAM[param]} className="size-5" />
              {tKinds(`groupTitle.${MAP_KIND_PARAM[param]}`)}
            </label>
          ))}
          <Button type="submit">{t("filterSubmit")}</Button>
        </fieldset>
      </form>

      <p className="mt-6 font-medium" role="status">
        {t("summary", { places: listed.length, profiles: profileCount })}
      </p>
      {query.section && (
        <p className="mt-2 rounded-md border-l-4 border-info bg-info-bg p-3">
          {t("sectionShown", { count: located.length })} <SiteLink href={mapHref({ kind: query.kind })}>{t("wholeMap")}</SiteLink>
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
        <p className="mt-2 max-w-3xl">
          {pageCount > 1 ? t("listIntroPaged", { count: listed.length, page, pages: pageCount }) : t("listIntro", { count: listed.length })}
          {unlocatedCount > 0 && ` ${t("unlocated", { count: unlocatedCount })}`}
        </p>
        {listed.length === 0 ? (
          <p className="mt-4">{t("empty")}</p>
        ) : (
          <PlaceList places={pagePlaces} profilesByPlace={profilesByPlace} query={{ ...query, page }} pageCount={pageCount} />
        )}
      </section>
    </PageContainer>
  );
}
