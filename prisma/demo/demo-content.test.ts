import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "../../lib/slug";
import { richTextToPlain } from "../../lib/rich-text/parse";
import { demoContent } from "./content";
import {
  FORMAT_SLUGS,
  SECTION_KEYS,
  TOPIC_SLUGS,
  type DemoMunicipality,
  type DemoProfile,
  type FormatSlug,
  type ParticipantGroup,
  type SectionKey,
  type TopicSlug,
} from "./types";

/**
 * The demo profiles against the facts of the programme's published Steckbriefe (issue 9):
 * facts/steckbriefe-fakten.yaml is a copy of shared/content/steckbriefe-fakten.yaml, so that this
 * test also runs on a clean clone. A profile fails when it differs from a known fact, when a
 * section without facts holds content that is not marked as example content, or when it names a person.
 */

interface Fact {
  teaser_no: string;
  teaser_anfang: string;
  kommune: string | null;
  art: string;
  landkreis: string | null;
  regierungsbezirk: string | null;
  einwohner_laut_steckbrief: string | number | null;
  zuordnung: { konfidenz: "verified" | "probable" | "not found"; quellen: string[] };
  termine: { datum: string | null; beschreibung: string }[] | null;
  anzahl_veranstaltungen: number | null;
  formate: string[] | null;
  ziele: string[] | null;
  anlass: string[] | null;
  moderation_beratung: { art: string; organisation: string | null; aufgaben: string[] | null } | null;
  themenfelder: string[] | null;
  teilnehmergruppen: string[] | null;
  teilnehmerzahl: string | number | null;
  beteiligung_gefluechtete: string[] | null;
  selbstbewertung: { ablauf: string | null; ergebnisse: string | null };
  ergebnisse_massnahmen_naechste_schritte: string[] | null;
  kosten: { gesamt_eur: number | null; foerderung_eur: number | null; eigenanteil_eur: number | null; verwendung: string | null };
  empfehlungen: string[] | null;
  kontakt_rolle: string | null;
  anmerkungen: string[] | null;
}

const facts = parse(readFileSync(new URL("./facts/steckbriefe-fakten.yaml", import.meta.url), "utf8")) as Fact[];
const municipalities = demoContent.flatMap((file) => file.municipalities);
const profiles = demoContent.flatMap((file) => file.profiles);
const municipalityBySlug = new Map(municipalities.map((municipality) => [municipality.slug, municipality]));
const factByTeaser = new Map(facts.map((fact) => [fact.teaser_no, fact]));
const municipalityOf = (profile: DemoProfile): DemoMunicipality => municipalityBySlug.get(profile.municipalitySlug)!;
const factOf = (profile: DemoProfile): Fact => factByTeaser.get(profile.teaserNo)!;

/**
 * Each format phrase of the facts file: the managed format(s) it is, and a word the profile's method
 * text must use, so that the specific method is named and not only the generic format.
 */
