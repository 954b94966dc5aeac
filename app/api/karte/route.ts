import { getServerTranslator } from "@/lib/i18n/server-translator";
import { localizePath } from "@/lib/i18n/localize-path";
import { routing, type Locale } from "@/lib/i18n/routing";
import { isLocated, listMapPlaces, stateOutline } from "@/lib/public/map";
import { mapHref, parseMapQuery, sectionAround } from "@/lib/public/map-view";
import type { MapData } from "@/components/map/leaflet-map";
import { answeringOutage } from "@/lib/api/http";

/**
 * The places of the interactive map (loaded only when a visitor asks for it): public data of the
 * read model, with the page's filter (the search's parameters, parsed as on the page: junk is
 * ignored, never an error) and the state's outline. `sprache` picks the language of the links and
 * kind names.
 */
export const GET = answeringOutage(async function GET(request: Request) {
  const searchParams = new URL(request.url).searchParams;
  const query = parseMapQuery(searchParams);
  const sprache = searchParams.get("sprache") ?? "";
  const locale = (routing.locales as readonly string[]).includes(sprache) ? (sprache as Locale) : routing.defaultLocale;
  const [places, t] = await Promise.all([listMapPlaces(query.filter), getServerTranslator(locale)]);
  const localize = (href: string) => localizePath(href, locale);
  const data: MapData = {
    outline: stateOutline() as MapData["outline"],
    places: places.filter(isLocated).map((place) => ({
      slug: place.slug,
      name: place.name,
      kind: place.kind,
      kindName: t(`Kinds.${place.kind}`),
      lat: place.lat,
      lon: place.lon,
      profileCount: place.profileCount,
      profiles: place.profiles.map((profile) => ({ title: profile.title, href: localize(`/steckbriefe/${profile.slug}`) })),
      listHref: localize(mapHref({ filter: query.filter, section: sectionAround(place.lat, place.lon) }, `#kommune-${place.slug}`)),
    })),
  };
  return Response.json(data, { headers: { "cache-control": "public, max-age=60" } });
});
