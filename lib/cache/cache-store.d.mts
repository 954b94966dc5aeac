/** Types of cache-store.mjs (plain JavaScript, loaded by Next's cache handler without bundling). */
export interface CacheEntry {
  value: unknown;
  lastModified: number;
  validFrom?: number;
  tags: string[];
  cacheControl?: unknown;
}
export interface CacheStore {
  get(key: string): Promise<CacheEntry | null>;
  set(key: string, entry: CacheEntry): Promise<void>;
  expireTags(tags: string[], at?: number): Promise<void>;
  expiredSince(tags: string[], since: number): Promise<boolean>;
  getValue(key: string): Promise<unknown>;
  setValue(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  /** Counts one event in the window of `windowSeconds` that holds now; returns the count so far (rate limits). */
  increment(key: string, windowSeconds: number): Promise<number>;
}
export function getCacheStore(): CacheStore;
export const PAGE_KEY_PREFIX: string;
