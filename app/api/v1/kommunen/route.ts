import { apiGet, jsonResponse, preflight, problemResponse } from "@/lib/api/http";
import { parsePagingQuery } from "@/lib/api/query";
import { listOpenMunicipalities } from "@/lib/public/open-data";

/** Public by design: the municipalities with published Steckbriefe. */
export const GET = apiGet(async (request) => {
  const query = parsePagingQuery(new URL(request.url).searchParams);
  if (!query.ok) return problemResponse("invalid-parameters", { invalidParams: query.invalid });
  const { page, pageSize } = query.value;
  const { items, total } = await listOpenMunicipalities(page, pageSize);
  return jsonResponse(request, { items, total, page, pageSize });
});

export const OPTIONS = preflight;