const FORMATS: Record<string, { slugs: FormatSlug[]; mention: string }> = {
  "8 Gruppen à 4–5 Personen im Zeitwettbewerb": { slugs: [], mention: "Zeitwettbewerb" },
  "8 Workshopgruppen": { slugs: [], mention: "acht Gruppen" },
  "Arbeitsgruppen in zwei Runden": { slugs: ["workshop"], mention: "Arbeitsgruppen" },
  Begrüßungscafé: { slugs: [], mention: "Begrüßungscafé" },
  Bürgerforum: { slugs: ["buergerforum"], mention: "Bürgerforum" },
  "Bürgerrat/Stadtgespräch mit Zufallsauswahl": { slugs: ["buergerforum"], mention: "Bürgerrat" },
  "Einstieg mit Registrierungsszenario im UNHCR-Zelt": { slugs: [], mention: "UNHCR" },
  Einstiegsvortrag: { slugs: [], mention: "Einstiegsvortrag" },
  "Ergebnisvorstellung im Plenum": { slugs: [], mention: "Plenum" },
  "Erzählformat mit Unternehmen": { slugs: [], mention: "Erzählformat" },
  "Fokusfinder zur Leitsatzentwicklung": { slugs: [], mention: "Fokusfinder" },
  Frauendialog: { slugs: [], mention: "Frauendialog" },
  "Frühstücksbus (mobiles, aufsuchendes Dialogformat)": { slugs: ["aufsuchendes-format"], mention: "Frühstücksbus" },
  "Gesprächsrunde mit Engagierten und Geflüchteten": { slugs: [], mention: "Gesprächsrunde" },
  "Gruppenarbeit mit Mindmap-Ergebnissen": { slugs: ["workshop"], mention: "Mindmap" },
  "Gruppenarbeit nach Unterkunftsstandorten": { slugs: ["workshop"], mention: "Unterkunftsstandorten" },
  "Ideen an Beispielpersonen durchgespielt": { slugs: [], mention: "Beispielpersonen" },
  Ideenworkshop: { slugs: ["workshop"], mention: "Ideenworkshop" },
  "Impulsreferat zur Medienperspektive": { slugs: ["informationsveranstaltung"], mention: "Impulsreferat" },
  "Impulsvorträge der Stadtverwaltung": { slugs: ["informationsveranstaltung"], mention: "Impulsvorträge" },
  "Information durch Bürgermeister": { slugs: ["informationsveranstaltung"], mention: "informierte" },
  "Informationsinput (Grundgesetz, Lage vor Ort)": { slugs: ["informationsveranstaltung"], mention: "Informationsinput" },
  "Interviews mit Geflüchteten": { slugs: [], mention: "Interviews" },
  "Kartenabfrage/Stärken-Schwächen-Analyse": { slugs: [], mention: "Kartenabfrage" },
  "Kleingruppen und Plenum": { slugs: [], mention: "Kleingruppen" },
  "Kleingruppen zu Unterthemen": { slugs: [], mention: "Kleingruppen" },
  "Kleingruppen: Ist-Analyse, Ideen, Umsetzung": { slugs: [], mention: "Ist-Analyse" },
  "Kurzfilm eines syrischen Geflüchteten": { slugs: [], mention: "Kurzfilm" },
  "Lagebericht verschiedener Akteure": { slugs: ["informationsveranstaltung"], mention: "Lagebericht" },
  Landtagsbesuch: { slugs: [], mention: "Landtag" },
  Lenkungsgruppe: { slugs: [], mention: "Lenkungsgruppe" },
  "Lenkungsgruppe mit Stakeholdern zur Themenfindung": { slugs: [], mention: "Lenkungsgruppe" },
  Murmelrunden: { slugs: [], mention: "Murmelrunden" },
  Plenumsdebatte: { slugs: ["buergerforum"], mention: "Plenum" },
  Podiumsdiskussion: { slugs: ["informationsveranstaltung"], mention: "Podiumsdiskussion" },
  "Priorisierung der Vorschläge": { slugs: [], mention: "priorisiert" },
  "Punktbewertung der Vorschläge": { slugs: [], mention: "Punktbewertung" },
  Quartiersworkshop: { slugs: ["workshop"], mention: "Quartiersworkshop" },
  "Sammlung im Plenum, Vertiefung in Einzelgruppen": { slugs: [], mention: "Plenum" },
  "Steuerungs-/Strategiegruppe": { slugs: [], mention: "Steuerungs" },
  "Themengruppen aus Kartenabfrage": { slugs: [], mention: "Themengruppen" },
  Thementische: { slugs: [], mention: "Thementische" },
  "Thementische mit beschreibbaren Tischdecken": { slugs: ["world-cafe"], mention: "Tischdecken" },
  "Vorbereitungsgruppe (3 Treffen)": { slugs: [], mention: "Vorbereitungsgruppe" },
  "Workshop in Kleingruppen": { slugs: ["workshop"], mention: "Kleingruppen" },
  "Workshop mit Design-Thinking-Methoden": { slugs: ["workshop"], mention: "Design Thinking" },
  "Workshops zu Themenfeldern": { slugs: ["workshop"], mention: "Workshops" },
  "World Café": { slugs: ["world-cafe"], mention: "World Café" },
  "World Café (Tischrunden à 20–30 Minuten)": { slugs: ["world-cafe"], mention: "World-Café" },
  "World Café mit 6 Tischen, 3 Runden à 25 Minuten": { slugs: ["world-cafe"], mention: "World Café" },
  Zukunftskonferenz: { slugs: ["zukunftswerkstatt"], mention: "Zukunftskonferenz" },
  Zukunftswerkstatt: { slugs: ["zukunftswerkstatt"], mention: "Zukunftswerkstatt" },
  "begleitetes Vorbereitungstreffen mit Ehrenamtlichen": { slugs: [], mention: "Vorbereitungstreffen" },
  "dialogorientierter Ideenworkshop": { slugs: ["workshop"], mention: "Ideenworkshop" },
  "dialogorientierter Ideenworkshop (Design-Thinking-Ansatz)": { slugs: ["workshop"], mention: "Design-Thinking" },
  "dialogorientierter Ideenworkshop mit Umsetzungsfokus": { slugs: ["workshop"], mention: "Umsetzung" },
  "dialogorientierter Ideenworkshop mit zentralen Akteuren": { slugs: ["workshop"], mention: "Ideenworkshop" },
  "drei parallele Workshops": { slugs: ["workshop"], mention: "drei Workshops" },
  "kurzes Plenum je Tisch": { slugs: [], mention: "Plenum" },
  "moderierte Veranstaltung": { slugs: [], mention: "moderierte" },
  "moderierter Ideenworkshop in Teams nach Sichtweisen": { slugs: ["workshop"], mention: "Sichtweise" },
  "moderiertes Werkstattgespräch in fünf Themenbereichen": { slugs: ["workshop"], mention: "Werkstattgespräch" },
  "offizieller Teil mit Informationen": { slugs: ["informationsveranstaltung"], mention: "Informationen" },
  "sechs Arbeitsgruppen/Handlungsfelder": { slugs: [], mention: "Arbeitsgruppen" },
  "strenge Zeitvorgaben": { slugs: [], mention: "Zeitvorgaben" },
  "szenisches Theater": { slugs: [], mention: "Theater" },
  "vier Arbeitskreise mit vorgegebenen Leitfragen": { slugs: [], mention: "Leitfragen" },
  "vier Foren in kleinen Arbeitskreisen": { slugs: ["workshop"], mention: "Foren" },
  "vier Vorbereitungsgespräche (Aug.–Nov. 2016)": { slugs: [], mention: "vier Gesprächen" },
  "vorab Netzwerkgespräch 'sprachlos im Dialog' mit Methode Fokusfinder": { slugs: ["runder-tisch"], mention: "Fokusfinder" },
  "zwei moderierte Themengruppen": { slugs: ["workshop"], mention: "Themengruppen" },
  "Übungseinheit wertschätzender Dialog": { slugs: [], mention: "wertschätzender Dialog" },
  "öffentliche Ergebnispräsentation": { slugs: ["informationsveranstaltung"], mention: "öffentlich" },
  "öffentliche Ergebnisvorstellung": { slugs: ["informationsveranstaltung"], mention: "öffentlich" },
};

