/**
 * Response times of searchProfiles against DATABASE_URL (numbers, no assertions). With generated data:
 *   npm run db:seed && psql "$DATABASE_URL" -v n=50000 -f bench/search-data.sql
 *   NEXTAUTH_SECRET=x npx tsx --conditions=react-server bench/search.ts
 */
import { db } from "@/lib/db";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchProfiles } from "@/lib/search/search-profiles";

const topic = (await db.topic.findFirst({ orderBy: { sortOrder: "asc" }, select: { slug: true } }))?.slug ?? "wohnen";
const scenarios: [string, Record<string, string | string[]>][] = [
  ["no text, no filter (name)", {}],
  ["no text, page 200", { seite: "200" }],
  ["no text, typ + thema", { typ: "stadt", thema: topic }],
  ["no text, 4 facets", { typ: "stadt", thema: topic, jahr: "2017", kosten: "1000-3000" }],
  ["no text, newest", { sort: "neueste" }],
  ["q=Wohnungen (relevance)", { q: "Wohnungen" }],
  ["q=Wohnungen, sort name", { q: "Wohnungen", sort: "name" }],
  ["q=Sprachcafé Ehrenamt", { q: "Sprachcafé Ehrenamtliche" }],
  ["q=Wohnungen + 2 facets", { q: "Wohnungen", typ: "gemeinde", thema: topic }],
  ["q=rare word (Quasselstrippe, fuzzy)", { q: "Quasselstrippe" }],
  ["q=typo Integartion", { q: "Integartion" }],
  ["empty result + relaxations", { q: "Wohnungen", typ: "landkreis", kosten: "ueber-10000", jahr: "2016", thema: topic }],
];

const runs = 5;
for (const [name, raw] of scenarios) {
  const params = parseSearchParams(raw);
  const times: number[] = [];
  let total = 0;
  let mode = "";
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const result = await searchProfiles(params);
    times.push(performance.now() - start);
    total = result.total;
    mode = result.matchMode;
  }
  times.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(42)} median ${times[Math.floor(runs / 2)]!.toFixed(1).padStart(7)} ms   total ${String(total).padStart(6)}  ${mode}`,
  );
}
await db.$disconnect();
