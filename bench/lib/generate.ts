/**
 * Fills a separate, migrated benchmark database with synthetic municipalities and Steckbriefe —
 * never the demo database: every name says "Beispiel…", every address ends in `.example`, and the
 * AGS use a Regierungsbezirk digit (9) that Baden-Württemberg does not have.
 *
 * Fast: rows are built in JavaScript and sent in batches of a few thousand as one JSON parameter
 * (`json_populate_recordset`), with triggers and foreign-key checks off for the session
 * (`session_replication_role = replica`, needs a superuser — the data is consistent by construction:
 * one PUBLISHED version per published profile, pointers that match, costs that add up).
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { createRandom, paragraphs, sentence, shortText, title, type Random } from "./synthetic-text";

/** Bump when the generated data changes: a database made by another version is generated anew. */
export const GENERATOR_VERSION = 1;

export interface GeneratedData {
  municipalities: number;
  /** published and not archived: what the public sees */
  publishedProfiles: number;
  archivedProfiles: number;
  unpublishedProfiles: number;
  versions: number;
  seconds: number;
}

type Row = Record<string, unknown>;
type Kind = "LANDKREIS" | "STADT" | "GEMEINDE";

const REGIERUNGSBEZIRKE = [
  ["STUTTGART", 37],
  ["KARLSRUHE", 26],
  ["FREIBURG", 20],
  ["TUEBINGEN", 17],
] as const;

/** share of profiles per kind of municipality (the programme funded mostly Städte) */
const PROFILE_KIND_WEIGHTS = [
  ["LANDKREIS", 12],
  ["STADT", 58],
  ["GEMEINDE", 30],
] as const;

const TOPIC_WEIGHTS: Record<string, number> = {
  wohnen: 9,
  "arbeit-ausbildung": 8,
  sprache: 8,
  "schule-bildung": 5,
  ehrenamt: 9,
  "nachbarschaft-zusammenleben": 8,
  sicherheit: 2,
  gesundheit: 3,
  begegnung: 7,
  vernetzung: 7,
  integrationskonzept: 4,
  "frauen-familie": 3,
  "kultur-sport-freizeit": 4,
};
const FORMAT_WEIGHTS: Record<string, number> = {
  workshop: 9,
  buergerforum: 6,
  "world-cafe": 7,
  zukunftswerkstatt: 3,
  "open-space": 2,
  "aufsuchendes-format": 2,
  informationsveranstaltung: 6,
  fachtag: 3,
  "runder-tisch": 5,
  begegnungsfest: 4,
};
const PARTICIPANT_GROUPS = [
  ["BUERGERINNEN", 9],
  ["GEFLUECHTETE", 8],
  ["EHRENAMTLICHE", 9],
  ["HAUPTAMTLICHE", 6],
  ["VERWALTUNG", 8],
  ["POLITIK", 4],
  ["VEREINE_VERBAENDE", 5],
  ["KIRCHEN", 4],
  ["WIRTSCHAFT", 2],
  ["SCHULEN", 2],
] as const;
const LANGUAGES = [
  ["Deutsch", 10],
  ["Arabisch", 7],
  ["Farsi", 5],
  ["Englisch", 5],
  ["Tigrinya", 2],
  ["Kurdisch", 2],
  ["Französisch", 1],
  ["Türkisch", 1],
] as const;

const day = (date: Date) => date.toISOString().slice(0, 10);
const START_2016 = Date.UTC(2016, 0, 1);
const DAYS_2016_2017 = 731;

function randomDate(random: Random, fromDays = 0, spanDays = DAYS_2016_2017): Date {
  return new Date(START_2016 + (fromDays + random.next() * spanDays) * 86_400_000);
}

