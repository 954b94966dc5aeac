import { getTranslations } from "next-intl/server";
import type { LocatedPlace } from "@/lib/public/map";
import { clusterPoints, mapHref, sectionAround, viewportOf, type MapQuery } from "@/lib/public/map-view";
import { CLUSTER_COLOR } from "./kind-style";
import { KindShape } from "./kind-shape";

/**
 * The map as server-rendered SVG: the state's outline and a marker per place (shape and colour by
 * kind), clustered on a grid where they would overlap. Works without JavaScript and without any
 * tile server; every marker and cluster is a link with an accessible name. A cluster links to the
 * section of its members (the map zoomed in, the list below it narrowed to them).
 */
export async function StateMap({
  outline,
  places,
  query,
  localize,
  titleId,
}: {
  /** SVG path of the state's outline in map units */
  outline: string;
  places: LocatedPlace[];
  query: MapQuery;
  /** a path of the portal in the visitor's language */
  localize: (href: string) => string;
  titleId: string;
}) {
  const t = await getTranslations("Map");
  const tKinds = await getTranslations("Kinds");
  const viewport = viewportOf(query.section);
  const marks = clusterPoints(places, viewport);
  const scale = 1 / viewport.zoom;
  // On the whole map a marker is 20 of 600 units across; zoomed in it keeps its size on screen.
  const clusterRadius = (count: number) => (count < 10 ? 11 : count < 100 ? 13 : 15) * scale;

  return (
    <svg
      viewBox={`${viewport.x.toFixed(2)} ${viewport.y.toFixed(2)} ${viewport.width.toFixed(2)} ${viewport.height.toFixed(2)}`}
      role="group"
      aria-labelledby={titleId}
      className="state-map block h-auto w-full"
    >
      <path d={outline} fill="#eef2f7" stroke="#334155" strokeWidth={1.5} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
      {marks.map((mark) => {
        if (mark.type === "place") {
          const place = mark.item;
          const single = place.profileCount === 1 && place.profiles[0];
          const href = single
            ? localize(`/steckbriefe/${single.slug}`)
            : localize(mapHref({ filter: query.filter, section: sectionAround(place.lat, place.lon) }, `#kommune-${place.slug}`));
          const label = single
            ? t("markerSingle", { kind: tKinds(place.kind), name: place.name, title: single.title })
            : t("markerSeveral", { kind: tKinds(place.kind), name: place.name, count: place.profileCount });
          return (
            <a key={`p-${place.slug}`} href={href} aria-label={label} data-map-places={1}>
              <title>{label}</title>
              <KindShape kind={place.kind} x={mark.x} y={mark.y} scale={scale} />
            </a>
          );
        }
        const count = mark.items.length;
        const profiles = mark.items.reduce((sum, place) => sum + place.profileCount, 0);
        // At the deepest zoom a cluster is not split any further: it links to its places in the list.
        const canZoom = viewportOf(mark.section).zoom > viewport.zoom * 1.05;
        const href = canZoom
          ? localize(mapHref({ filter: query.filter, section: mark.section }, "#karte"))
          : localize(mapHref({ filter: query.filter, section: query.section }, `#kommune-${mark.items[0]!.slug}`));
        const label = t(canZoom ? "clusterZoom" : "clusterList", { count, profiles });
        const r = clusterRadius(count);
        return (
          <a key={`c-${mark.items[0]!.slug}`} href={href} aria-label={label} data-map-places={count}>
            <title>{label}</title>
            <circle cx={mark.x} cy={mark.y} r={r} fill={CLUSTER_COLOR} stroke="#fff" strokeWidth={2} vectorEffect="non-scaling-stroke" />
            <text
              x={mark.x}
              y={mark.y}
              dy="0.35em"
              textAnchor="middle"
              fill="#fff"
              fontSize={11 * scale}
              fontWeight={700}
              aria-hidden="true"
            >
              {count}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
