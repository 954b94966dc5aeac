import "server-only";
import type { Prisma } from "@/generated/prisma/client";
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

async function loadIndex(tx: Prisma.TransactionClient, generation: bigint): Promise<Loaded> {
  // The stored orders come from PostgreSQL, so that they equal the SQL sorts (the title's collation).
  const rows = await tx.$queryRaw<FacetIndexRow[]>`
    SELECT d."profileId", d."kind", d."regierungsbezirk", d."kreis", d."topics", d."formats", d."years",
      d."participantCount", d."costTotal"::float8 AS "costTotal",
      (row_number() OVER (ORDER BY d."municipalitySortKey", d."title", d."slug"))::int AS "byName",
      (row_number() OVER (ORDER BY d."firstPublishedAt" DESC, d."slug"))::int AS "byNewest",
      (row_number() OVER (ORDER BY d."costTotal" ASC NULLS LAST, d."municipalitySortKey", d."slug"))::int AS "byCost"
    FROM "PublicSearchDocument" d`;
  return { generation, index: new FacetIndex(rows) };
}
