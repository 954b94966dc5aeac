import type { SearchDocumentRow } from "./document";
import { bezirkSlugOf, COST_BUCKETS, FACETS, kindSlugOf, PARTICIPANT_BUCKETS, type Bucket, type Facet } from "./search-params";

/**
 * The facet values of every search document, in memory, and the counts of a selection over them.
 *
 * Exact disjunctive facet counts need a pass over every selected document per facet; PostgreSQL's
 * row executor takes hundreds of milliseconds for it at 100,000 documents (docs/PERFORMANCE.md). Over
 * compact arrays in the app it is one pass of a few milliseconds: each document's values are small
 * numbers, a selection marks per document the facets it fails, and the counts, the total, the
 * relaxations and a page in any stored order follow from those marks. The database keeps answering
 * the text condition (the GIN index) and the page's own rows.
 *
 * Pure: built from rows the store (./facet-index-store.ts) reads, so the counting is tested without a
 * database against a plain filter over the same rows.
 */

/** One search document as the index needs it: its facet columns and its 1-based places in the stored sort orders. */
export type FacetIndexRow = Pick<
  SearchDocumentRow,
  "profileId" | "kind" | "regierungsbezirk" | "kreis" | "topics" | "formats" | "years" | "participantCount" | "costTotal"
> & { byName: number; byNewest: number; byCost: number };

/** The stored orders; relevance is the text's rank (given per search), ties in name order. */
export type StoredOrder = "name" | "neueste" | "kosten";

/** The bucket of a number, as the SQL facet counts it: above `above`, up to `upTo`; null when unknown. */
export function bucketOf(value: number | null, buckets: readonly Bucket[]): string | null {
  if (value === null) return null;
  const bucket = buckets.find((entry) => (entry.above === null || value > entry.above) && (entry.upTo === null || value <= entry.upTo));
  return bucket?.slug ?? null;
}

/** Hands each value of a document's facet, as URL value (slug, year, range slug), to `add`: no arrays per document. */
const VALUES: Record<Facet, (row: FacetIndexRow, add: (value: string) => void) => void> = {
  typ: (row, add) => add(kindSlugOf(row.kind)),
  bezirk: (row, add) => add(bezirkSlugOf(row.regierungsbezirk)),
  kreis: (row, add) => {
    if (row.kreis !== null) add(row.kreis);
  },
  thema: (row, add) => row.topics.forEach((value) => add(value)),
  format: (row, add) => row.formats.forEach((value) => add(value)),
  jahr: (row, add) => row.years.forEach((year) => add(String(year))),
  teilnehmende: (row, add) => {
    const bucket = bucketOf(row.participantCount, PARTICIPANT_BUCKETS);
    if (bucket !== null) add(bucket);
  },
  kosten: (row, add) => {
    const bucket = bucketOf(row.costTotal, COST_BUCKETS);
    if (bucket !== null) add(bucket);
  },
};

/** A document's values per facet, as URL values (slugs, years, range slugs). */
export function facetValuesOf(row: FacetIndexRow): Record<Facet, string[]> {
  return Object.fromEntries(
    FACETS.map((facet) => {
      const values: string[] = [];
      VALUES[facet](row, (value) => values.push(value));
      return [facet, values];
    }),
  ) as Record<Facet, string[]>;
}

/** Per facet: the distinct values, and per document the numbers of its values (compressed rows). */
interface FacetColumn {
  values: string[];
  numberOf: Map<string, number>;
  /** document d's values are data[start[d] … start[d + 1]) */
  start: Uint32Array;
  data: Uint32Array;
}

const TEXT_BIT = 1 << FACETS.length;
const FACET_BIT = Object.fromEntries(FACETS.map((facet, position) => [facet, 1 << position])) as Record<Facet, number>;

