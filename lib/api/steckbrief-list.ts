import "server-only";
import type { z } from "zod";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import type { SearchParams } from "@/lib/search/search-params";
import { searchProfiles } from "@/lib/search/search-profiles";
import { toSteckbriefSummary } from "./representations";
import type { SteckbriefList } from "./schemas";

/**
 * One page of `GET /api/v1/steckbriefe`, cached as the API answers it: the search's cached result also
 * holds every facet (at 100,000 profiles thousands of values), which the API does not send — reading
 * that from the shared cache on every request cost more than the request itself.
 */
export const apiSteckbriefList = cachedPublicRead(
  async (params: SearchParams, pageSize: number): Promise<z.infer<typeof SteckbriefList>> => {
    const result = await searchProfiles(params, { pageSize });
    return { items: result.items.map(toSteckbriefSummary), total: result.total, page: result.page, pageSize: result.pageSize };
  },
  ["api-steckbriefe"],
  () => [PUBLIC_TAGS.profiles, PUBLIC_TAGS.catalog, PUBLIC_TAGS.municipalities],
);
