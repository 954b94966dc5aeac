import type { ProfileFormValues } from "@/lib/profiles/schema";

/**
 * The sections of a Steckbrief as the edit form, the review page and the history show them:
 * the id is the anchor in the form (and the key of section comments), the fields are the
 * form values compared in the review. Labels come from the "Editor" message catalogue.
 */
export const PROFILE_SECTIONS = [
  { id: "titel", titleKey: "title", fields: ["title", "teaser"] },
  { id: "anlass", titleKey: "occasion", fields: ["occasion"] },
  { id: "konzept", titleKey: "concept", fields: ["goals", "formatIds", "concept", "eventDates", "eventCount"] },
  { id: "moderation", titleKey: "moderation", fields: ["moderationType", "moderationOrganisation", "moderationDescription"] },
  { id: "themen", titleKey: "topics", fields: ["topicIds"] },
  { id: "akteure", titleKey: "participants", fields: ["participantGroups", "participantCount", "refugeeParticipation", "languages"] },
  { id: "bewertung", titleKey: "rating", fields: ["processRating", "resultsRating", "ratingComment"] },
  { id: "ergebnisse", titleKey: "results", fields: ["keyResults", "measures", "nextSteps"] },
  { id: "kosten", titleKey: "costs", fields: ["costTotal", "costFunding", "costOwnShare", "costSpentOn"] },
  { id: "empfehlungen", titleKey: "recommendations", fields: ["recommendations"] },
  { id: "ansprechpartner", titleKey: "contacts", fields: ["contacts"] },
  { id: "zitat", titleKey: "quote", fields: ["quoteText", "quoteAuthor", "quoteRole"] },
] as const satisfies readonly { id: string; titleKey: string; fields: readonly (keyof ProfileFormValues)[] }[];

export type ProfileSectionId = (typeof PROFILE_SECTIONS)[number]["id"];

export const PROFILE_SECTION_IDS: readonly string[] = PROFILE_SECTIONS.map((section) => section.id);