export class FacetIndex {
  readonly size: number;
  private readonly profileIds: string[];
  private readonly documentOf: Map<string, number>;
  private readonly columns: Record<Facet, FacetColumn>;
  private readonly orders: Record<StoredOrder, Uint32Array>;
  /** a document's place in name order: ties of the relevance sort */
  private readonly namePosition: Uint32Array;

  constructor(rows: readonly FacetIndexRow[]) {
    this.size = rows.length;
    this.profileIds = rows.map((row) => row.profileId);
    this.documentOf = new Map(this.profileIds.map((id, document) => [id, document]));
    this.columns = Object.fromEntries(FACETS.map((facet) => [facet, column(rows, VALUES[facet])])) as Record<Facet, FacetColumn>;
    // The positions are 1 … n (row_number): each document goes straight to its place.
    const order = (position: (row: FacetIndexRow) => number) => {
      const documents = new Uint32Array(this.size);
      rows.forEach((row, document) => (documents[position(row) - 1] = document));
      return documents;
    };
    this.orders = { name: order((row) => row.byName), neueste: order((row) => row.byNewest), kosten: order((row) => row.byCost) };
    this.namePosition = new Uint32Array(this.size);
    this.orders.name.forEach((document, position) => (this.namePosition[document] = position));
  }

  profileIdOf(document: number): string {
    return this.profileIds[document]!;
  }

  /**
   * The selection of `selected` (values of one facet are alternatives, facets combined) among the
   * documents `textMatches` holds (profile ids; null = no text condition).
   */
  select(selected: Record<Facet, readonly string[]>, textMatches: Iterable<string> | null): IndexSelection {
    // Per document the facets (and the text) it fails, as bits.
    const failed = new Uint16Array(this.size);
    if (textMatches) {
      failed.fill(TEXT_BIT);
      for (const id of textMatches) {
        const document = this.documentOf.get(id);
        if (document !== undefined) failed[document] = 0;
      }
    }
    for (const facet of FACETS) {
      if (selected[facet].length === 0) continue;
      const wanted = this.wanted(facet, selected[facet]);
      const { start, data } = this.columns[facet];
      const bit = FACET_BIT[facet];
      for (let document = 0; document < this.size; document += 1) {
        if (!hasAny(data, start[document]!, start[document + 1]!, wanted)) failed[document]! |= bit;
      }
    }
    return new IndexSelection(this, failed, selected);
  }

  /** Which value numbers of `facet` the values stand for (unknown values stand for none). */
  wanted(facet: Facet, values: readonly string[]): Uint8Array {
    const { numberOf } = this.columns[facet];
    const wanted = new Uint8Array(numberOf.size);
    for (const value of values) {
      const number = numberOf.get(value);
      if (number !== undefined) wanted[number] = 1;
    }
    return wanted;
  }

  column(facet: Facet): FacetColumn {
    return this.columns[facet];
  }

  order(order: StoredOrder): Uint32Array {
    return this.orders[order];
  }

  namePositionOf(document: number): number {
    return this.namePosition[document]!;
  }

  documentOfProfile(profileId: string): number | undefined {
    return this.documentOf.get(profileId);
  }
}

/** A selection over the index: counts, relaxations and pages. */
export class IndexSelection {
  readonly total: number;

  constructor(
    private readonly index: FacetIndex,
    /** per document: the bits of the facets (and the text) it fails */
    private readonly failed: Uint16Array,
    private readonly selected: Record<Facet, readonly string[]>,
  ) {
    let total = 0;
    for (const bits of failed) if (bits === 0) total += 1;
    this.total = total;
  }

