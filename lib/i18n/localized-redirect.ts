import "server-only";
import { redirect } from "next/navigation";
import { localizePath } from "./localize-path";
import { requestLocaleOrDefault } from "./server-translator";

/**
 * `redirect()` to a portal path in the current language: "/redaktion/…" stays German for German
 * pages and becomes "/en/redaktion/…" for a page or action used in English. Paths are written without
 * the prefix everywhere (like links, components/layout/site-link.tsx); this adds it.
 */
export async function localizedRedirect(path: string): Promise<never> {
  redirect(localizePath(path, await requestLocaleOrDefault()));
}
