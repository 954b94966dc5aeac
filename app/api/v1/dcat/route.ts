import { dcatDataset } from "@/lib/api/dcat";
import { apiGet, cacheableResponse, preflight, problemResponse } from "@/lib/api/http";
import { parseNoQuery } from "@/lib/api/query";
import { publicBaseUrl } from "@/lib/env";
import { lastPublicChange } from "@/lib/public/open-data";

/** Public by design: the DCAT-AP.de description of the data set (JSON-LD) for GovData / daten.bw. */
export const GET = apiGet(async (request) => {
  const query = parseNoQuery(new URL(request.url).searchParams);
  if (!query.ok) return problemResponse("invalid-parameters", { invalidParams: query.invalid });
  const body = JSON.stringify(dcatDataset(publicBaseUrl(), await lastPublicChange()));
  return cacheableResponse(request, body, "application/ld+json; charset=utf-8");
});

export const OPTIONS = preflight;
