import L from "leaflet";
import "leaflet/dist/leaflet.css";
import "./leaflet-map.css";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import type { BBox } from "@/lib/public/map-view";
import { BW_BOUNDS } from "@/lib/public/map-view";
import { CLUSTER_COLOR, kindMarkerSvg } from "./kind-style";

/**
 * The interactive map, loaded on demand by interactive-map.tsx (never part of the first load).
 * Imports Leaflet, its CSS and leaflet.markercluster; the data comes from /api/karte.
 */

export interface MapDataPlace {
  slug: string;
  name: string;
  kind: MunicipalityKind;
  /** the kind's name, as the page says it */
  kindName: string;
  lat: number;
  lon: number;
  profileCount: number;
  profiles: { title: string; href: string }[];
  /** the place in the list below the map (all its profiles) */
  listHref: string;
}

export interface MapData {
  outline: GeoJSON.Geometry;
  places: MapDataPlace[];
}

export interface LeafletMapLabels {
  mapLabel: string;
  /** "{count}" is replaced */
  clusterLabel: string;
  /** "{count}" is replaced */
  morePlaces: string;
}

export function mountLeafletMap(
  element: HTMLElement,
  data: MapData,
  options: { tileUrl: string; tileAttribution: string; section: BBox | null; labels: LeafletMapLabels },
): () => void {
  // leaflet.markercluster extends the global `L` (Leaflet's UMD build sets it; this makes sure).
  (window as unknown as { L: typeof L }).L ??= L;
  // Who asks their system for less motion gets a map that jumps instead of gliding (zoom, fades, clusters).
  const animate = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  const map = L.map(element, {
    zoomSnap: 0.5,
    maxBounds: padded(BW_BOUNDS, 1),
    minZoom: 6,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
  });
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", options.labels.mapLabel);
  map.attributionControl.setPrefix(false);

  // Tiles are decoration: when they fail (offline, blocked), outline and markers carry the map.
  L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 18, crossOrigin: true }).addTo(map);
  L.geoJSON(data.outline as GeoJSON.GeoJsonObject, {
    style: { color: "#334155", weight: 2, fillColor: "#eef2f7", fillOpacity: 0.35 },
    interactive: false,
  }).addTo(map);

  const section = options.section ?? BW_BOUNDS;
  map.fitBounds([
    [section.south, section.west],
    [section.north, section.east],
  ]);

  let cancelled = false;
  void import("leaflet.markercluster").then(() => {
    if (cancelled) return;
    const clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      animate,
      chunkedLoading: true,
      maxClusterRadius: 40,
      iconCreateFunction: (cluster) => {
        const count = cluster.getChildCount();
        const size = count < 10 ? 30 : count < 100 ? 36 : 42;
        return L.divIcon({
          html: `<span style="background:${CLUSTER_COLOR}">${count}</span>`,
          className: "map-cluster",
          iconSize: [size, size],
        });
      },
    });
    clusters.addLayers(data.places.map((place) => placeMarker(place, options.labels)));
    map.addLayer(clusters);
    // Clusters are focusable markers too; give them a name that says what Enter does.
    clusters.on("animationend", () => nameClusters(element, options.labels));
    map.on("zoomend moveend", () => nameClusters(element, options.labels));
    nameClusters(element, options.labels);
  });

  return () => {
    cancelled = true;
    map.remove();
  };
}

function placeMarker(place: MapDataPlace, labels: LeafletMapLabels): L.Marker {
  const title = `${place.kindName} ${place.name}`;
  const marker = L.marker([place.lat, place.lon], {
    icon: L.divIcon({ html: kindMarkerSvg(place.kind, 22), className: "map-place", iconSize: [22, 22] }),
    title,
    alt: title,
    keyboard: true,
    riseOnHover: true,
  });
  marker.bindPopup(() => popupContent(place, labels));
  return marker;
}

function popupContent(place: MapDataPlace, labels: LeafletMapLabels): HTMLElement {
  const root = document.createElement("div");
  const heading = document.createElement("p");
  heading.className = "map-popup-title";
  heading.textContent = `${place.name} (${place.kindName})`;
  root.append(heading);
  const list = document.createElement("ul");
  for (const profile of place.profiles) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = profile.href;
    link.textContent = profile.title;
    item.append(link);
    list.append(item);
  }
  root.append(list);
  if (place.profileCount > place.profiles.length) {
    const more = document.createElement("a");
    more.href = place.listHref;
    more.textContent = labels.morePlaces.replace("{count}", String(place.profileCount));
    root.append(more);
  }
  return root;
}

function nameClusters(element: HTMLElement, labels: LeafletMapLabels) {
  for (const icon of element.querySelectorAll<HTMLElement>(".map-cluster")) {
    const count = icon.textContent?.trim() ?? "";
    icon.setAttribute("aria-label", labels.clusterLabel.replace("{count}", count));
  }
}

function padded(box: BBox, degrees: number): L.LatLngBoundsExpression {
  return [
    [box.south - degrees, box.west - degrees],
    [box.north + degrees, box.east + degrees],
  ];
}
