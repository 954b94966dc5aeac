import type { AnchorHTMLAttributes } from "react";
import { getLocale } from "next-intl/server";
import { localizePath } from "@/lib/i18n/localize-path";

type SiteLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** a path of the portal without the language prefix, optionally with a fragment: "/impressum", "/#staedte" */
  href: string;
};

/**
 * A link to a page of the portal on the public pages: a plain <a> with the visitor's language prefix,
 * rendered on the server. Unlike `Link` (lib/i18n/navigation) it ships no client component — no
 * next/link, no next-intl runtime (whose `Link` needs a message provider in the browser), no
 * prefetching of every card in view: a public page is a document, and following a link loads the next
 * one (from the cache, lib/cache).
 */
export async function SiteLink({ href, ...rest }: SiteLinkProps) {
  const localized = await localizedHref(href);
  return <a href={localized} {...rest} />;
}

/** The address of a portal path in the current language ("/impressum" → "/en/impressum" in English). */
export async function localizedHref(href: string): Promise<string> {
  return localizePath(href, await getLocale());
}
