import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ProfileFormValues } from "@/lib/profiles/schema";
import { comparedFields } from "@/lib/review/display-values";
import { getCatalogNames } from "@/lib/review/review-queries";
import { PROFILE_SECTIONS } from "@/lib/review/sections";

/** Props of <VersionComparison> for a version against the published one, with German labels. */
export async function comparisonProps(after: ProfileFormValues, before: ProfileFormValues | null) {
  const [tEditor, tFields, tProfile, tReview, format, names] = await Promise.all([
    getTranslations("Editor.sections"),
    getTranslations("Editor.fields"),
    getTranslations("Profile"),
    getTranslations("Review"),
    getFormatter(),
    getCatalogNames(),
  ]);
  const fields = comparedFields(after, before, {
    ...names,
    participantGroup: (value) => tProfile(`participantGroups.${value}` as never),
    moderationType: (value) => tProfile(`moderationTypes.${value}` as never),
    rating: (value) => tFields(`ratingScale.${value}` as never),
    date: (iso) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }),
  });
  const labels: Record<string, string> = {};
  for (const section of PROFILE_SECTIONS) {
    for (const field of section.fields) {
      labels[field] = field === "contacts" ? tEditor("contacts") : tFields(`${field}.label` as never);
    }
  }
  return {
    fields,
    labels,
    sectionTitles: Object.fromEntries(PROFILE_SECTIONS.map((section) => [section.id, tEditor(section.titleKey)])),
    columnLabels: before ? { before: tReview("columnPublished"), after: tReview("columnNew") } : null,
    changedLabel: tReview("changed"),
    unchangedLabel: tReview("unchanged"),
  };
}
