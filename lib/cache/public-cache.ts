import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { getCacheStore } from "./cache-store.mjs";

/**
 * Tags of cached public pages and data. A change invalidates exactly the tags of what it changes:
 * a publication or an archive one profile and the lists; an edited municipality, topic or format
 * every page that names it.
 */
export const PUBLIC_TAGS = {
  /** lists of profiles: start page, listing, later search, feeds, sitemap */
  profiles: "public:profiles",
  profile: (slug: string) => `public:profile:${slug}`,
  /** topic and format names */
  catalog: "public:catalog",
  /** municipality data shown with profiles */
  municipalities: "public:municipalities",
} as const;

/**
 * Invalidates public pages and data at once, on every instance: in the shared store (what the cache
 * handler reads) and — inside a request — also in Next's view of this request. Background jobs have
 * no request; for them the store alone decides, which is enough.
 */
export async function invalidatePublic(tags: string[]): Promise<void> {
  await getCacheStore().expireTags(tags);
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch {
      // outside a request (job worker, scripts): nothing more to do
    }
  }
}

/**
 * A public read, cached under `keyParts` with `tags` (Next's data cache, kept by our cache handler).
 * Results pass through JSON, so they hold no Dates (ISO strings instead). Outside a Next request —
 * tests, scripts — there is no cache, and the read runs as it is.
 */
export function cachedPublicRead<Args extends unknown[], Result>(
  read: (...args: Args) => Promise<Result>,
  keyParts: string[],
  tagsOf: (...args: Args) => string[],
): (...args: Args) => Promise<Result> {
  return async (...args) => {
    const cached = unstable_cache(() => read(...args), [...keyParts, ...args.map((arg) => JSON.stringify(arg))], { tags: tagsOf(...args) });
    try {
      return await cached();
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("Invariant: incrementalCache missing")) return read(...args);
      throw error;
    }
  };
}

/** How long the proxy trusts a profile's public status without a change (a change invalidates it at once). */
const STATUS_TTL_SECONDS = 60 * 60;

/**
 * A value the proxy caches in the shared store under a profile's tags (e.g. whether it is archived):
 * read again from `load` when its tags were invalidated since it was stored.
 */
export async function cachedByTags<T>(key: string, tags: string[], load: () => Promise<T>): Promise<T> {
  const store = getCacheStore();
  const cached = (await store.getValue(key)) as { value: T; at: number } | undefined;
  if (cached && !(await store.expiredSince(tags, cached.at))) return cached.value;
  const at = Date.now();
  const value = await load();
  await store.setValue(key, { value, at }, STATUS_TTL_SECONDS);
  return value;
}
