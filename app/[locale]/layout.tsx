import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicBaseUrl } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { firaSans, firaSansItalic } from "../fonts";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { NotFoundPage } from "@/components/layout/not-found-page";
import "../globals.css";

/**
 * No page is rendered at build time (the build needs no database): every public page is rendered on
 * its first visit and then served from the cache until a change invalidates it (lib/cache).
 */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale: segment } = await params;
  const locale = hasLocale(routing.locales, segment) ? segment : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    title: { default: t("siteName"), template: t("titleTemplate", { title: "%s" }) },
    description: t("siteDescription"),
    applicationName: t("siteName"),
    metadataBase: new URL(publicBaseUrl()),
    // Pages with their own `alternates` repeat this (lib/public/page-metadata.ts): Next does not merge it.
    alternates: { types: { "application/atom+xml": [{ url: "/feed.xml", title: t("feedTitle") }] } },
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale: segment } = await params;
  // An address whose first part is no language of the portal ("/xy/…", "/api/…" without a route):
  // the 404 page in the default language, rendered here and not with notFound(), which would leave
  // the document empty without JavaScript (components/layout/not-found-page.tsx).
  const known = hasLocale(routing.locales, segment);
  const locale = known ? segment : routing.defaultLocale;
  setRequestLocale(locale);
  const t = await getTranslations("Layout");

  return (
    <html lang={locale} className={`${firaSans.variable} ${firaSansItalic.variable}`}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#inhalt"
          className="sr-only z-50 bg-brand-700 px-4 py-3 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t("skipToContent")}
        </a>
        {/* No client message provider here: the public pages need none (lib/i18n/client-namespaces.ts). */}
        <SiteHeader />
        <main id="inhalt" tabIndex={-1} className="flex-1 focus:outline-none">
          {known ? children : <NotFoundPage />}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
