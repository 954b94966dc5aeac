import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { localizePath } from "@/lib/i18n/localize-path";
import { routing } from "@/lib/i18n/routing";

/** Open Graph's names of the portal's languages. */
const OG_LOCALES: Record<string, string> = { de: "de_DE", en: "en_GB" };

export interface PublicPageMetadata {
  /** the page's path without the language prefix: its canonical address (absolute via metadataBase) */
  path: string;
  /** the page's own title; the layout's template adds the site name (unless `absoluteTitle`) */
  title: string;
  absoluteTitle?: boolean;
  description?: string;
  /** "article" for a Steckbrief, "website" for the other pages */
  type?: "website" | "article";
  publishedTime?: string | null;
  modifiedTime?: string | null;
  noindex?: boolean;
}

/**
 * The metadata every public page shares: canonical address, Open Graph and the feed's alternate link.
 * Next replaces nested metadata objects rather than merging them (a page's `alternates` drops the
 * layout's), so each page gets all of them from here.
 */
export async function publicPageMetadata(page: PublicPageMetadata): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("Metadata"), getLocale()]);
  const url = localizePath(page.path, locale);
  const description = page.description || t("siteDescription");
  return {
    title: page.absoluteTitle ? { absolute: page.title } : page.title,
    description,
    alternates: {
      canonical: url,
      // hreflang: the same page in every language, German as the default for other languages.
      languages: Object.fromEntries([
        ...routing.locales.map((language) => [language, localizePath(page.path, language)]),
        ["x-default", localizePath(page.path, routing.defaultLocale)],
      ]),
      types: { "application/atom+xml": [{ url: "/feed.xml", title: t("feedTitle") }] },
    },
    openGraph: {
      type: page.type ?? "website",
      locale: OG_LOCALES[locale] ?? locale,
      siteName: t("siteName"),
      url,
      title: page.title,
      description,
      ...(page.type === "article" ? { publishedTime: page.publishedTime ?? undefined, modifiedTime: page.modifiedTime ?? undefined } : {}),
    },
    ...(page.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}