/** Each Themenfeld phrase of the facts file: the managed topics it belongs to (none: named in the text only). */
const TOPICS: Record<string, TopicSlug[]> = {
  Arbeit: ["arbeit-ausbildung"],
  "Arbeit und Ausbildung": ["arbeit-ausbildung"],
  "Arbeit und Integration": ["arbeit-ausbildung"],
  "Ausbildung und Spracherwerb": ["arbeit-ausbildung", "sprache"],
  "Bauen und Wohnen": ["wohnen"],
  "Begegnung und Kontakt": ["begegnung"],
  Begegnungsmöglichkeiten: ["begegnung"],
  Bildung: ["schule-bildung"],
  "Bildung/Ausbildung": ["schule-bildung", "arbeit-ausbildung"],
  "Demokratie, Dialog und Partizipation (Juni 2017)": [],
  Deutschkurse: ["sprache"],
  "Ehe, Partnerschaft und Kinder": ["frauen-familie"],
  "Ehrenamt und Beteiligung": ["ehrenamt"],
  Engagement: ["ehrenamt"],
  "Erfahrungsbericht eines Geflüchteten (Herkunft, Beruf, Situation)": ["begegnung"],
  Frauen: ["frauen-familie"],
  Freizeit: ["kultur-sport-freizeit"],
  "Förderung des ehrenamtlichen Engagements": ["ehrenamt"],
  Gemeinderatsausschuss: [],
  "Gesellschaftliche Verantwortung": ["nachbarschaft-zusammenleben"],
  Gewalt: ["sicherheit"],
  Gleichberechtigung: ["frauen-familie"],
  "Handlungsmöglichkeiten …": [],
  "Ideen zur Verbesserung der Integrationsarbeit vor Ort": ["integrationskonzept"],
  "Integration Geflüchteter in Vereine": ["kultur-sport-freizeit"],
  "Integration durch Arbeit und Beschäftigung": ["arbeit-ausbildung"],
  "Integration in Ausbildung und Arbeit": ["arbeit-ausbildung"],
  "Kita/Schule: Betreuungsangebote": ["schule-bildung"],
  Kommunikationswege: ["vernetzung"],
  "Kooperation und Vernetzung": ["vernetzung"],
  Koordination: ["vernetzung"],
  "Kulturelles und soziales Zusammenleben": ["nachbarschaft-zusammenleben"],
  Leben: [],
  "Leben: Kultur, Religion, Identität, Sprache": ["kultur-sport-freizeit", "sprache"],
  "Mitsprache und Teilhabe": [],
  "Nachbarschaft und Sicherheit": ["nachbarschaft-zusammenleben", "sicherheit"],
  Patenschaften: ["ehrenamt"],
  "Perspektive eines Geflüchteten": ["begegnung"],
  "Perspektiven der Aufnahmegesellschaft in Rollen": ["nachbarschaft-zusammenleben"],
  "Reaktion auf Zuwanderung": ["nachbarschaft-zusammenleben"],
  "Schule und Bildung": ["schule-bildung"],
  Schulungen: ["ehrenamt"],
  "Sprache als Grundvoraussetzung …": ["sprache"],
  "Sprache und Bildung": ["sprache", "schule-bildung"],
  "Sprache/Spracherwerb": ["sprache"],
  "Struktur/Aufgabendefinition": ["vernetzung"],
  "Umgang mit Armut": [],
  "Umgang mit Kritik/Vorurteilen (von Teilnehmenden gewählt)": ["nachbarschaft-zusammenleben"],
  "Unterstützung und Entlastung Ehrenamtlicher": ["ehrenamt"],
  Vereinsleben: ["kultur-sport-freizeit"],
  "Vernetzung Haupt- und Ehrenamt": ["vernetzung"],
  "Vernetzung und Kommunikation": ["vernetzung"],
  Wertschätzung: ["ehrenamt"],
  Wohnen: ["wohnen"],
  "Wohnen (v. a. Anschlussunterbringung)": ["wohnen"],
  "Wohnen und Unterbringen": ["wohnen"],
  Wohnraum: ["wohnen"],
  Zusammenleben: ["nachbarschaft-zusammenleben"],
  "aktuelle Zahlen und Hintergründe zur Lage vor Ort": [],
};

