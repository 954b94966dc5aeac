import "server-only";
import { getFormatter } from "next-intl/server";
import type { ProfileFormValues } from "@/lib/profiles/fields";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { compareVersions } from "@/lib/review/display-values";
import { getCatalogNames } from "@/lib/review/review-queries";

/** Props of <VersionComparison> for a version against the published one, in the request's language. */
export async function comparisonProps(after: ProfileFormValues, before: ProfileFormValues | null) {
  const [t, format, names] = await Promise.all([getServerTranslator(), getFormatter(), getCatalogNames()]);
  const sections = compareVersions(after, before, {
    t,
    names,
    date: (iso) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
  });
  return {
    sections,
    columnLabels: before ? { before: t("Review.columnPublished"), after: t("Review.columnNew") } : null,
    emptyLabel: t("Review.empty"),
    changedLabel: t("Review.changed"),
    unchangedLabel: t("Review.unchanged"),
  };
}
