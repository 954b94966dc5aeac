import type { MetadataRoute } from "next";
import { publicBaseUrl } from "@/lib/env";
import { localizePath } from "@/lib/i18n/localize-path";
import { routing } from "@/lib/i18n/routing";

/** Areas of the portal that are no public record: the editorial area, sign-in, and the listing's internal route. */
const PRIVATE_PATHS = [
  "/redaktion",
  "/anmelden",
  "/einladung/",
  "/passwort-vergessen",
  "/passwort-zuruecksetzen/",
  // reached only through /steckbriefe?… (proxy.ts); answers 404 when asked for directly
  "/steckbriefe/liste/",
];

/** Rendered on request, not at build time: its absolute addresses use the running server's PUBLIC_BASE_URL. */
export const dynamic = "force-dynamic";

/**
 * robots.txt: everything public may be crawled, nothing under /redaktion. Of the API only what is
 * published data for reuse — the open data API (/api/v1) and the media of published Steckbriefe; the
 * rest (sign-in, autosave, the map's data, the PDF's internal address) is not for search engines.
 */
export default function robots(): MetadataRoute.Robots {
  const base = publicBaseUrl();
  return {
    rules: {
      userAgent: "*",
      allow: ["/", "/api/v1/", "/api/medien/"],
      disallow: ["/api/", ...routing.locales.flatMap((locale) => PRIVATE_PATHS.map((path) => localizePath(path, locale)))],
    },
    sitemap: new URL("/sitemap.xml", base).href,
  };
}
