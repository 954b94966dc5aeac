// @ts-check
/**
 * Next's cache handler for the public pages and cached data (next.config.ts `cacheHandler`): entries and
 * tag invalidations live in lib/cache/cache-store.mjs — in this process's memory, or in Redis when
 * REDIS_URL is set, so that several instances share one cache and see each other's invalidations.
 *
 * An entry is returned only if none of its tags was invalidated after it was stored: a publication or
 * an archive is never shown late (the next request renders the page anew, blocking).
 */
import { getCacheStore, PAGE_KEY_PREFIX } from "./lib/cache/cache-store.mjs";
import { inlineScriptHashes, pagePolicy } from "./lib/security/content-security-policy.mjs";

const TAGS_HEADER = "x-next-cache-tags";
/**
 * A render that read the database just before an invalidation may store its (old) result just after
 * it. So an entry counts as valid only from a while before it was stored: an invalidation in that
 * window makes the next request render again. Longer than a page's render even on a busy machine;
 * the price is that the pages of a changed tag are rendered anew for these seconds after a change.
 */
const RENDER_WINDOW_MS = 5000;

/**
 * Next keeps a page under "/route-cache/APP_PAGE/<route hash>/$<path>". The proxy asks by path whether a
 * page is cached (during a database outage, lib/cache/page-cache.ts), so the path's current key is kept
 * beside it. As long as the cache keeps any entry (the page's own entry may be evicted earlier: then the
 * lookup finds nothing, which is the right answer).
 */
const PAGE_KEY = /^\/route-cache\/APP_PAGE\/[^/]+\/\$(\/.*)$/;
const PAGE_KEY_TTL_SECONDS = 30 * 24 * 3600;

/** The tags of an entry: those Next passes with it, and for pages those in its tags header. */
function tagsOf(value, ctx) {
  const fromHeader = value?.headers?.[TAGS_HEADER];
  return [...(ctx?.tags ?? []), ...(ctx?.softTags ?? []), ...(typeof fromHeader === "string" ? fromHeader.split(",") : [])];
}

/**
 * A statically generated page gets its Content-Security-Policy here, with the hashes of its own inline
 * scripts (lib/security/content-security-policy.mjs): Next sends the headers stored with a page on every
 * answer from the cache — and on the answer of the render that stores it, which passes this very object
 * on (the proxy sets the nonce policy of pages rendered per request instead, never both).
 */
async function withScriptPolicy(data) {
  if (data.kind !== "APP_PAGE" || typeof data.html !== "string" || !data.html) return;
  const policy = pagePolicy({ scriptSources: await inlineScriptHashes(data.html) });
  data.headers = { ...data.headers, "content-security-policy": policy };
}

export default class CacheHandler {
  constructor() {
    this.store = getCacheStore();
  }

  async get(key, ctx) {
    const entry = await this.store.get(key);
    if (!entry) return null;
    const tags = [...entry.tags, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])];
    if (await this.store.expiredSince(tags, entry.validFrom ?? entry.lastModified)) return null;
    return { value: entry.value, lastModified: entry.lastModified, cacheControl: entry.cacheControl };
  }

  async set(key, data, ctx) {
    if (!data) return;
    await withScriptPolicy(data);
    const now = Date.now();
    await this.store.set(key, {
      value: data,
      lastModified: now,
      validFrom: now - RENDER_WINDOW_MS,
      tags: tagsOf(data, ctx),
      cacheControl: ctx?.cacheControl,
    });
    const page = PAGE_KEY.exec(key);
    if (page) await this.store.setValue(`${PAGE_KEY_PREFIX}${page[1]}`, key, PAGE_KEY_TTL_SECONDS);
  }

  async revalidateTag(tags) {
    await this.store.expireTags(typeof tags === "string" ? [tags] : tags);
  }

  resetRequestCache() {}
}
