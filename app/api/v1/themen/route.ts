import { apiGet, jsonResponse, preflight, problemResponse } from "@/lib/api/http";
import { parseNoQuery } from "@/lib/api/query";
import { listOpenTopics } from "@/lib/public/open-data";

/** Public by design: the topics with the number of published Steckbriefe. */
export const GET = apiGet(async (request) => {
  const query = parseNoQuery(new URL(request.url).searchParams);
  if (!query.ok) return problemResponse("invalid-parameters", { invalidParams: query.invalid });
  return jsonResponse(request, { items: await listOpenTopics() });
});

export const OPTIONS = preflight;
