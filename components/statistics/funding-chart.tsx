export interface FundingBar {
  label: string;
  /** the texts of the row: the label line, and the two amounts (null: no amounts, `label` says so) */
  heading: string;
  fundingText: string | null;
  ownShareText: string | null;
  profiles: number;
  withAmounts: number;
  funding: number;
  ownShare: number;
  /** the funding's share in percent (0–100), null without amounts */
  percent: number | null;
}

const ROW = 100;
const BAR_HEIGHT = 20;
/** The whole bar (funding + own share = 100 %) takes this share of the width. */
const BAR_PERCENT = 96;

/**
 * Funding versus own share as 100 % stacked bars, one per municipality kind and one for all: the
 * funding solid (brand-700), the own share hatched (amber-800 on white, outlined) — two patterns,
 * not two colours alone; both contrast with the white ground above 3:1, and each bar's amounts and
 * shares stand as text below it. Without a viewBox, like ./bar-chart.tsx, so text keeps its size.
 */
export function FundingChart({
  id,
  title,
  description,
  bars,
  legend,
}: {
  id: string;
  title: string;
  description: string;
  bars: FundingBar[];
  legend: { funding: string; ownShare: string };
}) {
  const pattern = `${id}-eigenanteil`;
  return (
    <div>
      <ul className="mb-3 flex flex-wrap gap-x-6 gap-y-1" aria-hidden="true">
        <li className="flex items-center gap-2">
          <svg width="22" height="16">
            <rect width="22" height="16" rx="2" className="fill-brand-700" />
          </svg>
          {legend.funding}
        </li>
        <li className="flex items-center gap-2">
          <svg width="22" height="16">
            <defs>
              <OwnSharePattern id={`${pattern}-legende`} />
            </defs>
            <rect
              x="0.75"
              y="0.75"
              width="20.5"
              height="14.5"
              rx="2"
              fill={`url(#${pattern}-legende)`}
              strokeWidth="1.5"
              className="stroke-amber-800"
            />
          </svg>
          {legend.ownShare}
        </li>
      </ul>
      <svg
        role="img"
        aria-labelledby={`${id}-titel ${id}-beschreibung`}
        width="100%"
        height={bars.length * ROW}
        className="block overflow-visible"
        data-chart-svg={id}
      >
        <title id={`${id}-titel`}>{title}</title>
        <desc id={`${id}-beschreibung`}>{description}</desc>
        <defs>
          <OwnSharePattern id={pattern} />
        </defs>
        {bars.map((bar, index) => {
          const top = index * ROW;
          const fundingWidth = ((bar.percent ?? 0) / 100) * BAR_PERCENT;
          return (
            <g
              key={bar.label}
              data-bar=""
              data-label={bar.label}
              data-profiles={bar.profiles}
              data-with-amounts={bar.withAmounts}
              data-funding={bar.funding}
              data-own-share={bar.ownShare}
            >
              <text x="0" y={top + 15} fontSize="16" fontWeight="600" className="fill-ink">
                {bar.heading}
              </text>
              {bar.percent !== null && (
                <>
                  {bar.percent < 100 && (
                    <rect
                      x={`${fundingWidth}%`}
                      y={top + 22}
                      width={`${BAR_PERCENT - fundingWidth}%`}
                      height={BAR_HEIGHT}
                      fill={`url(#${pattern})`}
                      strokeWidth="1.5"
                      className="stroke-amber-800"
                    />
                  )}
                  {bar.percent > 0 && <rect x="0" y={top + 22} width={`${fundingWidth}%`} height={BAR_HEIGHT} className="fill-brand-700" />}
                  <text x="0" y={top + 62} fontSize="16" className="fill-ink">
                    {bar.fundingText}
                  </text>
                  <text x="0" y={top + 82} fontSize="16" className="fill-ink">
                    {bar.ownShareText}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

function OwnSharePattern({ id }: { id: string }) {
  return (
    <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="6" height="6" className="fill-white" />
      <line x1="0" y1="0" x2="0" y2="6" strokeWidth="3" className="stroke-amber-800" />
    </pattern>
  );
}