/** Each participant group phrase of the facts file: the edit form's participant groups it belongs to. */
const GROUPS: Record<string, ParticipantGroup[]> = {
  "Agentur für Arbeit": ["VERWALTUNG"],
  Anwohnerschaft: ["BUERGERINNEN"],
  Asylkreis: ["EHRENAMTLICHE"],
  "Bewohner der Unterkünfte": ["GEFLUECHTETE"],
  "Bewohnerschaft des Generationenhauses": ["BUERGERINNEN"],
  "Bürgerinnen und Bürger": ["BUERGERINNEN"],
  Bürgerschaft: ["BUERGERINNEN"],
  Bürgerstiftung: ["VEREINE_VERBAENDE"],
  Ehrenamt: ["EHRENAMTLICHE"],
  Ehrenamtliche: ["EHRENAMTLICHE"],
  Einheimische: ["BUERGERINNEN"],
  "Fachleute der Stadtverwaltung": ["VERWALTUNG"],
  Feuerwehr: ["VERWALTUNG"],
  Flüchtlingsinitiativen: ["EHRENAMTLICHE"],
  "Frauen (Einheimische und Geflüchtete)": ["BUERGERINNEN", "GEFLUECHTETE"],
  Geflüchtete: ["GEFLUECHTETE"],
  Gemeinderat: ["POLITIK"],
  "Gruppe aus Syrien": ["GEFLUECHTETE"],
  Interessierte: ["BUERGERINNEN"],
  Jugendhaus: ["VEREINE_VERBAENDE"],
  Kammern: ["WIRTSCHAFT"],
  Kindergärten: ["SCHULEN"],
  Kirchen: ["KIRCHEN"],
  Kreisbaugesellschaft: ["WIRTSCHAFT"],
  Multiplikatoren: [],
  "Nachbarschaft im Quartier": ["BUERGERINNEN"],
  "Netzwerkgespräch: 23 Vertreter aus Zivilgesellschaft und Institutionen": ["VEREINE_VERBAENDE"],
  "Passantinnen und Passanten": ["BUERGERINNEN"],
  Politik: ["POLITIK"],
  Polizei: ["VERWALTUNG"],
  Schule: ["SCHULEN"],
  Schulen: ["SCHULEN"],
  "Schulleitungen (GMS, Gymnasium, Realschule)": ["SCHULEN"],
  Schülersprecher: ["SCHULEN"],
  Sicherheitsdienst: ["HAUPTAMTLICHE"],
  Sozialarbeit: ["HAUPTAMTLICHE"],
  Sozialverbände: ["VEREINE_VERBAENDE"],
  Sport: ["VEREINE_VERBAENDE"],
  Unternehmen: ["WIRTSCHAFT"],
  "Unternehmen (Teil 2)": ["WIRTSCHAFT"],
  "Unterstützerkreis (rund die Hälfte)": ["EHRENAMTLICHE"],
  "Unterstützerkreis Asyl": ["EHRENAMTLICHE"],
  "VABO-Lehrkräfte": ["SCHULEN"],
  Vereine: ["VEREINE_VERBAENDE"],
  "Vereine, Einrichtungen, Initiativen": ["VEREINE_VERBAENDE"],
  Verwaltung: ["VERWALTUNG"],
  Wirtschaft: ["WIRTSCHAFT"],
  Wohlfahrtsverbände: ["VEREINE_VERBAENDE"],
  "im Quartier lebende Geflüchtete": ["GEFLUECHTETE"],
  "kommunale Akteure": ["VERWALTUNG"],
  "kommunale Integrations-/Flüchtlingsbeauftragte": ["VERWALTUNG"],
  "weitere Helfer": ["EHRENAMTLICHE"],
  "zufällig ausgewählte Quartiersbewohner": ["BUERGERINNEN"],
};

