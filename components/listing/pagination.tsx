import { getTranslations } from "next-intl/server";
import { SiteLink } from "@/components/layout/site-link";
import { listingPageHref, paginationItems, stateHref, type ListingState } from "@/lib/public/listing-params";

const ITEM = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 font-semibold";

/**
 * Pages of the listing as plain links (works without JavaScript): previous, first, the current
 * page and its neighbours, last, next; gaps as an ellipsis. The current page is marked with
 * aria-current.
 */
export async function Pagination({
  state,
  pageCount,
  path,
}: {
  state: ListingState;
  pageCount: number;
  /** another page that takes the listing's parameters (default: the listing) */
  path?: string;
}) {
  if (pageCount <= 1) return null;
  const pageHref = (page: number) => (path ? stateHref(path, { ...state, seite: page }) : listingPageHref(state, page));
  const t = await getTranslations("Listing");
  const current = state.seite;
  return (
    <nav aria-label={t("pagination")} className="mt-10">
      <ul className="flex flex-wrap items-center gap-2">
        {current > 1 && (
          <li>
            <SiteLink
              href={pageHref(current - 1)}

              rel="prev"
              className={`${ITEM} border-brand-700 no-underline`}
            >
              <span aria-hidden="true">←</span>
              <span className="ml-1">{t("previous")}</span>
            </SiteLink>
          </li>
        )}
        {paginationItems(current, pageCount).map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-muted">
              …
            </li>
          ) : (
            <li key={page}>
              <SiteLink
                href={pageHref(page)}

                aria-label={t("pageLabel", { page })}
                aria-current={page === current ? "page" : undefined}
                className={`${ITEM} no-underline ${page === current ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white hover:border-brand-700"}`}
              >
                {page}
              </SiteLink>
            </li>
          ),
        )}
        {current < pageCount && (
          <li>
            <SiteLink
              href={pageHref(current + 1)}

              rel="next"
              className={`${ITEM} border-brand-700 no-underline`}
            >
              <span className="mr-1">{t("next")}</span>
              <span aria-hidden="true">→</span>
            </SiteLink>
          </li>
        )}
      </ul>
      <p className="mt-3 text-base text-muted">{t("currentPage", { page: current, count: pageCount })}</p>
    </nav>
  );
}
