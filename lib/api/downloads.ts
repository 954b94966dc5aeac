import "server-only";
import { CSV_BOM, csvRows } from "@/lib/format/csv";
import { FIELD_KEYS } from "@/lib/profiles/fields";
import { DATA_LICENCE } from "@/lib/public/data-licence";
import { exportPublicProfiles } from "@/lib/public/export";
import type { PublicProfile } from "@/lib/public/queries";
import { bezirkSlugOf, kindSlugOf, type SearchParams } from "@/lib/search/search-params";
import { dataDictionary, META_COLUMNS, type MetaColumn } from "./dictionary";
import { toCell } from "./fields";
import { toSteckbrief, profileUrl } from "./representations";

/**
 * The downloads of the whole data set or a search's hits: CSV for spreadsheets and JSON, streamed
 * batch by batch (lib/public/export.ts), one row or object per Steckbrief.
 */

/** The value of each column before the Steckbrief's fields (names and labels: ./dictionary.ts). */
const META_VALUES: Record<MetaColumn, (profile: PublicProfile) => string | number | null> = {
  slug: (profile) => profile.slug,
  url: (profile) => profileUrl(profile.slug),
  kommune: (profile) => profile.municipality.name,
  kommuneArt: (profile) => kindSlugOf(profile.municipality.kind),
  regierungsbezirk: (profile) => bezirkSlugOf(profile.municipality.regierungsbezirk),
  landkreis: (profile) => profile.municipality.landkreisName,
  einwohner: (profile) => profile.municipality.population,
  ersteVeroeffentlichung: (profile) => profile.firstPublishedAt,
  fassungVom: (profile) => profile.publishedAt,
  beispielinhalt: (profile) => profile.exampleSections.join(" | "),
};
const META_KEYS = Object.keys(META_COLUMNS) as MetaColumn[];

/** The header row: the data dictionary's column names. */
export const CSV_HEADER = dataDictionary().map((row) => row.name);

function rowsOf(profiles: PublicProfile[]): (string | number | null)[][] {
  return profiles.map((profile) => [
    ...META_KEYS.map((key) => META_VALUES[key](profile)),
    ...FIELD_KEYS.map((key) => toCell(key, profile.content)),
  ]);
}

const encoder = new TextEncoder();

function streamOf(chunks: () => AsyncGenerator<string>): ReadableStream<Uint8Array> {
  let iterator: AsyncGenerator<string> | undefined;
  return new ReadableStream({
    async pull(controller) {
      iterator ??= chunks();
      const { done, value } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator?.return(undefined);
    },
  });
}

export function csvStream(params: SearchParams): ReadableStream<Uint8Array> {
  return streamOf(async function* () {
    yield CSV_BOM + csvRows([CSV_HEADER]);
    for await (const batch of exportPublicProfiles(params)) yield csvRows(rowsOf(batch));
  });
}

/** JSON: `{ "licence": …, "items": [ Steckbrief, … ] }`, each item the API's Steckbrief. */
export function jsonStream(params: SearchParams): ReadableStream<Uint8Array> {
  return streamOf(async function* () {
    yield `{"licence":${JSON.stringify({ name: DATA_LICENCE.name, url: DATA_LICENCE.url, attribution: DATA_LICENCE.attribution })},"items":[`;
    let first = true;
    for await (const batch of exportPublicProfiles(params)) {
      if (batch.length === 0) continue;
      yield (first ? "" : ",") + batch.map((profile) => JSON.stringify(toSteckbrief(profile))).join(",");
      first = false;
    }
    yield "]}";
  });
}
