import type { ProfileFormValues } from "@/lib/profiles/schema";
import { PROFILE_SECTIONS } from "./sections";

export interface DisplayContext {
  topics: Record<string, string>;
  formats: Record<string, string>;
  participantGroup: (value: string) => string;
  moderationType: (value: string) => string;
  rating: (value: string) => string;
  /** formats an ISO date "2016-06-21" for reading */
  date: (iso: string) => string;
}

/** One readable text per form field, so that two versions can be compared word by word. */
export function displayValues(values: ProfileFormValues, context: DisplayContext): Record<keyof ProfileFormValues, string> {
  const list = (items: string[]) => items.filter(Boolean).join(", ");
  return {
    ...values,
    formatIds: list(values.formatIds.map((id) => context.formats[id] ?? id)),
    topicIds: list(values.topicIds.map((id) => context.topics[id] ?? id)),
    participantGroups: list(values.participantGroups.map(context.participantGroup)),
    moderationType: values.moderationType ? context.moderationType(values.moderationType) : "",
    processRating: values.processRating ? context.rating(values.processRating) : "",
    resultsRating: values.resultsRating ? context.rating(values.resultsRating) : "",
    eventDates: list(values.eventDates.map(context.date)),
    keyResults: values.keyResults
      .filter(Boolean)
      .map((result, index) => `${index + 1}. ${result}`)
      .join("\n"),
    contacts: values.contacts
      .map((contact) => [contact.function, contact.office, contact.email, contact.phone, contact.personName].filter(Boolean).join(" · "))
      .filter(Boolean)
      .join("\n"),
  };
}

/** Pairs of texts per field: before = published (empty at a first publication), after = this version. */
export function comparedFields(after: ProfileFormValues, before: ProfileFormValues | null, context: DisplayContext) {
  const afterText = displayValues(after, context);
  const beforeText = before ? displayValues(before, context) : null;
  const fields: Record<string, { before: string; after: string }> = {};
  for (const section of PROFILE_SECTIONS) {
    for (const field of section.fields) fields[field] = { before: beforeText?.[field] ?? "", after: afterText[field] };
  }
  return fields;
}
