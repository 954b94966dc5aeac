import type { MunicipalityKind } from "@/generated/prisma/enums";

/**
 * How each kind of municipality looks on both maps (SVG and interactive): colour AND shape, so that
 * colour is never the only cue (WCAG 1.4.1). Every colour has at least 4.5:1 against white
 * (and so well above the 3:1 that WCAG 1.4.11 asks of graphics).
 */
export const KIND_STYLE: Record<MunicipalityKind, { color: string; shape: "square" | "circle" | "triangle" }> = {
  LANDKREIS: { color: "#6d28d9", shape: "square" },
  STADT: { color: "#b91c1c", shape: "circle" },
  GEMEINDE: { color: "#047857", shape: "triangle" },
};

export const CLUSTER_COLOR = "#1e293b";

/** SVG markup of a kind's marker centred in a `size`×`size` box (for Leaflet's divIcon; the SVG map draws the same shapes). */
export function kindMarkerSvg(kind: MunicipalityKind, size: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">${shapeMarkup(kind)}</svg>`;
}

/** The shape in a box from -10 to 10, white edge for contrast against any background. */
export function shapeMarkup(kind: MunicipalityKind): string {
  const { color, shape } = KIND_STYLE[kind];
  const style = `fill="${color}" stroke="#fff" stroke-width="2"`;
  if (shape === "square") return `<rect x="-7" y="-7" width="14" height="14" ${style}/>`;
  if (shape === "circle") return `<circle r="7.5" ${style}/>`;
  return `<polygon points="0,-9 8.5,6.5 -8.5,6.5" ${style}/>`;
}
