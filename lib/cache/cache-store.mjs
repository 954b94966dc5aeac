// @ts-check
/**
 * Where the cached public pages and data live, and when their tags were invalidated.
 *
 * Plain JavaScript because Next loads the cache handler (../../cache-handler.mjs) at run time
 * without bundling it; the app's own code (publishing, archiving, the job worker, the proxy) uses
 * the same store through lib/cache/public-cache.ts.
 *
 * - Without REDIS_URL: one store per server process, in memory (kept on globalThis, so that the
 *   handler and the app bundle — separate module instances — share it), bounded by size.
 * - With REDIS_URL: Redis, shared by every instance behind a load balancer; an invalidation on one
 *   instance is seen by all at once.
 *
 * Besides: short-lived values (the proxy's profile status) and counters per time window (rate limits).
 *
 * An entry remembers its tags and when it was stored; a tag remembers when it was invalidated. An
 * entry whose tag was invalidated after it was stored is gone (the next request renders anew).
 */
import { createClient } from "@redis/client";

/** Keys in Redis: one prefix per portal (CACHE_PREFIX lets several portals or test runs share a Redis). */
const PREFIX = process.env.CACHE_PREFIX ?? "steckbriefe";
const KEY_PREFIX = `${PREFIX}:cache:`;
const TAG_PREFIX = `${PREFIX}:tag:`;
/** Memory store: at most this many bytes of entries (oldest used first out). */
const MEMORY_LIMIT_BYTES = Number(process.env.CACHE_MEMORY_LIMIT_MB ?? 256) * 1024 * 1024;

/**
 * @typedef {{ value: unknown, lastModified: number, validFrom?: number, tags: string[], cacheControl?: unknown }} CacheEntry
 * @typedef {{
 *   get(key: string): Promise<CacheEntry | null>,
 *   set(key: string, entry: CacheEntry): Promise<void>,
 *   expireTags(tags: string[], at?: number): Promise<void>,
 *   expiredSince(tags: string[], since: number): Promise<boolean>,
 *   getValue(key: string): Promise<unknown>,
 *   setValue(key: string, value: unknown, ttlSeconds: number): Promise<void>,
 *   increment(key: string, windowSeconds: number): Promise<number>,
 * }} CacheStore
 */

/** JSON with Buffers and Maps (Next's page entries hold both). */
function serialize(value) {
  return JSON.stringify(value, function replacer(key, current) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { __type: "Buffer", data: original.toString("base64") };
    if (original instanceof Map) return { __type: "Map", entries: [...original.entries()] };
    return current;
  });
}

function deserialize(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && value.__type === "Buffer") return Buffer.from(value.data, "base64");
    if (value && value.__type === "Map") return new Map(value.entries);
    return value;
  });
}

/** @returns {CacheStore} */
function memoryStore() {
  /** @type {Map<string, { text: string, entry: CacheEntry }>} */
  const entries = new Map();
  /** @type {Map<string, number>} */
  const tags = new Map();
  /** @type {Map<string, { value: unknown, until: number }>} */
  const values = new Map();
  /** @type {Map<string, { count: number, until: number }>} */
  const counters = new Map();
  let bytes = 0;
  return {
    async get(key) {
      const found = entries.get(key);
      if (!found) return null;
      entries.delete(key); // most recently used last
      entries.set(key, found);
      return found.entry; // in this process: the stored object itself, no copy (Next does not change it)
    },
    async set(key, entry) {
      const text = serialize(entry);
      const previous = entries.get(key);
      if (previous) bytes -= previous.text.length;
      entries.delete(key);
      entries.set(key, { text, entry });
      bytes += text.length;
      for (const [oldest, item] of entries) {
        if (bytes <= MEMORY_LIMIT_BYTES) break;
        entries.delete(oldest);
        bytes -= item.text.length;
      }
    },
    async expireTags(list, at = Date.now()) {
      for (const tag of list) tags.set(tag, at);
    },
    async expiredSince(list, since) {
      return list.some((tag) => (tags.get(tag) ?? 0) >= since);
    },
    async getValue(key) {
      const found = values.get(key);
      if (!found || found.until < Date.now()) return undefined;
      return found.value;
    },
    async setValue(key, value, ttlSeconds) {
      values.set(key, { value, until: Date.now() + ttlSeconds * 1000 });
      if (values.size > 100_000) values.delete(values.keys().next().value);
    },
    async increment(key, windowSeconds) {
      const now = Date.now();
      const found = counters.get(key);
      const counter = found && found.until > now ? found : { count: 0, until: now + windowSeconds * 1000 };
      counter.count += 1;
      counters.set(key, counter);
      if (counters.size > 100_000) for (const [old, entry] of counters) if (entry.until <= now) counters.delete(old);
      return counter.count;
    },
  };
}

/** @returns {CacheStore} */
function redisStore(url) {
  const client = createClient({ url });
  // A log line like lib/operations/log.ts writes (this module is loaded outside the app's bundle).
  client.on("error", (error) =>
    console.error(
      JSON.stringify({ time: new Date().toISOString(), level: "error", event: "cache redis error", error: { message: error.message } }),
    ),
  );
  const ready = client.connect();
  return {
    async get(key) {
      await ready;
      const text = await client.get(KEY_PREFIX + key);
      return text ? deserialize(text) : null;
    },
    async set(key, entry) {
      await ready;
      await client.set(KEY_PREFIX + key, serialize(entry), { EX: 60 * 60 * 24 * 30 });
    },
    async expireTags(list, at = Date.now()) {
      if (list.length === 0) return;
      await ready;
      await client.mSet(Object.fromEntries(list.map((tag) => [TAG_PREFIX + tag, String(at)])));
    },
    async expiredSince(list, since) {
      if (list.length === 0) return false;
      await ready;
      const stamps = await client.mGet(list.map((tag) => TAG_PREFIX + tag));
      return stamps.some((stamp) => stamp !== null && Number(stamp) >= since);
    },
    async getValue(key) {
      await ready;
      const text = await client.get(KEY_PREFIX + "value:" + key);
      return text === null ? undefined : JSON.parse(text);
    },
    async setValue(key, value, ttlSeconds) {
      await ready;
      await client.set(KEY_PREFIX + "value:" + key, JSON.stringify(value), { EX: ttlSeconds });
    },
    async increment(key, windowSeconds) {
      await ready;
      // One counter per window for all instances: the first increment starts its expiry.
      const [count] = await client
        .multi()
        .incr(KEY_PREFIX + "count:" + key)
        .expire(KEY_PREFIX + "count:" + key, windowSeconds, "NX")
        .exec();
      return Number(count);
    },
  };
}

/** Values under this prefix name the cache key of a page's current entry, by the page's path (cache-handler.mjs). */
export const PAGE_KEY_PREFIX = "page-key:";

/**
 * The store of this process (one per process; chosen by REDIS_URL at first use).
 * @returns {CacheStore}
 */
export function getCacheStore() {
  const holder = /** @type {{ __steckbriefeCacheStore?: CacheStore }} */ (globalThis);
  holder.__steckbriefeCacheStore ??= process.env.REDIS_URL ? redisStore(process.env.REDIS_URL) : memoryStore();
  return holder.__steckbriefeCacheStore;
}
