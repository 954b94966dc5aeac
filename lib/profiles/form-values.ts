import type { Prisma } from "@/generated/prisma/client";
import type { ContactFormValues, ProfileContent, ProfileFormValues } from "./schema";

/** The relations a version needs to fill the edit form. */
export const versionFormInclude = {
  topics: { select: { topicId: true } },
  formats: { select: { formatId: true } },
  contacts: { orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ProfileVersionInclude;

export type VersionForForm = Prisma.ProfileVersionGetPayload<{ include: typeof versionFormInclude }>;

const decimalText = (value: { toString(): string } | null) =>
  value === null ? "" : Number(value.toString()).toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** A stored version as the form shows it. */
export function versionToFormValues(version: VersionForForm): ProfileFormValues {
  return {
    title: version.title,
    teaser: version.teaser,
    occasion: version.occasion,
    goals: version.goals,
    concept: version.concept,
    formatIds: version.formats.map((entry) => entry.formatId),
    eventDates: version.eventDates.map((date) => date.toISOString().slice(0, 10)),
    eventCount: version.eventCount?.toString() ?? "",
    moderationType: version.moderationType ?? "",
    moderationOrganisation: version.moderationOrganisation,
    moderationDescription: version.moderationDescription,
    topicIds: version.topics.map((entry) => entry.topicId),
    participantGroups: [...version.participantGroups],
    participantCount: version.participantCount?.toString() ?? "",
    refugeeParticipation: version.refugeeParticipation,
    languages: version.languages.join(", "),
    processRating: version.processRating?.toString() ?? "",
    resultsRating: version.resultsRating?.toString() ?? "",
    ratingComment: version.ratingComment,
    keyResults: [0, 1, 2].map((index) => version.keyResults[index] ?? ""),
    measures: version.measures,
    nextSteps: version.nextSteps,
    costTotal: decimalText(version.costTotal),
    costFunding: decimalText(version.costFunding),
    costOwnShare: decimalText(version.costOwnShare),
    costSpentOn: version.costSpentOn,
    recommendations: version.recommendations,
    contacts: version.contacts.map((contact): ContactFormValues => ({
      function: contact.function,
      office: contact.office,
      email: contact.email ?? "",
      phone: contact.phone ?? "",
      personName: contact.personName ?? "",
      nameConsentAt: contact.nameConsentAt?.toISOString() ?? "",
    })),
    quoteText: version.quoteText ?? "",
    quoteAuthor: version.quoteAuthor ?? "",
    quoteRole: version.quoteRole ?? "",
  };
}

export function emptyFormValues(title = ""): ProfileFormValues {
  return {
    title,
    teaser: "",
    occasion: "",
    goals: "",
    concept: "",
    formatIds: [],
    eventDates: [],
    eventCount: "",
    moderationType: "",
    moderationOrganisation: "",
    moderationDescription: "",
    topicIds: [],
    participantGroups: [],
    participantCount: "",
    refugeeParticipation: "",
    languages: "",
    processRating: "",
    resultsRating: "",
    ratingComment: "",
    keyResults: ["", "", ""],
    measures: "",
    nextSteps: "",
    costTotal: "",
    costFunding: "",
    costOwnShare: "",
    costSpentOn: "",
    recommendations: "",
    contacts: [{ function: "", office: "", email: "", phone: "", personName: "", nameConsentAt: "" }],
    quoteText: "",
    quoteAuthor: "",
    quoteRole: "",
  };
}

/** Column values of a version for validated content (relations are written separately). */
export function contentToVersionData(content: ProfileContent) {
  const { formatIds: _formats, topicIds: _topics, contacts: _contacts, eventDates, ...scalar } = content;
  return {
    ...scalar,
    eventDates: eventDates.map((date) => new Date(`${date}T00:00:00Z`)),
    quoteText: content.quoteText || null,
    quoteAuthor: content.quoteAuthor || null,
    quoteRole: content.quoteRole || null,
  };
}

export function contentContacts(content: ProfileContent) {
  return content.contacts
    .filter((contact) => contact.function || contact.email || contact.phone || contact.office || contact.personName)
    .map((contact, index) => ({
      sortOrder: index,
      function: contact.function,
      office: contact.office,
      email: contact.email || null,
      phone: contact.phone || null,
      personName: contact.personName || null,
      nameConsentAt: contact.personName && contact.nameConsentAt ? new Date(contact.nameConsentAt) : null,
    }));
}

/** Names of the form fields whose values differ (for the conflict view). */
export function changedFields(a: ProfileFormValues, b: ProfileFormValues): (keyof ProfileFormValues)[] {
  return (Object.keys(a) as (keyof ProfileFormValues)[]).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}
