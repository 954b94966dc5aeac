import { trustedProxyHops } from "@/lib/client-address";
import { publicBaseUrl } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { pagePolicy } from "./content-security-policy.mjs";

/**
 * Security headers that depend on the request: the nonce policy of pages rendered per request, and HSTS
 * (issue 14, finding 5). The headers that never change are in next.config.ts.
 */

const LOCALE = `(?:/(?:${routing.locales.join("|")}))?`;

/**
 * The pages rendered per request (`dynamic = "force-dynamic"` in their page or layout): they get a nonce
 * policy from the proxy. Every other page is statically generated or regenerated (ISR) and served from
 * the cache, and its policy comes with the cached page (hashes of its inline scripts, cache-handler.mjs):
 * the proxy must not add a second one — two policies are both enforced, and the nonce of the one would
 * block the scripts the other allows. Listed this way round because unknown addresses are cached pages
 * too (the 404 page, app/[locale]/[...rest]). Listed by their public address. A per-request page missing
 * here would have no policy; e2e/security-headers checks every kind of page for exactly one policy and
 * no violation.
 */
const PER_REQUEST_PAGES = new RegExp(
  `^${LOCALE}/(?:redaktion|anmelden|einladung|passwort-vergessen|passwort-zuruecksetzen|barrierefreiheit|karte|vergleich)(?:/.*)?$`,
);

export function isStaticPage(pathname: string): boolean {
  return !PER_REQUEST_PAGES.test(pathname);
}

/** A fresh nonce per request (128 random bits). */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function noncePolicy(nonce: string): string {
  return pagePolicy({ scriptSources: [`'nonce-${nonce}'`] });
}

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * Whether the portal is served over https: its configured public address says so, or the trusted proxy
 * in front of it (TRUSTED_PROXY_HOPS) says the request came in over https. Without a trusted proxy
 * `X-Forwarded-Proto` is whatever the client wrote, and an HSTS header on plain http is ignored anyway.
 */
export function servedOverHttps(headers: Headers): boolean {
  if (publicBaseUrl().startsWith("https:")) return true;
  if (trustedProxyHops() === 0) return false;
  // The proxy next to the app writes (or appends) the scheme it was reached by: the last entry.
  const proto = (headers.get("x-forwarded-proto") ?? "").split(",").at(-1)?.trim().toLowerCase();
  return proto === "https";
}
