// @ts-check
/**
 * The Content-Security-Policy of the portal's pages (issue 14, finding 5). Plain JavaScript: Next's cache
 * handler (cache-handler.mjs, loaded without bundling) needs it as well as the proxy.
 *
 * Scripts run only from the portal's own origin, plus the inline scripts Next writes into every page (the
 * React Server Components payload, `self.__next_f.push(…)`). Those are allowed one by one, never with
 * 'unsafe-inline':
 * - pages rendered per request (editorial, sign-in, map, …) by a nonce that the proxy makes for the request
 *   and Next puts on every script it writes;
 * - statically generated / ISR pages (the public ones, served from our cache) by the SHA-256 hashes of their
 *   inline scripts, computed by the cache handler when the page is stored and kept with it: the policy
 *   travels with the HTML it was computed for, so a page stays cacheable (by us and by a CDN).
 * Why not nonces everywhere: a nonce needs a render per request, and the public pages are served from the
 * cache (docs/SECURITY.md has the figures).
 *
 * Styles may be inline ('unsafe-inline' for style-src only): React writes `style` attributes and Leaflet
 * sets styles on its elements; a style cannot run code. Images may come from the configured map tile
 * server (MAP_TILE_URL, lib/env.ts).
 */

const DEFAULT_MAP_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/**
 * The source expression of the map's tile server: its origin, with a `{s}` subdomain placeholder as a
 * wildcard (`https://*.tile.example.org`). Same validation as mapTiles() in lib/env.ts.
 * @param {string | undefined} configured
 * @returns {string}
 */
export function tileSource(configured = process.env.MAP_TILE_URL) {
  const url = configured?.trim();
  const template = url && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : DEFAULT_MAP_TILE_URL;
  const origin = /^(https?:\/\/[^/?#]+)/.exec(template)?.[1] ?? "";
  const wildcard = origin.replace(/\{[a-z]+\}\./g, "*.");
  // Anything left that a source expression cannot hold (another placeholder, a port template) gives
  // way to the scheme alone rather than an invalid policy.
  return /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?$/i.test(wildcard) ? wildcard : `${origin.split(":")[0]}:`;
}

/**
 * @param {{ scriptSources: string[], dev?: boolean, tiles?: string }} options
 *   scriptSources: `'nonce-…'` or `'sha256-…'` expressions for the page's inline scripts
 * @returns {string}
 */
export function pagePolicy({ scriptSources, dev = process.env.NODE_ENV === "development", tiles = tileSource() }) {
  return [
    "default-src 'self'",
    // React's development build evaluates code (error stacks); production never does.
    ["script-src 'self'", ...scriptSources, ...(dev ? ["'unsafe-eval'"] : [])].join(" "),
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tiles}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** What answers of route handlers (JSON, CSV, feeds, PDFs, media) may do when opened in a browser: nothing. */
export const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

/** Scripts the browser runs: no type, or a JavaScript type or module (not JSON-LD, not an import map). */
const EXECUTABLE_TYPE = /^(?:|text\/javascript|application\/javascript|module)$/i;

/**
 * The CSP hashes of the inline scripts of a page's HTML. Script elements are raw text in HTML (no
 * entities), and Next escapes `</script` inside them, so the text between the tags is what the browser
 * hashes.
 * @param {string} html
 * @returns {Promise<string[]>}
 */
export async function inlineScriptHashes(html) {
  const { createHash } = await import("node:crypto");
  /** @type {Set<string>} */
  const hashes = new Set();
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    const body = match[2] ?? "";
    if (/\ssrc\s*=/i.test(attributes) || body === "") continue;
    const type = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    if (type && !EXECUTABLE_TYPE.test((type[1] ?? type[2] ?? type[3] ?? "").trim())) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}
