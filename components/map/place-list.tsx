import { getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { SiteLink } from "@/components/layout/site-link";
import type { MapPlace, MapProfileLink } from "@/lib/public/map";
import { mapHref, type MapQuery } from "@/lib/public/map-view";
import { MUNICIPALITY_KIND_ORDER } from "@/lib/public/queries";
import { KindIcon } from "./kind-shape";

/**
 * The text alternative of the map: the same places, grouped by kind, each with all its published
 * profiles as links. Paged (MAP_LIST_PAGE_SIZE places a page), so that the page stays small at
 * tens of thousands of profiles; a cluster's link narrows it to the cluster's section.
 */
export async function PlaceList({
  places,
  profilesByPlace,
  query,
  pageCount,
}: {
  /** the places of this page */
  places: MapPlace[];
  profilesByPlace: Record<string, MapProfileLink[]>;
  query: MapQuery;
  pageCount: number;
}) {
  const [t, tKinds, locale] = await Promise.all([getTranslations("Map"), getTranslations("Kinds"), getLocale()]);
  const textLang = profileTextLang(locale);
  return (
    <>
      {MUNICIPALITY_KIND_ORDER.map((kind) => {
        const group = places.filter((place) => place.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`liste-${kind.toLowerCase()}`} className="mt-6">
            <h3 id={`liste-${kind.toLowerCase()}`} className="flex items-center gap-2 text-xl">
              <KindIcon kind={kind} />
              {tKinds(`groupTitle.${kind}`)}
            </h3>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2">
              {group.map((place) => (
                <li
                  key={place.slug}
                  id={`kommune-${place.slug}`}
                  className="rounded-md border border-line p-3 target:border-brand-700 target:bg-brand-50"
                >
                  <p className="font-semibold">
                    {place.name}
                    {place.landkreisName && <span className="font-normal text-muted"> · {place.landkreisName}</span>}
                  </p>
                  {place.lat === null && <p className="text-sm text-muted">{t("noCoordinates")}</p>}
                  <ul className="mt-1 flex flex-col gap-1">
                    {(profilesByPlace[place.slug] ?? place.profiles).map((profile) => (
                      <li key={profile.slug}>
                        <SiteLink href={`/steckbriefe/${profile.slug}`} lang={textLang}>
                          {profile.title}
                        </SiteLink>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {pageCount > 1 && (
        <nav aria-label={t("pagesLabel")} className="mt-6">
          <ul className="flex flex-wrap gap-2">
            {Array.from({ length: pageCount }, (_, index) => index + 1).map((page) => (
              <li key={page}>
                {page === query.page ? (
                  <span aria-current="page" className="inline-block rounded-md bg-brand-700 px-3 py-1 font-semibold text-white">
                    {t("page", { page })}
                  </span>
                ) : (
                  <SiteLink href={mapHref({ ...query, page }, "#liste")} className="inline-block rounded-md border border-line px-3 py-1">
                    {t("page", { page })}
                  </SiteLink>
                )}
              </li>
            ))}
          </ul>
        </nav>
      )}
    </>
  );
}
