import "server-only";
import type { SearchParams } from "@/lib/search/search-params";
import { DATA_LICENCE } from "@/lib/public/data-licence";
import { apiGet, CORS_HEADERS, problemResponse } from "./http";
import { parseSteckbriefQuery } from "./query";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

/**
 * A download route: the search's filters (no pages), the file streamed, its licence in a Link header.
 * The file is named after the day, so that saved downloads of different days do not overwrite each other.
 */
export function downloadResponse(format: keyof typeof CONTENT_TYPES, stream: (params: SearchParams) => ReadableStream<Uint8Array>) {
  return apiGet(async (request) => {
    const query = parseSteckbriefQuery(new URL(request.url).searchParams, { paged: false });
    if (!query.ok) return problemResponse("invalid-parameters", { invalidParams: query.invalid });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream(query.value.params), {
      headers: {
        ...CORS_HEADERS,
        "content-type": CONTENT_TYPES[format],
        "content-disposition": `attachment; filename="steckbriefe-${day}.${format}"`,
        "cache-control": "public, max-age=300",
        link: `<${DATA_LICENCE.url}>; rel="license"`,
      },
    });
  });
}