  /**
   * Per facet the count of each value among the documents that pass the text and every *other*
   * facet's selection (disjunctive faceting: what adding the value would give). Values without any
   * such document are absent.
   */
  facetCounts(): Record<Facet, Map<string, number>> {
    const failed = this.failed;
    return Object.fromEntries(
      FACETS.map((facet) => {
        const { values, start, data } = this.index.column(facet);
        const tally = new Uint32Array(values.length);
        // Passing everything, a document counts in every facet; failing only this facet, here too.
        const bit = FACET_BIT[facet];
        for (let document = 0; document < failed.length; document += 1) {
          const bits = failed[document]!;
          if (bits !== 0 && bits !== bit) continue;
          for (let at = start[document]!; at < start[document + 1]!; at += 1) tally[data[at]!]! += 1;
        }
        const counts = new Map<string, number>();
        tally.forEach((count, number) => count > 0 && counts.set(values[number]!, count));
        return [facet, counts];
      }),
    ) as Record<Facet, Map<string, number>>;
  }

  /** How many documents the selection would hold with `value` dropped from `facet`'s selection. */
  countWithout(facet: Facet, value: string): number {
    const rest = this.selected[facet].filter((entry) => entry !== value);
    const bit = FACET_BIT[facet];
    if (rest.length === 0) return this.count((bits) => (bits & ~bit) === 0);
    const wanted = this.index.wanted(facet, rest);
    const { start, data } = this.index.column(facet);
    return this.count((bits, document) => (bits & ~bit) === 0 && hasAny(data, start[document]!, start[document + 1]!, wanted));
  }

  /** How many documents pass every facet, whatever the text. */
  countWithoutText(): number {
    return this.count((bits) => (bits & ~TEXT_BIT) === 0);
  }

  /** Profile ids of one page of the selection in a stored order. */
  page(order: StoredOrder, offset: number, limit: number): string[] {
    const ids: string[] = [];
    let skipped = 0;
    for (const document of this.index.order(order)) {
      if (this.failed[document] !== 0) continue;
      if (skipped < offset) skipped += 1;
      else if (ids.push(this.index.profileIdOf(document)) === limit) break;
    }
    return ids;
  }

  /** Profile ids of one page by relevance: `rank` per profile id (the text's matches), ties in name order. */
  pageByRank(rank: ReadonlyMap<string, number>, offset: number, limit: number): string[] {
    const documents: number[] = [];
    const rankOf = new Float64Array(this.index.size);
    for (const [id, value] of rank) {
      const document = this.index.documentOfProfile(id);
      if (document === undefined || this.failed[document] !== 0) continue;
      documents.push(document);
      rankOf[document] = value;
    }
    documents.sort((a, b) => rankOf[b]! - rankOf[a]! || this.index.namePositionOf(a) - this.index.namePositionOf(b));
    return documents.slice(offset, offset + limit).map((document) => this.index.profileIdOf(document));
  }

  private count(passes: (bits: number, document: number) => boolean): number {
    let count = 0;
    for (let document = 0; document < this.index.size; document += 1) if (passes(this.failed[document]!, document)) count += 1;
    return count;
  }
}

function column(rows: readonly FacetIndexRow[], valuesOf: (row: FacetIndexRow, add: (value: string) => void) => void): FacetColumn {
  const numberOf = new Map<string, number>();
  const values: string[] = [];
  const start = new Uint32Array(rows.length + 1);
  let data = new Uint32Array(Math.max(16, rows.length * 2));
  let length = 0;
  let documentStart = 0;
  const add = (value: string) => {
    let number = numberOf.get(value);
    if (number === undefined) {
      number = values.push(value) - 1;
      numberOf.set(value, number);
    }
    for (let at = documentStart; at < length; at += 1) if (data[at] === number) return; // each value once per document
    if (length === data.length) {
      const grown = new Uint32Array(data.length * 2);
      grown.set(data);
      data = grown;
    }
    data[length++] = number;
  };
  rows.forEach((row, document) => {
    documentStart = length;
    valuesOf(row, add);
    start[document + 1] = length;
  });
  return { values, numberOf, start, data: data.slice(0, length) };
}

function hasAny(data: Uint32Array, from: number, to: number, wanted: Uint8Array): boolean {
  for (let at = from; at < to; at += 1) if (wanted[data[at]!]) return true;
  return false;
}
