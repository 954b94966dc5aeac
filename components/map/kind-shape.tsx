import type { MunicipalityKind } from "@/generated/prisma/enums";
import { KIND_STYLE } from "./kind-style";

/** A kind's marker as SVG elements, centred on (x, y); `scale` 1 = 20 units across. */
export function KindShape({ kind, x, y, scale }: { kind: MunicipalityKind; x: number; y: number; scale: number }) {
  const { color, shape } = KIND_STYLE[kind];
  const common = { fill: color, stroke: "#fff", strokeWidth: 2, vectorEffect: "non-scaling-stroke" as const };
  const transform = `translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${scale})`;
  return (
    <g transform={transform}>
      {shape === "square" && <rect x={-7} y={-7} width={14} height={14} {...common} />}
      {shape === "circle" && <circle r={7.5} {...common} />}
      {shape === "triangle" && <polygon points="0,-9 8.5,6.5 -8.5,6.5" {...common} />}
    </g>
  );
}

/** The shape alone in a small inline SVG (legend, list). */
export function KindIcon({ kind }: { kind: MunicipalityKind }) {
  return (
    <svg width="18" height="18" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false" className="inline-block shrink-0">
      <KindShape kind={kind} x={0} y={0} scale={1} />
    </svg>
  );
}
