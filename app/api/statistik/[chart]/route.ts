import { getServerTranslator } from "@/lib/i18n/server-translator";
import { parseListingParams } from "@/lib/public/listing-params";
import { isChartId } from "@/lib/statistics/charts";
import { tableToCsv } from "@/lib/statistics/csv";
import { publicStatistics } from "@/lib/statistics/statistics";
import { chartTable } from "@/lib/statistics/tables";
import { answeringOutage } from "@/lib/api/http";

/**
 * The numbers of one chart of /statistik as CSV (`/api/statistik/kosten.csv?typ=stadt`): the same
 * parameters and numbers as the page (lib/statistics/tables.ts builds both). Public data of the
 * search documents only; junk parameters are ignored like on the page, an unknown chart is 404.
 */
export const GET = answeringOutage(async function GET(request: Request, { params }: RouteContext<"/api/statistik/[chart]">) {
  const { chart: file } = await params;
  const chart = file.endsWith(".csv") ? file.slice(0, -4) : "";
  if (!isChartId(chart)) return new Response("Not found", { status: 404 });
  const state = parseListingParams(new URL(request.url).searchParams);
  const [statistics, t] = await Promise.all([publicStatistics(state), getServerTranslator()]);
  return new Response(tableToCsv(chartTable(t, statistics, chart)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="statistik-${chart}.csv"`,
      // As fresh as the page: the numbers change with every publication.
      "cache-control": "public, max-age=60",
    },
  });
});