/** Organisations named in the facts' moderation entries; a profile must name the same ones. */
const ORGANISATIONS = [
  "Taten.Drang",
  "Polis-Institut",
  "Führungsakademie Baden-Württemberg",
  "Moderationszentrum",
  "Städtetag Baden-Württemberg",
  "Evangelische Hochschule Freiburg",
  "Hochschule Ravensburg-Weingarten",
  "Initiative Frühlingserwachen",
  "Gebrüder Schmid Zentrum",
];

/** Dates in the facts file that are not dialogue events themselves (preparation, follow-up). */
const NOT_A_DIALOGUE_EVENT = /Vorbereitung|Nachbesprechung|Lenkungsgruppe|Steuerungsgruppe/;

const union = <T>(lists: T[][]): T[] => [...new Set(lists.flat())].sort();
const sorted = <T>(list: T[]): T[] => [...list].sort();
const https = (url: string) => url.replace(/^http:\/\//, "https://");
/** Numbers in a phrase of the facts file, German thousands separators removed ("130.152" → 130152). */
const numbersIn = (text: string) => [...text.matchAll(/\d{1,3}(?:\.\d{3})+|\d+/g)].map((match) => Number(match[0].replaceAll(".", "")));

function expandDates(datum: string | null): string[] {
  if (!datum) return [];
  const range = datum.match(/^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/);
  if (range) {
    const dates: string[] = [];
    for (let day = new Date(`${range[1]}T00:00:00Z`); day <= new Date(`${range[2]}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
      dates.push(day.toISOString().slice(0, 10));
    }
    return dates;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(datum) ? [datum] : []; // "2016 (Herbst/Winter)", "2016-04 (Ende April)": no day known
}

/** Every free text of a profile, as plain text. */
function texts(profile: DemoProfile): string[] {
  return [
    profile.title,
    profile.teaser,
    profile.occasion,
    profile.goals,
    profile.concept,
    profile.moderation.organisation,
    profile.moderation.description,
    profile.refugeeParticipation,
    profile.ratingComment,
    ...profile.keyResults,
    profile.measures,
    profile.nextSteps,
    profile.costs.spentOn,
    profile.recommendations,
    profile.sourceNote,
    profile.quote?.text ?? "",
    ...profile.contacts.flatMap((contact) => [contact.function, contact.office]),
  ].map(richTextToPlain);
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.replace(/^[–-]\s*/, "").trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 4);
}

/** Does the facts file know anything for this section? */
function hasFacts(fact: Fact, key: SectionKey): boolean {
  switch (key) {
    case "title":
      return true; // the overview page's teaser
    case "occasion":
      // Where the stored Steckbrief lost its Anlass, a probable match rests on the overview page's teaser.
      return fact.anlass !== null || fact.zuordnung.konfidenz === "probable";
    case "concept":
      return fact.termine !== null || fact.formate !== null || fact.ziele !== null;
    case "moderation":
      return fact.moderation_beratung !== null;
    case "topics":
      return fact.themenfelder !== null;
    case "participants":
      return fact.teilnehmergruppen !== null || fact.teilnehmerzahl !== null || fact.beteiligung_gefluechtete !== null;
    case "rating":
      return fact.selbstbewertung.ablauf !== null || fact.selbstbewertung.ergebnisse !== null;
    case "results":
      return fact.ergebnisse_massnahmen_naechste_schritte !== null;
    case "costs":
      return Object.values(fact.kosten).some((value) => value !== null);
    case "recommendations":
      return fact.empfehlungen !== null;
    case "contacts":
      return false; // the role may be known, the mailbox is always an example
    case "quote":
      return false;
    case "municipality":
      return fact.kommune !== null;
  }
}

/** Does the profile hold anything in this section? */
function hasContent(profile: DemoProfile, key: SectionKey): boolean {
  switch (key) {
    case "title":
      return profile.title.trim() !== "";
    case "occasion":
      return profile.occasion.trim() !== "";
    case "concept":
      return profile.goals.trim() !== "" || profile.concept.trim() !== "" || profile.formatSlugs.length > 0;
    case "moderation":
      return profile.moderation.type !== null || profile.moderation.organisation !== "" || profile.moderation.description !== "";
    case "topics":
      return profile.topicSlugs.length > 0;
    case "participants":
      return profile.participantGroups.length > 0 || profile.participantCount !== null || profile.refugeeParticipation !== "";
    case "rating":
      return profile.processRating !== null || profile.resultsRating !== null || profile.ratingComment !== "";
    case "results":
      return profile.keyResults.length > 0 || profile.measures !== "" || profile.nextSteps !== "";
    case "costs":
      return profile.costs.total !== null || profile.costs.spentOn !== "";
    case "recommendations":
      return profile.recommendations !== "";
    case "contacts":
      return profile.contacts.length > 0;
    case "quote":
      return profile.quote !== null;
    case "municipality":
      return true;
  }
}

describe("demo content: structure", () => {
  it("covers the overview page: 4 Landkreise, 21 Städte, 7 Gemeinden, one profile per teaser of the facts file", () => {
    const kinds = profiles.map((profile) => municipalityOf(profile).kind);
    expect(kinds.filter((kind) => kind === "LANDKREIS")).toHaveLength(4);
    expect(kinds.filter((kind) => kind === "STADT")).toHaveLength(21);
    expect(kinds.filter((kind) => kind === "GEMEINDE")).toHaveLength(7);
    expect(sorted(profiles.map((profile) => profile.teaserNo))).toEqual(sorted(facts.map((fact) => fact.teaser_no)));
  });

  it("uses unique, well-formed slugs", () => {
    const all = [...municipalities.map((m) => m.slug), ...profiles.map((p) => p.slug)];
    expect(new Set(municipalities.map((m) => m.slug)).size).toBe(municipalities.length);
    expect(new Set(profiles.map((p) => p.slug)).size).toBe(profiles.length);
    for (const slug of all) expect(isSlug(slug), slug).toBe(true);
    for (const municipality of municipalities) expect(municipality.slug).toBe(slugify(municipality.name));
    for (const profile of profiles) expect(profile.slug.startsWith(`${profile.municipalitySlug}-`), profile.slug).toBe(true);
  });

  it("gives every municipality plausible register data and a valid Landkreis", () => {
    for (const municipality of municipalities) {
      expect(municipality.latitude, municipality.slug).toBeGreaterThan(47.5);
      expect(municipality.latitude, municipality.slug).toBeLessThan(49.8);
      expect(municipality.longitude, municipality.slug).toBeGreaterThan(7.4);
      expect(municipality.longitude, municipality.slug).toBeLessThan(10.6);
      if (municipality.population !== null) expect(municipality.population, municipality.slug).toBeGreaterThan(1000);
      if (municipality.website !== null) expect(municipality.website, municipality.slug).toMatch(/^https:\/\//);
      if (municipality.ags !== null) expect(municipality.ags).toMatch(/^08\d{6}$/);
      if (municipality.kind === "LANDKREIS") expect(municipality.landkreisSlug).toBeNull();
      if (municipality.landkreisSlug) expect(municipalityBySlug.get(municipality.landkreisSlug)?.kind).toBe("LANDKREIS");
    }
    const agsValues = municipalities.flatMap((m) => (m.ags ? [m.ags] : []));
    expect(new Set(agsValues).size).toBe(agsValues.length);
  });

  it("keeps only municipalities that a profile, a Landkreis relation or the editorial demo needs", () => {
    const used = new Set(profiles.map((profile) => profile.municipalitySlug));
    for (const municipality of municipalities) {
      if (municipality.kind !== "LANDKREIS") expect(used.has(municipality.slug), municipality.slug).toBe(true);
    }
  });

  it("keeps dates within the programme and costs within its rules", () => {
    for (const profile of profiles) {
      for (const date of profile.eventDates) {
        expect(date, profile.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(date >= "2016-01-21" && date <= "2017-06-30", `${profile.slug} ${date}`).toBe(true);
      }
      if (profile.eventCount !== null) expect(profile.eventCount, profile.slug).toBeGreaterThan(0);
      const { total, funding, ownShare } = profile.costs;
      expect(
        [total, funding, ownShare].every((value) => value === null) || [total, funding, ownShare].every((value) => value !== null),
        profile.slug,
      ).toBe(true);
      if (total !== null && funding !== null && ownShare !== null) {
        expect(funding, profile.slug).toBeLessThanOrEqual(3000);
        expect(funding, profile.slug).toBeLessThanOrEqual(total);
        expect(Math.round((total - funding) * 100), profile.slug).toBe(Math.round(ownShare * 100));
      }
    }
  });

  it("uses only managed formats and topics", () => {
    for (const profile of profiles) {
      for (const slug of profile.formatSlugs) expect(FORMAT_SLUGS).toContain(slug);
      for (const slug of profile.topicSlugs) expect(TOPIC_SLUGS).toContain(slug);
      for (const key of profile.exampleSections) expect(SECTION_KEYS).toContain(key);
      expect(profile.keyResults.length, profile.slug).toBeLessThanOrEqual(3);
    }
  });
});

describe("demo content: the facts of the published Steckbriefe", () => {
  it("the facts file maps every format, topic and participant group phrase", () => {
    for (const fact of facts) {
      for (const phrase of fact.formate ?? []) expect(FORMATS, phrase).toHaveProperty([phrase]);
      for (const phrase of fact.themenfelder ?? []) expect(TOPICS, phrase).toHaveProperty([phrase]);
      for (const phrase of fact.teilnehmergruppen ?? []) expect(GROUPS, phrase).toHaveProperty([phrase]);
    }
  });

  for (const profile of profiles) {
    describe(`${profile.teaserNo} ${profile.slug}`, () => {
      const fact = factOf(profile);
      const municipality = municipalityOf(profile);

      it("sits under the municipality of the facts file, with its register data", () => {
        if (fact.kommune === null) {
          // Not found: a plausible Gemeinde in the same alphabetical slot, labelled as an example.
          const collator = new Intl.Collator("de");
          const index = facts.indexOf(fact);
          expect(municipality.kind).toBe("GEMEINDE");
          expect(collator.compare(facts[index - 1]!.kommune!, municipality.name)).toBeLessThan(0);
          expect(collator.compare(municipality.name, facts[index + 1]!.kommune!)).toBeLessThan(0);
          expect(profile.exampleSections).toContain("municipality");
          expect(profile.sourceNote).toMatch(/Beispiel/);
          return;
        }
        expect(municipality.name).toBe(fact.kommune.replace(/ \(.*$/, ""));
        expect(municipality.kind).toBe(
          fact.art.startsWith("Landkreis") ? "LANDKREIS" : fact.art.startsWith("Stadt") ? "STADT" : "GEMEINDE",
        );
        const rb = { Stuttgart: "STUTTGART", Karlsruhe: "KARLSRUHE", Freiburg: "FREIBURG", Tübingen: "TUEBINGEN" }[fact.regierungsbezirk!];
        expect(municipality.regierungsbezirk).toBe(rb);
        if (municipality.kind !== "LANDKREIS") {
          const landkreis = municipality.landkreisSlug ? municipalityBySlug.get(municipality.landkreisSlug)!.name : null;
          if (fact.landkreis === null) expect(landkreis).toBeNull();
          else expect([fact.landkreis, `Landkreis ${fact.landkreis}`]).toContain(landkreis);
        }
        if (fact.einwohner_laut_steckbrief !== null) {
          expect(municipality.population).toBe(numbersIn(String(fact.einwohner_laut_steckbrief))[0]);
        }
        expect(profile.exampleSections).not.toContain("municipality");
        if (fact.zuordnung.konfidenz === "probable") expect(profile.sourceNote).toMatch(/wahrscheinlich/i);
      });

      it("cites the sources of the facts file (https) and nothing it does not know", () => {
        for (const url of profile.sourceUrls) expect(url).toMatch(/^https:\/\/\S+$/);
        for (const url of fact.zuordnung.quellen) expect(profile.sourceUrls).toContain(https(url));
        const known = JSON.stringify(fact);
        for (const url of profile.sourceUrls) {
          expect(known.includes(url) || known.includes(url.replace(/^https:/, "http:")), url).toBe(true);
        }
      });

      it("has the dates and the number of events of the facts file", () => {
        if (fact.termine === null) return;
        const dialogueDates = fact.termine
          .filter((termin) => !NOT_A_DIALOGUE_EVENT.test(termin.beschreibung))
          .flatMap((termin) => expandDates(termin.datum));
        expect(sorted(profile.eventDates)).toEqual(sorted(dialogueDates));
        if (fact.anzahl_veranstaltungen !== null) expect(profile.eventCount).toBe(fact.anzahl_veranstaltungen);
      });

      it("has the formats of the facts file and names each method", () => {
        if (fact.formate === null) return;
        expect(sorted(profile.formatSlugs)).toEqual(union(fact.formate.map((phrase) => FORMATS[phrase]!.slugs)));
        const concept = richTextToPlain(profile.concept).toLowerCase();
        for (const phrase of fact.formate) expect(concept, phrase).toContain(FORMATS[phrase]!.mention.toLowerCase());
      });

      it("has the topics of the facts file", () => {
        if (fact.themenfelder === null) return;
        expect(sorted(profile.topicSlugs)).toEqual(union(fact.themenfelder.map((phrase) => TOPICS[phrase]!)));
      });

      it("has the participants of the facts file", () => {
        if (fact.teilnehmergruppen !== null) {
          const expected = union(fact.teilnehmergruppen.map((phrase) => GROUPS[phrase]!));
          expect(sorted(profile.participantGroups)).toEqual(expected);
        }
        if (fact.teilnehmerzahl === null) return;
        const phrase = String(fact.teilnehmerzahl);
        const numbers = numbersIn(phrase).filter((n) => n > 1);
        // A range, a lower bound ("über"), registrations or a part's figure is no participant count:
        // then the count stays empty and the text gives the figure.
        const exact = !/–|über|Angemeldete|Teil \d/.test(phrase.split("/")[0]!);
        if (exact) expect(profile.participantCount).toBe(numbers[0]);
        else {
          expect(profile.participantCount).toBeNull();
          const text = [profile.refugeeParticipation, profile.concept].map(richTextToPlain).join(" ");
          expect(text, phrase).toContain(String(numbers[0]));
        }
      });

      it("has the moderation of the facts file, organisations only, never a person", () => {
        expect(profile.moderation.organisation).not.toMatch(
          /\b(Moderator|Moderatorin|Berater|Beraterin|Mediator|Mediatorin|Coach|Lehrperson)\b/,
        );
        const moderation = fact.moderation_beratung;
        if (moderation === null) return;
        const type = moderation.art.startsWith("extern") ? "EXTERN" : moderation.art === "intern" ? "INTERN" : "GEMISCHT";
        expect(profile.moderation.type).toBe(type);
        for (const organisation of ORGANISATIONS) {
          if (moderation.organisation?.includes(organisation)) expect(profile.moderation.organisation).toContain(organisation);
        }
      });

      it("has the costs of the facts file; without facts they are empty or marked example content", () => {
        const { gesamt_eur, foerderung_eur, eigenanteil_eur } = fact.kosten;
        if (gesamt_eur !== null) expect(profile.costs.total).toBe(gesamt_eur);
        if (foerderung_eur !== null) expect(profile.costs.funding).toBe(foerderung_eur);
        if (eigenanteil_eur !== null) expect(profile.costs.ownShare).toBe(eigenanteil_eur);
        if (profile.costs.total !== null && profile.exampleSections.includes("costs")) {
          expect(profile.costs.total, "modest example costs").toBeLessThanOrEqual(5000);
        }
      });

      it("marks every section without facts that holds content as example content, and no section with facts", () => {
        for (const key of SECTION_KEYS) {
          const marked = profile.exampleSections.includes(key);
          if (hasFacts(fact, key) && key !== "municipality") expect(marked, `${key} rests on facts`).toBe(false);
          if (!hasFacts(fact, key) && hasContent(profile, key)) expect(marked, `${key} has no facts`).toBe(true);
          if (marked) expect(hasContent(profile, key), `${key} is marked but empty`).toBe(true);
        }
        expect(profile.exampleSections, "contact mailboxes are examples").toContain("contacts");
      });

      it("names no person and quotes no one", () => {
        expect(profile.quote).toBeNull();
        const all = texts(profile).join("\n");
        expect(all).not.toMatch(/\b(Herr|Frau|Dr\.|Prof\.)\s+[A-ZÄÖÜ][a-zäöüß]+/);
        expect(all).not.toMatch(/\b(Ober)?[Bb]ürgermeister(in)?\s+[A-ZÄÖÜ][a-zäöüß]+|\bLandr(at|ätin)\s+[A-ZÄÖÜ][a-zäöüß]+/);
        // A guard against names slipping in: common first names followed by a capitalised word.
        expect(all).not.toMatch(
          /\b(Andreas|Anna|Christian|Christine|Claudia|Daniel|Elisabeth|Frank|Gabriele|Hans|Jürgen|Katharina|Klaus|Maria|Markus|Martin|Michael|Monika|Peter|Petra|Richard|Sabine|Stefan|Susanne|Thomas|Ursula|Wolfgang)\s+[A-ZÄÖÜ][a-zäöüß]+/,
        );
        for (const contact of profile.contacts) {
          expect(contact.email).toMatch(/^[a-z0-9.+-]+@[a-z0-9.-]+\.example$/);
          expect(contact.phone).toBeNull();
        }
      });

      it("is written fresh: no teaser sentence of the overview page, no over-used place name", () => {
        const all = texts(profile).join("\n").toLowerCase();
        const start = fact.teaser_anfang.replace(/\s*…$/, "").toLowerCase();
        expect(all).not.toContain(start);
        const core = municipality.name
          .replace(/^Landkreis /, "")
          .split(/[ /(]/)[0]!
          .replace(/-Kreis$/, "");
        const mentions = all.split(core.toLowerCase()).length - 1;
        expect(mentions, `"${core}" ${mentions} times`).toBeLessThanOrEqual(6);
      });
    });
  }
});

describe("demo content: wording", () => {
  it("has no placeholders", () => {
    for (const profile of profiles) {
      const all = texts(profile).join("\n");
      expect(all, profile.slug).not.toMatch(/\blorem\b|\bipsum\b|\bTODO\b|\bTBD\b|\bxxx\b|<\/?[a-z]+[\s>]/i);
      expect(profile.title.trim(), profile.slug).not.toBe("");
      expect(profile.teaser.split(/(?<=[.!?])\s+/).length, profile.slug).toBeLessThanOrEqual(3);
    }
  });

  it("never repeats a sentence across profiles", () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const profile of profiles) {
      for (const sentence of new Set(texts(profile).flatMap(sentences))) {
        const key = sentence.toLowerCase();
        const other = seen.get(key);
        if (other && other !== profile.slug) repeated.push(`"${sentence}" (${other}, ${profile.slug})`);
        seen.set(key, profile.slug);
      }
    }
    expect(repeated).toEqual([]);
  });
});
