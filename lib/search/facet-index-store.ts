import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import { log } from "@/lib/operations/log";
import { FacetIndex, type FacetIndexRow } from "./facet-index";

/**
 * The facet index of this server process (./facet-index.ts), kept equal to the search documents: every
 * transaction that changes them raises PublicSearchGeneration once, at its commit (trigger, migration
 * 20261207090000). A search reads the generation (one primary-key read) and reloads the documents'
 * facet values when it moved on — so a publication through another instance is searchable here at
 * once, as before, without a cache to purge. The generation is read before the rows: a change
 * committed in between makes the next search load again, never keeps an old index under a new number.
 *
 * Concurrent searches that find the index out of date wait for one load (single flight). Kept on
 * globalThis: every route bundle of the process shares it.
 */

/** The documents' facet values as the load reads them: one string per column. */
type LoadedColumns = Record<
  | "profileIds"
  | "kinds"
  | "bezirke"
  | "kreise"
  | "topics"
  | "formats"
  | "years"
  | "participants"
  | "costs"
  | "byName"
  | "byNewest"
  | "byCost",
  string | null
>;

interface Loaded {
  generation: bigint;
  index: FacetIndex;
}

const holder = globalThis as unknown as {
  facetIndex?: { loaded: Loaded | null; loading: Promise<Loaded> | null; loadingGeneration: bigint | null };
};
const state = (holder.facetIndex ??= { loaded: null, loading: null, loadingGeneration: null });

/** The index of the current search documents, read through `tx` (the search's transaction). */
export async function currentFacetIndex(tx: Prisma.TransactionClient): Promise<FacetIndex> {
  const [row] = await tx.$queryRaw<{ generation: bigint }[]>`SELECT "generation" FROM "PublicSearchGeneration" WHERE "id" = 1`;
  const generation = row?.generation ?? BigInt(0);
  if (state.loaded?.generation === generation) return state.loaded.index;
  if (!state.loading || state.loadingGeneration !== generation) {
    const loading = loadIndex(tx, generation);
    state.loading = loading;
    state.loadingGeneration = generation;
    loading
      .then(
        // A later generation may have been loaded meanwhile: keep the newest.
        (loaded) => {
          if (!state.loaded || state.loaded.generation < loaded.generation) state.loaded = loaded;
        },
        () => {}, // the searches waiting for it get the error
      )
      .finally(() => {
        if (state.loading === loading) Object.assign(state, { loading: null, loadingGeneration: null });
      });
  }
  return (await state.loading).index;
}

const LOG_LOAD_FROM_MS = 100;

async function loadIndex(tx: Prisma.TransactionClient, generation: bigint): Promise<Loaded> {
  const started = performance.now();
  // One row of comma-separated columns (a document's several values separated by spaces: slugs hold
  // neither): 100,000 rows, or arrays of 100,000 elements, cost seconds in the driver; splitting a
  // string, milliseconds. The stored orders come from PostgreSQL, so that they equal the SQL sorts.
  const [columns] = await tx.$queryRaw<LoadedColumns[]>`
    SELECT string_agg(d."profileId"::text, ',') AS "profileIds", string_agg(d."kind"::text, ',') AS kinds,
      string_agg(d."regierungsbezirk"::text, ',') AS bezirke, string_agg(coalesce(d."kreis", ''), ',') AS kreise,
      string_agg(array_to_string(d."topics", ' '), ',') AS topics, string_agg(array_to_string(d."formats", ' '), ',') AS formats,
      string_agg(array_to_string(d."years", ' '), ',') AS years, string_agg(coalesce(d."participantCount"::text, ''), ',') AS participants,
      string_agg(coalesce(d."costTotal"::text, ''), ',') AS costs,
      string_agg(d."byName"::text, ',') AS "byName", string_agg(d."byNewest"::text, ',') AS "byNewest",
      string_agg(d."byCost"::text, ',') AS "byCost"
    FROM (
      SELECT d."profileId", d."kind", d."regierungsbezirk", d."kreis", d."topics", d."formats", d."years", d."participantCount",
        d."costTotal",
        row_number() OVER (ORDER BY d."municipalitySortKey", d."title", d."slug") AS "byName",
        row_number() OVER (ORDER BY d."firstPublishedAt" DESC, d."slug") AS "byNewest",
        row_number() OVER (ORDER BY d."costTotal" ASC NULLS LAST, d."municipalitySortKey", d."slug") AS "byCost"
      FROM "PublicSearchDocument" d
    ) d`;
  const column = (name: keyof LoadedColumns) => columns?.[name]?.split(",") ?? [];
  const [kinds, bezirke, kreise, topics, formats, years, participants, costs, byName, byNewest, byCost] = (
    ["kinds", "bezirke", "kreise", "topics", "formats", "years", "participants", "costs", "byName", "byNewest", "byCost"] as const
  ).map(column);
  const values = (joined: string) => (joined === "" ? [] : joined.split(" "));
  const numberOrNull = (text: string) => (text === "" ? null : Number(text));
  const rows = column("profileIds").map((profileId, at): FacetIndexRow => ({
    profileId,
    kind: kinds![at] as MunicipalityKind,
    regierungsbezirk: bezirke![at] as Regierungsbezirk,
    kreis: kreise![at] || null,
    topics: values(topics![at]!),
    formats: values(formats![at]!),
    years: values(years![at]!).map(Number),
    participantCount: numberOrNull(participants![at]!),
    costTotal: numberOrNull(costs![at]!),
    byName: Number(byName![at]),
    byNewest: Number(byNewest![at]),
    byCost: Number(byCost![at]),
  }));
  const index = new FacetIndex(rows);
  const ms = Math.round(performance.now() - started);
  // Worth a line where a visitor waits for it (many documents); the everyday reload of a few is not.
  if (ms >= LOG_LOAD_FROM_MS) log.info("search facet index loaded", { documents: index.size, generation: String(generation), ms });
  return { generation, index };
}
