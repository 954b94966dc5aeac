import { getTranslations } from "next-intl/server";
import { Button, inputClass } from "@/components/forms/field";
import { SiteLink } from "@/components/layout/site-link";
import { compareHref, type CompareCandidate } from "@/lib/public/compare";

/**
 * Adds a profile to the comparison: a GET form (works without JavaScript) that looks for published
 * profiles by municipality or title and lists them, each with a link to the comparison with it.
 */
export async function ComparePicker({
  action,
  current,
  query,
  candidates,
}: {
  /** the comparison page's path in the visitor's language */
  action: string;
  current: string[];
  query: string;
  candidates: CompareCandidate[];
}) {
  const t = await getTranslations("Compare");
  return (
    <section aria-labelledby="hinzufuegen-titel" className="mt-8 max-w-3xl rounded-lg border border-line bg-surface p-5">
      <h2 id="hinzufuegen-titel" className="text-xl">
        {t("addTitle")}
      </h2>
      <form action={action} method="get" role="search" className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-end">
        {current.length > 0 && <input type="hidden" name="ids" value={current.join(",")} />}
        <div className="flex flex-1 flex-col gap-1.5">
          <label htmlFor="vergleich-suche" className="font-semibold">
            {t("searchLabel")}
          </label>
          <input id="vergleich-suche" name="q" type="search" defaultValue={query} maxLength={100} className={inputClass} />
        </div>
        <Button type="submit">{t("searchSubmit")}</Button>
      </form>
      {query.trim().length >= 2 &&
        (candidates.length === 0 ? (
          <p className="mt-4" role="status">
            {t("noCandidates", { query: query.trim() })}
          </p>
        ) : (
          <ul className="mt-4 flex flex-col gap-2" aria-label={t("candidatesLabel")}>
            {candidates.map((candidate) => (
              <li key={candidate.slug}>
                <SiteLink href={compareHref([...current, candidate.slug])} className="font-semibold">
                  {t("add", { name: candidate.municipalityName, title: candidate.title })}
                </SiteLink>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
