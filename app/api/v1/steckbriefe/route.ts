import { apiGet, jsonResponse, preflight, problemResponse } from "@/lib/api/http";
import { parseSteckbriefQuery } from "@/lib/api/query";
import { apiSteckbriefList } from "@/lib/api/steckbrief-list";

/** Public by design: published Steckbriefe, searched and filtered like /steckbriefe (lib/api). */
export const GET = apiGet(async (request) => {
  const query = parseSteckbriefQuery(new URL(request.url).searchParams);
  if (!query.ok) return problemResponse("invalid-parameters", { invalidParams: query.invalid });
  return jsonResponse(request, await apiSteckbriefList(query.value.params, query.value.pageSize));
});

export const OPTIONS = preflight;
