import "server-only";
import { getCacheStore, PAGE_KEY_PREFIX } from "./cache-store.mjs";

/**
 * Whether the cache holds a page Next can serve without rendering it, by the route's path (e.g.
 * "/de/steckbriefe/tuebingen"). An entry whose tags were invalidated since it was rendered does not
 * count: Next would render it again. An entry past its revalidation time does: Next serves it and
 * renders anew in the background.
 */
export async function hasCachedPage(routePath: string): Promise<boolean> {
  const store = getCacheStore();
  const key = await store.getValue(`${PAGE_KEY_PREFIX}${routePath}`);
  if (typeof key !== "string") return false;
  const entry = await store.get(key);
  if (!entry) return false;
  return !(await store.expiredSince(entry.tags, entry.validFrom ?? entry.lastModified));
}
