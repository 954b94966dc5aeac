import { routing } from "./routing";

/**
 * The address of a portal path in a language, after the prefix rule of routing.ts
 * (`localePrefix: "as-needed"`, no localized pathnames): the default language at the root, every
 * other one under its prefix — "/impressum" → "/en/impressum", "/#staedte" → "/en#staedte".
 *
 * Server components of the public pages link with this (components/layout/site-link.tsx) rather than
 * with `getPathname` of navigation.ts: importing that module makes next-intl's client `Link`, and the
 * runtime and message provider it needs, part of every page.
 */
export function localizePath(href: string, locale: string): string {
  if (!href.startsWith("/")) throw new Error(`Expected a path of the portal, got "${href}"`);
  if (locale === routing.defaultLocale) return href;
  const hash = href.indexOf("#");
  const path = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? "" : href.slice(hash);
  return `${path === "/" ? `/${locale}` : `/${locale}${path}`}${fragment}`;
}
