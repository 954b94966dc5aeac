/**
 * Synthetic German text for the benchmark database: sentences built from a small word list, so that
 * lengths, word lengths, umlauts and compression behave like real Steckbrief text — and nobody could
 * mistake it for a fact. Deterministic for a given seed.
 */

/** mulberry32: a small, fast, seedable PRNG (same data on every run). */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  /** picks by weight: [[value, weight], …] */
  const weighted = <T>(entries: readonly (readonly [T, number])[]): T => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return entries.at(-1)![0];
  };
  /** `count` distinct entries, each chosen with its weight */
  const weightedDistinct = <T>(entries: readonly (readonly [T, number])[], count: number): T[] => {
    const remaining = [...entries];
    const chosen: T[] = [];
    while (chosen.length < count && remaining.length) {
      const value = weighted(remaining);
      chosen.push(value);
      remaining.splice(
        remaining.findIndex(([candidate]) => candidate === value),
        1,
      );
    }
    return chosen;
  };
  /** log-normal around `median` (spread ~ sigma), clamped */
  const logNormal = (median: number, sigma: number, min: number, max: number) => {
    const u = Math.max(next(), 1e-9);
    const v = next();
    const gauss = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return Math.min(max, Math.max(min, Math.round(median * Math.exp(sigma * gauss))));
  };
  return { next, int, pick, weighted, weightedDistinct, logNormal };
}

export type Random = ReturnType<typeof createRandom>;

const SUBJECTS = [
  "Die Verwaltung",
  "Der Arbeitskreis",
  "Das Netzwerk",
  "Die Ehrenamtlichen",
  "Die Teilnehmenden",
  "Der Gemeinderat",
  "Die Moderation",
  "Eine Arbeitsgruppe",
  "Das Integrationsmanagement",
  "Der Runde Tisch",
  "Die Beispielinitiative",
  "Das Quartiersbüro",
];
const VERBS = [
  "sammelte",
  "besprach",
  "entwickelte",
  "stellte",
  "vereinbarte",
  "prüfte",
  "organisierte",
  "begleitete",
  "unterstützte",
  "dokumentierte",
  "bündelte",
  "überarbeitete",
];
const OBJECTS = [
  "Vorschläge zur Wohnraumversorgung",
  "Angebote für Sprachkurse",
  "Ideen für Begegnungsorte",
  "Fragen der Ausbildung",
  "Patenschaften für Familien",
  "Wege in den Arbeitsmarkt",
  "die Zusammenarbeit der Träger",
  "Maßnahmen für Kinder und Jugendliche",
  "Informationen über Beratungsstellen",
  "gemeinsame Nachbarschaftsfeste",
  "Übersetzungen wichtiger Formulare",
  "ein Konzept für Ehrenamtliche",
];
const ADVERBIALS = [
  "in mehreren Workshops",
  "im Beispielrathaus",
  "über mehrere Monate",
  "gemeinsam mit Fachleuten",
  "an wechselnden Tischen",
  "mit großer Beteiligung",
  "in kleinen Gruppen",
  "nach einer Auftaktveranstaltung",
  "im Gemeindezentrum",
  "zusammen mit Geflüchteten",
];
const CLAUSES = [
  "damit neue Kontakte entstehen",
  "weil viele Fragen offen waren",
  "so dass Zuständigkeiten klarer wurden",
  "um Doppelstrukturen zu vermeiden",
  "bevor der nächste Termin stattfand",
  "wobei Dolmetscherinnen halfen",
  "und hielt die Ergebnisse schriftlich fest",
];

/** One sentence of about 60–140 characters. */
export function sentence(random: Random): string {
  const parts = [random.pick(SUBJECTS), random.pick(VERBS), random.pick(ADVERBIALS), random.pick(OBJECTS)];
  const text = parts.join(" ");
  return random.next() < 0.4 ? `${text}, ${random.pick(CLAUSES)}.` : `${text}.`;
}

/** Text of about `length` characters, in paragraphs of 2–5 sentences (blank line between, as editors write). */
export function paragraphs(random: Random, length: number): string {
  if (length <= 0) return "";
  const out: string[] = [];
  let current: string[] = [];
  let total = 0;
  let inParagraph = random.int(2, 5);
  while (total < length) {
    const next = sentence(random);
    current.push(next);
    total += next.length + 1;
    if (current.length >= inParagraph) {
      out.push(current.join(" "));
      current = [];
      inParagraph = random.int(2, 5);
    }
  }
  if (current.length) out.push(current.join(" "));
  return out.join("\n\n");
}

/** Plain text of about `length` characters without paragraph breaks. */
export function shortText(random: Random, length: number): string {
  const out: string[] = [];
  let total = 0;
  while (total < length) {
    const next = sentence(random);
    out.push(next);
    total += next.length + 1;
  }
  return out.join(" ");
}

const TITLE_THEMES = [
  "Ankommen",
  "Zusammenleben",
  "Neue Nachbarschaft",
  "Gemeinsam gestalten",
  "Wohnen und Arbeiten",
  "Sprache verbindet",
  "Begegnung im Quartier",
  "Ehrenamt stärken",
];

export function title(random: Random, municipalityName: string, number: number): string {
  return `${random.pick(TITLE_THEMES)} in ${municipalityName} – Beispieldialog ${number}`;
}
