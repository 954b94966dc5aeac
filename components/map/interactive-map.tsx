"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { BBox } from "@/lib/public/map-view";
import type { LeafletMapLabels, MapData } from "./leaflet-map";

export interface InteractiveMapProps {
  /** /api/karte with the page's filter */
  dataUrl: string;
  tileUrl: string;
  /** HTML, from the operator's configuration */
  tileAttribution: string;
  section: BBox | null;
  labels: LeafletMapLabels & { load: string; loading: string; loaded: string; failed: string; privacy: string };
  /** the server-rendered SVG map, shown until (and unless) the interactive map is there */
  children: ReactNode;
}

type State = "idle" | "loading" | "ready" | "failed";

/**
 * Progressive enhancement of the SVG map: Leaflet (with marker clustering) is loaded only when the
 * visitor asks for it. Not on scroll: the tiles come from a third-party server (OpenStreetMap's
 * by default) that learns the visitor's IP address, so a public-sector page loads them only on an
 * explicit request — which also keeps Leaflet (about 60 kB gzipped with its CSS) out of the
 * route's first-load JavaScript. Without tiles (offline, blocked) the outline and markers still work.
 */
export function InteractiveMap({ dataUrl, tileUrl, tileAttribution, section, labels, children }: InteractiveMapProps) {
  const [state, setState] = useState<State>("idle");
  const container = useRef<HTMLDivElement>(null);
  const destroy = useRef<(() => void) | null>(null);

  useEffect(() => () => destroy.current?.(), []);

  async function load() {
    setState("loading");
    try {
      const [{ mountLeafletMap }, response] = await Promise.all([import("./leaflet-map"), fetch(dataUrl)]);
      if (!response.ok) throw new Error(`map data: ${response.status}`);
      const data = (await response.json()) as MapData;
      if (!container.current) return;
      container.current.hidden = false;
      destroy.current = mountLeafletMap(container.current, data, { tileUrl, tileAttribution, section, labels });
      setState("ready");
    } catch (error) {
      console.error(error);
      if (container.current) container.current.hidden = true;
      setState("failed");
    }
  }

  return (
    <div>
      {state !== "ready" && children}
      <div ref={container} hidden className="leaflet-host h-[70vh] max-h-[720px] min-h-[360px] w-full" />
      <div className="mt-3 flex flex-col gap-2">
        {state !== "ready" && (
          <div className="flex flex-wrap items-center gap-3">
            <button
              type="button"
              onClick={load}
              disabled={state === "loading"}
              className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70"
            >
              {labels.load}
            </button>
            <p className="text-sm text-muted">{labels.privacy}</p>
          </div>
        )}
        <p role="status" className={state === "idle" ? "sr-only" : "text-sm"}>
          {state === "loading" ? labels.loading : state === "ready" ? labels.loaded : state === "failed" ? labels.failed : ""}
        </p>
      </div>
    </div>
  );
}