function municipalities(random: Random, profileCount: number) {
  const total = Math.max(12, Math.round(profileCount / 3));
  const landkreise = Math.max(4, Math.round(total * 0.04));
  const staedte = Math.max(4, Math.round(total * 0.3));
  const rows: Row[] = [];
  const byKind: Record<Kind, { id: string; slug: string; name: string }[]> = { LANDKREIS: [], STADT: [], GEMEINDE: [] };
  const now = new Date().toISOString();
  for (let index = 0; index < total; index++) {
    const kind: Kind = index < landkreise ? "LANDKREIS" : index < landkreise + staedte ? "STADT" : "GEMEINDE";
    const number = String(index + 1).padStart(5, "0");
    const base = { LANDKREIS: "Beispielkreis", STADT: "Beispielstadt", GEMEINDE: "Beispielgemeinde" }[kind];
    const name = kind === "LANDKREIS" ? `Landkreis ${base} ${number}` : `${base} ${number}`;
    const slug = name.toLowerCase().replaceAll(" ", "-");
    const landkreis = kind === "LANDKREIS" || (kind === "STADT" && random.next() < 0.08) ? null : random.pick(byKind.LANDKREIS);
    const landkreisRow = landkreis ? rows.find((row) => row.id === landkreis.id) : undefined;
    const id = randomUUID();
    const population =
      kind === "LANDKREIS"
        ? random.logNormal(250_000, 0.4, 100_000, 700_000)
        : kind === "STADT"
          ? random.logNormal(35_000, 0.7, 10_000, 600_000)
          : random.logNormal(5_000, 0.7, 500, 20_000);
    const latitude = (47.6 + random.next() * 2.1).toFixed(5);
    const longitude = (7.6 + random.next() * 2.7).toFixed(5);
    rows.push({
      id,
      slug,
      name,
      kind,
      landkreisId: landkreis?.id ?? null,
      regierungsbezirk: landkreisRow?.regierungsbezirk ?? random.weighted(REGIERUNGSBEZIRKE),
      ags: `089${String(index).padStart(5, "0")}`,
      population,
      latitude,
      longitude,
      website: `https://www.${slug}.example`,
      createdAt: now,
      updatedAt: now,
    });
    byKind[kind].push({ id, slug, name });
  }
  return { rows, byKind };
}

function versionContent(
  random: Random,
  municipalityName: string,
  profileNumber: number,
  topicIds: [string, number][],
  formatIds: [string, number][],
) {
  const costTotal = random.next() < 0.1 ? null : random.logNormal(4_500, 0.5, 800, 40_000);
  const costFunding = costTotal === null ? null : Math.min(3_000, costTotal);
  const moderationType = random.weighted([
    ["EXTERN", 5],
    ["INTERN", 3],
    ["GEMISCHT", 2],
    [null, 1],
  ] as const);
  const hasQuote = random.next() < 0.2;
  const eventDates = Array.from({ length: random.int(1, 4) }, () => day(randomDate(random))).sort();
  const text = (median: number, emptyShare = 0) =>
    random.next() < emptyShare ? "" : paragraphs(random, random.logNormal(median, 0.5, 60, 5_500));
  return {
    content: {
      title: title(random, municipalityName, profileNumber),
      teaser: shortText(random, random.logNormal(260, 0.3, 90, 440)), // max 600: the last sentence may run over
      occasion: text(900),
      goals: text(400, 0.15),
      concept: text(1_200),
      eventDates: [...new Set(eventDates)],
      eventCount: random.logNormal(3, 0.6, 1, 40),
      moderationType,
      moderationOrganisation: moderationType === "EXTERN" || moderationType === "GEMISCHT" ? "Beispielmoderation GmbH" : "",
      moderationDescription: text(300, 0.3),
      participantGroups: random.weightedDistinct(PARTICIPANT_GROUPS, random.int(2, 6)),
      participantCount: random.next() < 0.1 ? null : random.logNormal(60, 0.7, 8, 2_000),
      refugeeParticipation: text(400, 0.2),
      languages: random.weightedDistinct(LANGUAGES, random.int(1, 4)),
      processRating:
        random.next() < 0.15
          ? null
          : random.weighted([
              [5, 4],
              [4, 5],
              [3, 2],
              [2, 1],
            ] as const),
      resultsRating:
        random.next() < 0.15
          ? null
          : random.weighted([
              [5, 3],
              [4, 5],
              [3, 3],
              [2, 1],
            ] as const),
      ratingComment: text(300, 0.3),
      keyResults: Array.from(
        {
          length: random.weighted([
            [3, 7],
            [2, 2],
            [0, 1],
          ] as const),
        },
        () => sentence(random),
      ),
      measures: text(600, 0.1),
      nextSteps: text(400, 0.2),
      costTotal,
      costFunding,
      costOwnShare: costTotal === null ? null : costTotal - (costFunding ?? 0),
      costSpentOn: costTotal === null ? "" : shortText(random, random.logNormal(180, 0.4, 60, 600)),
      recommendations: text(800),
      quoteText: hasQuote ? shortText(random, random.logNormal(180, 0.4, 60, 600)) : "", // max 800
      quoteAuthor: hasQuote ? "Teilnehmerin (Beispiel)" : "",
      quoteRole: hasQuote ? "Ehrenamtliche" : "",
      sourceUrls: [],
      exampleSections: [],
      sourceNote: "",
    },
    topics: random.weightedDistinct(topicIds, random.logNormal(3, 0.35, 1, 7)),
    formats: random.weightedDistinct(
      formatIds,
      random.weighted([
        [1, 5],
        [2, 4],
        [3, 1],
      ] as const),
    ),
  };
}

