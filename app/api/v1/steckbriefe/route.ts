import { apiGet, jsonResponse, preflight, problemResponse } from "@/lib/api/http";
import { parseSteckbriefQuery } from "@/lib/api/query";
import { toSteckbriefSummary } from "@/lib/api/representations";
import { searchPublicProfiles } from "@/lib/search/search-profiles";

/** Public by design: published Steckbriefe, searched and filtered like /steckbriefe (lib/api). */
export const GET = apiGet(async (request) => {
  const query = parseSteckbriefQuery(new URL(request.url).searchParams);
  if (!query.ok) return problemResponse("invalid-parameters", { invalidParams: query.invalid });
  const { params, pageSize } = query.value;
  const result = await searchPublicProfiles(params, pageSize);
  return jsonResponse(request, {
    items: result.items.map(toSteckbriefSummary),
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
  });
});

export const OPTIONS = preflight;
