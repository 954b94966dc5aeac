import { emptyFormValues } from "@/lib/profiles/form-values";
import type { ProfileFormValues } from "@/lib/profiles/fields";

/**
 * A complete Steckbrief as form values, for tests of everything derived from the field registry.
 * Topic and format ids are placeholders (no database); pass real ones where a test saves it.
 */
export function sampleFormValues(ids: { topicIds?: string[]; formatIds?: string[] } = {}): ProfileFormValues {
  const long = (topic: string) =>
    `${topic}: Die Stadt lud Bürgerinnen und Bürger, Ehrenamtliche und Geflüchtete zu drei Abenden ins Rathaus ein. ` +
    "Gemeinsam wurden Fragen gesammelt, Erfahrungen ausgetauscht und erste Verabredungen getroffen, die danach in Arbeitsgruppen weiterverfolgt wurden.";
  return {
    ...emptyFormValues(),
    title: "Frühstücksbus: Begegnung auf Rädern",
    teaser: "Ein umgebauter Linienbus brachte Frühstück und Gespräche in die Quartiere mit Gemeinschaftsunterkünften.",
    occasion: long("Anlass"),
    goals: "Begegnung ermöglichen und Vorurteile abbauen.",
    formatIds: ids.formatIds ?? ["00000000-0000-4000-8000-00000000f001"],
    concept: long("Ablauf"),
    eventDates: ["2016-05-14", "2016-06-18"],
    eventCount: "2",
    moderationType: "EXTERN",
    moderationOrganisation: "Büro für Bürgerbeteiligung",
    moderationDescription: "Die externe Moderation half, alle zu Wort kommen zu lassen.",
    topicIds: ids.topicIds ?? ["00000000-0000-4000-8000-00000000a001", "00000000-0000-4000-8000-00000000a002"],
    participantGroups: ["BUERGERINNEN", "GEFLUECHTETE"],
    participantCount: "120",
    languages: "Deutsch, Arabisch, Farsi",
    refugeeParticipation: "Mit Dolmetscherinnen für Arabisch und Farsi.",
    processRating: "4",
    resultsRating: "5",
    ratingComment: "Gute Stimmung, viele neue Kontakte.",
    keyResults: ["Sprachcafé gegründet", "Patenschaften vermittelt", "Fahrradwerkstatt eröffnet"],
    measures: "Monatliches Sprachcafé im Jugendhaus.",
    nextSteps: "Zweite Runde im Herbst.",
    costTotal: "2.500,00",
    costFunding: "2.000,00",
    costOwnShare: "500,00",
    costSpentOn: "Moderation, Verpflegung, Dolmetschen.",
    recommendations: long("Empfehlung"),
    contacts: [
      {
        function: "Integrationsbeauftragte",
        office: "Amt für Soziales",
        email: "integration@stadt.example",
        phone: "",
        personName: "",
        nameConsentAt: "",
      },
    ],
    quoteText: "Der Bus hat Menschen zusammengebracht, die sich sonst nie begegnet wären.",
    quoteAuthor: "Bürgermeisteramt",
    quoteRole: "Beispielstadt",
    sourceUrls: "https://www.fluechtlingsdialoge.de/de/fluechtlingsdialoge/steckbriefe-1\nhttps://zeitung.example/bericht",
    sourceNote: "Die Zuordnung zur Kommune ist wahrscheinlich, aber nicht belegt.",
  };
}