async function insertRows(client: pg.Client, table: string, rows: Row[]) {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!)
    .map((column) => `"${column}"`)
    .join(", ");
  await client.query(`INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(null::"${table}", $1::json)`, [
    JSON.stringify(rows),
  ]);
}

/**
 * Generates `publishedProfiles` published, non-archived Steckbriefe (plus 1 % archived and 2 % never
 * published ones, as a real portal has), some with several versions and some with a draft in progress.
 */
export async function generateBenchData({
  databaseUrl,
  publishedProfiles,
  seed = 20161,
  onProgress,
}: {
  databaseUrl: string;
  publishedProfiles: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<GeneratedData> {
  const started = performance.now();
  const random = createRandom(seed);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET session_replication_role = replica");
    const topics = (await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Topic"`)).rows;
    const formats = (await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Format"`)).rows;
    const topicIds: [string, number][] = topics.map(({ id, slug }) => [id, TOPIC_WEIGHTS[slug] ?? 2]);
    const formatIds: [string, number][] = formats.map(({ id, slug }) => [id, FORMAT_WEIGHTS[slug] ?? 2]);

    const { rows: municipalityRows, byKind } = municipalities(random, publishedProfiles);
    for (let index = 0; index < municipalityRows.length; index += 5_000) {
      await insertRows(client, "Municipality", municipalityRows.slice(index, index + 5_000));
    }

    const archivedProfiles = Math.round(publishedProfiles * 0.01);
    const unpublishedProfiles = Math.round(publishedProfiles * 0.02);
    const total = publishedProfiles + archivedProfiles + unpublishedProfiles;
    const profilesPerMunicipality = new Map<string, number>();
    let batch = { profiles: [] as Row[], versions: [] as Row[], topics: [] as Row[], formats: [] as Row[], contacts: [] as Row[] };
    let pending: Promise<void> = Promise.resolve();
    let versionCount = 0;

    const flush = async () => {
      const current = batch;
      batch = { profiles: [], versions: [], topics: [], formats: [], contacts: [] };
      await pending; // one batch in flight while the next is built
      pending = (async () => {
        await insertRows(client, "Profile", current.profiles);
        await insertRows(client, "ProfileVersion", current.versions);
        await insertRows(client, "ProfileVersionTopic", current.topics);
        await insertRows(client, "ProfileVersionFormat", current.formats);
        await insertRows(client, "Contact", current.contacts);
      })();
    };

    for (let index = 0; index < total; index++) {
      const kind = random.weighted(PROFILE_KIND_WEIGHTS);
      const municipality = random.pick(byKind[kind]);
      const profileNumber = (profilesPerMunicipality.get(municipality.id) ?? 0) + 1;
      profilesPerMunicipality.set(municipality.id, profileNumber);
      const profileId = randomUUID();
      const published = index < publishedProfiles + archivedProfiles;
      const archived = published && index >= publishedProfiles;
      const publishedCount = published
        ? random.weighted([
            [1, 70],
            [2, 22],
            [3, 8],
          ] as const)
        : 0;
      const hasWorking = !published || random.next() < 0.03;
      const versionTotal = publishedCount + (hasWorking ? 1 : 0);
      let at = randomDate(random, 0, 600);
      const firstPublishedAt = published ? new Date(at.getTime() + 3 * 86_400_000) : null;
      let publishedVersionId: string | null = null;
      let workingVersionId: string | null = null;
      for (let number = 1; number <= versionTotal; number++) {
        const id = randomUUID();
        const isWorking = number > publishedCount;
        const state = isWorking
          ? random.weighted([
              ["DRAFT", 3],
              ["IN_REVIEW", 1],
            ] as const)
          : number === publishedCount
            ? "PUBLISHED"
            : "SUPERSEDED";
        const createdAt = at;
        const publishedAt = isWorking ? null : new Date(at.getTime() + random.int(1, 20) * 86_400_000);
        at = new Date((publishedAt ?? at).getTime() + random.int(5, 120) * 86_400_000);
        const {
          content,
          topics: versionTopics,
          formats: versionFormats,
        } = versionContent(random, municipality.name, profileNumber, topicIds, formatIds);
        batch.versions.push({
          id,
          profileId,
          number,
          state,
          revision: random.int(1, 12),
          createdAt: createdAt.toISOString(),
          updatedAt: (publishedAt ?? createdAt).toISOString(),
          submittedAt: state === "DRAFT" ? null : createdAt.toISOString(),
          reviewedAt: publishedAt?.toISOString() ?? null,
          publishedAt: publishedAt?.toISOString() ?? null,
          ...content,
        });
        for (const topicId of versionTopics) batch.topics.push({ versionId: id, topicId });
        for (const formatId of versionFormats) batch.formats.push({ versionId: id, formatId });
        const slugOfMunicipality = municipality.slug;
        for (let contact = 0; contact < random.int(1, 2); contact++) {
          batch.contacts.push({
            id: randomUUID(),
            versionId: id,
            sortOrder: contact,
            function: contact === 0 ? "Integrationsbeauftragte" : "Koordination Ehrenamt",
            office: "Amt für Beispielangelegenheiten",
            email: `${contact === 0 ? "integration" : "ehrenamt"}@${slugOfMunicipality}.example`,
            phone: null,
            personName: null,
            nameConsentAt: null,
          });
        }
        if (state === "PUBLISHED") publishedVersionId = id;
        if (isWorking) workingVersionId = id;
      }
      versionCount += versionTotal;
      const now = new Date().toISOString();
      batch.profiles.push({
        id: profileId,
        slug: `${municipality.slug}-${profileNumber}`,
        municipalityId: municipality.id,
        publishedVersionId,
        workingVersionId,
        archivedAt: archived ? randomDate(random, 700, 30).toISOString() : null,
        isDemo: false,
        firstPublishedAt: firstPublishedAt?.toISOString() ?? null,
        createdAt: now,
        updatedAt: now,
      });
      if (batch.versions.length >= 2_000) {
        await flush();
        onProgress?.(index + 1, total);
      }
    }
    await flush();
    await pending;
    onProgress?.(total, total);
    await client.query("RESET session_replication_role");
    // Statistics and the visibility map, as on a database that has been running for a while.
    await client.query(
      `VACUUM (ANALYZE) "Municipality", "Profile", "ProfileVersion", "ProfileVersionTopic", "ProfileVersionFormat", "Contact"`,
    );
    return {
      municipalities: municipalityRows.length,
      publishedProfiles,
      archivedProfiles,
      unpublishedProfiles,
      versions: versionCount,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}
