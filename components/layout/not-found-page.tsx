import type { Metadata } from "next";
import { Suspense } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SiteLink } from "./site-link";
import { PageContainer } from "./page-container";

/** What a visitor reads at an address that leads nowhere. */
export async function NotFoundContent() {
  const t = await getTranslations("NotFound");
  return (
    <PageContainer className="py-16">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-2xl">{t("text")}</p>
      <ul className="mt-8 flex flex-col gap-3">
        <li>
          <SiteLink href="/" className="font-semibold">
            {t("back")}
          </SiteLink>
        </li>
        <li>
          <SiteLink href="/steckbriefe">{t("search")}</SiteLink>
        </li>
        <li>
          <SiteLink href="/barrierefreiheit#rueckmeldung">{t("report")}</SiteLink>
        </li>
      </ul>
    </PageContainer>
  );
}

function AnswerNotFound(): never {
  notFound();
}

/**
 * The 404 page as a page of its own, for pages and layouts that find nothing to show.
 *
 * Why not simply `notFound()`: Next renders the not-found boundary of a *matched* route only in the
 * browser. When `notFound()` is thrown while the page is rendered, the server's HTML is Next's empty
 * error shell (`<html id="__next_error__">`, empty body) and the text exists only in the flight data —
 * blank without JavaScript (vercel/next.js#62228; an unmatched address, resolved to `/_not-found`, is
 * not affected, but every address here matches `[locale]/[...rest]`).
 *
 * So the page renders the 404 text itself, and throws `notFound()` only inside a Suspense boundary
 * after it: the document around it stays whole (server-rendered, in the site layout), while Next still
 * sees the error, answers with status 404 (also for the cached copy) and adds `noindex`. In the
 * browser the boundary is rendered again, throws again and the layout's not-found boundary
 * (app/[locale]/not-found.tsx) shows the same text.
 */
export function NotFoundPage() {
  return (
    <>
      <NotFoundContent />
      <Suspense fallback={null}>
        <AnswerNotFound />
      </Suspense>
    </>
  );
}

/**
 * The title of the 404 page, for the metadata of pages that render it; never indexed. With the page's
 * language: without it next-intl would read the request headers, and a cached page would turn dynamic.
 */
export async function notFoundMetadata(locale: string): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("metaTitle"), robots: { index: false } };
}
