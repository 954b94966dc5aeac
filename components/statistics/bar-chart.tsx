export interface Bar {
  label: string;
  /** the label's language where it differs from the page's (a German name from the data on an English page) */
  lang?: string;
  value: number;
  /** the value as the table shows it */
  display: string;
  /** "keine Angabe": drawn hatched, so that it is not read as one of the values */
  noValue?: boolean;
}

/** Height of one bar's row: its label line above the bar. */
const ROW = 48;
const BAR_HEIGHT = 18;
/** The longest bar takes this share of the width; the rest keeps room for its number. */
const MAX_BAR_PERCENT = 78;

/**
 * A horizontal bar chart as SVG, drawn on the server (no script). The SVG has no viewBox: widths are
 * percentages, so the bars follow the page's width while the text keeps its size — a scaled drawing
 * would shrink the labels to a few pixels on a phone. Labels stand above their bar, so long topic
 * names have the whole width. Colours: the bars (brand-700) and the hatching (muted) contrast with the
 * white ground well above 3:1; every bar carries its number as text, so nothing rests on colour alone.
 *
 * `role="img"` with title and description; the numbers are in the data table beside the chart. Every
 * bar carries its label and value as data attributes (what the end-to-end test compares with the table).
 */
export function BarChart({ id, title, description, bars }: { id: string; title: string; description: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW + 4;
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-titel ${id}-beschreibung`}
      width="100%"
      height={height}
      className="block overflow-visible"
      data-chart-svg={id}
    >
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-beschreibung`}>{description}</desc>
      <defs>
        <pattern id={`${id}-schraffur`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" className="fill-white" />
          <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="stroke-muted" />
        </pattern>
      </defs>
      {bars.map((bar, index) => {
        const top = index * ROW;
        const width = (bar.value / max) * MAX_BAR_PERCENT;
        return (
          <g key={`${index}-${bar.label}`} data-bar="" data-label={bar.label} data-value={bar.value}>
            <text x="0" y={top + 16} fontSize="16" className="fill-ink" lang={bar.lang}>
              {bar.label}
            </text>
            {bar.value > 0 && (
              <rect
                x="0"
                y={top + 22}
                width={`${width}%`}
                height={BAR_HEIGHT}
                rx="2"
                className={bar.noValue ? "stroke-muted" : "fill-brand-700"}
                fill={bar.noValue ? `url(#${id}-schraffur)` : undefined}
              />
            )}
            {/* A zero is a number too: a baseline tick shows where its bar would start. */}
            {bar.value === 0 && <rect x="0" y={top + 22} width="2" height={BAR_HEIGHT} className="fill-muted" />}
            <text x={`${width}%`} dx="8" y={top + 37} fontSize="16" fontWeight="600" className="fill-ink">
              {bar.display}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
