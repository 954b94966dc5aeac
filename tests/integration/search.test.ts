import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateCatalogItem } from "@/lib/admin/catalog";
import { updateMunicipality } from "@/lib/admin/municipalities";
import type { Actor } from "@/lib/authz/policy";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { createProfile } from "@/lib/profiles/create-profile";
import type { ProfileFormValues } from "@/lib/profiles/fields";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { approveVersion, archiveProfile, submitVersion, unarchiveProfile } from "@/lib/review/workflow";
import { MARK_START } from "@/lib/search/document";
import { syncSearchDocuments } from "@/lib/search/index-documents";
import { parseSearchParams, type SearchParams } from "@/lib/search/search-params";
import { searchProfiles } from "@/lib/search/search-profiles";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Search over the public Steckbriefe, on real PostgreSQL: profiles are published, archived and renamed
 * through the real workflow and admin services, so the search documents come from the same transactions.
 * Every search here is limited to this file's own Landkreis (`kreis`), so other tests' profiles never count.
 */
const db = connectTestDatabase();
let editor: Actor;
let reviewer: Actor;
let admin: Actor;
const kreis = uniqueSlug("suchkreis");
const ids = { landkreis: "", stadtA: "", stadtB: "", gemeinde: "" };
const topics = { t1: { id: "", slug: uniqueSlug("thema-eins") }, t2: { id: "", slug: uniqueSlug("thema-zwei") } };
const formats = { f1: { id: "", slug: uniqueSlug("format-eins") }, f2: { id: "", slug: uniqueSlug("format-zwei") } };
const profiles = { wohnen: "", fest: "", dialog: "", kreisrunde: "" };
const slugs: Record<keyof typeof profiles, string> = { wohnen: "", fest: "", dialog: "", kreisrunde: "" };

async function save(profileId: string, values: Partial<ProfileFormValues>) {
  const draft = await db.profile.findUniqueOrThrow({ where: { id: profileId }, select: { workingVersion: true } });
  const saved = await saveWorkingVersion({
    actor: editor,
    input: {
      profileId,
      // a published profile without a working version: the save starts a new draft
      versionId: draft.workingVersion?.id ?? null,
      baseRevision: draft.workingVersion?.revision ?? 0,
      values: { ...emptyFormValues(values.title ?? "Titel"), ...values },
    },
  });
  if (saved.outcome !== "saved") throw new Error(saved.outcome);
  return saved.versionId;
}

async function publish(profileId: string, values: Partial<ProfileFormValues>) {
  const versionId = await save(profileId, values);
  await submitVersion({ actor: editor, profileId });
  await approveVersion({ actor: reviewer, versionId });
}

async function newProfile(municipalityId: string, values: Partial<ProfileFormValues> & { title: string }) {
  const profile = await createProfile({ actor: editor, input: { municipalityId, title: values.title } });
  await publish(profile.id, values);
  const { slug } = await db.profile.findUniqueOrThrow({ where: { id: profile.id }, select: { slug: true } });
  return { id: profile.id, slug };
}

const search = (params: Record<string, string | string[]>, options?: { pageSize?: number }) =>
  searchProfiles(parseSearchParams({ kreis, ...params }), options);
const found = async (params: Record<string, string | string[]>) => (await search(params)).items.map((item) => item.slug);

beforeAll(async () => {
  delete process.env.SMTP_URL;
  const landkreis = await db.municipality.create({
    data: { slug: kreis, name: `Suchkreis ${kreis}`, kind: "LANDKREIS", regierungsbezirk: "TUEBINGEN" },
  });
  ids.landkreis = landkreis.id;
  const member = (name: string, kind: "STADT" | "GEMEINDE", regierungsbezirk: "TUEBINGEN" | "FREIBURG") =>
    db.municipality.create({ data: { slug: uniqueSlug("suchort"), name, kind, regierungsbezirk, landkreisId: landkreis.id } });
  ids.stadtA = (await member("Adlerstadt", "STADT", "TUEBINGEN")).id;
  ids.stadtB = (await member("Zollhausen", "STADT", "FREIBURG")).id;
  ids.gemeinde = (await member("Ölbach", "GEMEINDE", "TUEBINGEN")).id;
  for (const topic of Object.values(topics))
    topic.id = (await db.topic.create({ data: { slug: topic.slug, name: `Thema ${topic.slug}` } })).id;
  for (const format of Object.values(formats))
    format.id = (await db.format.create({ data: { slug: format.slug, name: `Format ${format.slug}` } })).id;
  const municipalityIds = Object.values(ids);
  const users = await Promise.all(
    (["EDITOR", "REVIEWER", "ADMIN"] as const).map((role) =>
      db.user.create({
        data: {
          email: `${uniqueSlug(`suche-${role.toLowerCase()}`)}@example.org`,
          role,
          ...(role === "EDITOR" ? { assignments: { create: municipalityIds.map((municipalityId) => ({ municipalityId })) } } : {}),
        },
      }),
    ),
  );
  editor = { id: users[0]!.id, role: "EDITOR", municipalityIds };
  reviewer = { id: users[1]!.id, role: "REVIEWER", municipalityIds: [] };
  admin = { id: users[2]!.id, role: "ADMIN", municipalityIds: [] };

  const wohnen = await newProfile(ids.stadtA, {
    title: "Wohnungen für alle",
    teaser: "Ein Abend über bezahlbaren Wohnraum.",
    occasion:
      "Viele Familien suchten eine Bleibe an der Hauptstraße. Danach entstand eine **Kleiderkammer** im Rathaus, im Herbst eine Ideenschmiede.",
    topicIds: [topics.t1.id],
    formatIds: [formats.f1.id],
    eventDates: ["2016-05-14"],
    participantCount: "25",
    costTotal: "800,00",
  });
  const fest = await newProfile(ids.stadtB, {
    title: "Begegnungsfest am See",
    teaser: "Ein Fest für alle im Sommer.",
    occasion: "Beim Fest ging es auch um die Suche nach einer Wohnung für neu Zugezogene.",
    topicIds: [topics.t2.id],
    formatIds: [formats.f2.id],
    eventDates: ["2017-07-01"],
    participantCount: "45",
    costTotal: "2.500,00",
  });
  const dialog = await newProfile(ids.gemeinde, {
    title: "Bürgerdialog Zukunft",
    teaser: "Drei Abende im Gemeindehaus.",
    topicIds: [topics.t1.id, topics.t2.id],
    formatIds: [formats.f1.id],
    eventDates: ["2016-10-20", "2017-03-02"],
    participantCount: "150",
    costTotal: "12.000,00",
    contacts: [
      {
        function: "Hauptamt",
        office: "",
        email: "hauptamt@gemeinde.example",
        phone: "",
        personName: "Zacharias Unbekanntmann",
        nameConsentAt: "",
      },
      {
        function: "Bürgermeisteramt",
        office: "",
        email: "rathaus@gemeinde.example",
        phone: "",
        personName: "Henriette Zustimmerin",
        nameConsentAt: new Date().toISOString(),
      },
    ],
  });
  const kreisrunde = await newProfile(ids.landkreis, { title: "Kreisweite Runde", topicIds: [topics.t2.id] });
  Object.assign(profiles, { wohnen: wohnen.id, fest: fest.id, dialog: dialog.id, kreisrunde: kreisrunde.id });
  Object.assign(slugs, { wohnen: wohnen.slug, fest: fest.slug, dialog: dialog.slug, kreisrunde: kreisrunde.slug });
});

afterAll(async () => {
  await stopJobQueue();
  await db.$disconnect();
});

describe("full-text search", () => {
  it("stems German words and ranks a title match above a match in the text, with marked snippets", async () => {
    const result = await search({ q: "Wohnungen" });
    expect(result.matchMode).toBe("fulltext");
    expect(result.items.map((item) => item.slug)).toEqual([slugs.wohnen, slugs.fest]);
    const [title, body] = result.items;
    expect(title!.titleMarked).toContain(`${MARK_START}Wohnungen`);
    expect(body!.snippet).toContain(`${MARK_START}Wohnung`);
    expect(await found({ q: "wohnung" })).toEqual([slugs.wohnen, slugs.fest]);
  });

  it("folds umlauts and ß, and finds spelling variants", async () => {
    expect(await found({ q: "Hauptstrasse" })).toEqual([slugs.wohnen]);
    expect(await found({ q: "Burgerdialog" })).toEqual([slugs.dialog]);
    expect(await found({ q: "Buergerdialog" })).toEqual([slugs.dialog]); // fallback: the normalised text
    expect(await found({ q: "Oelbach" })).toEqual([slugs.dialog]);
  });

  it("matches prefixes and parts of compound words", async () => {
    expect(await found({ q: "Begegn" })).toEqual([slugs.fest]);
    expect(await found({ q: "Kleider Rathaus" })).toEqual([slugs.wohnen]); // every term must match
    // Ideenschmiede: the fallback looks inside words. (Only for a word that occurs nowhere as a word of its
    // own — "kammer" would not find "Kleiderkammer" once any document says "Kammern"; hence a rarer part.)
    const compound = await search({ q: "schmiede" });
    expect(compound.items.map((item) => item.slug)).toEqual([slugs.wohnen]);
    expect(compound.items[0]!.snippet).toContain(`${MARK_START}Ideenschmiede`);
  });

  it("falls back to trigram similarity for typos", async () => {
    const result = await search({ q: "Wohnunk" });
    expect(result.matchMode).toBe("fuzzy");
    expect(result.items.map((item) => item.slug)).toContain(slugs.wohnen);
    expect(result.items[0]!.slug).toBe(slugs.wohnen);
    expect(result.items[0]!.titleMarked).toContain(`${MARK_START}Wohnungen`);
    // a known word stays exact next to a typo
    expect(await found({ q: "Wohnunk Kleiderkammer" })).toEqual([slugs.wohnen]);
  });

  it("keeps known words that only do not occur together: nothing found, and the text can be dropped", async () => {
    const result = await search({ q: "Begegnungsfest Kleiderkammer" });
    expect(result).toMatchObject({ matchMode: "fulltext", total: 0 });
    expect(result.relaxations.find((entry) => entry.param === "q")?.count).toBeGreaterThan(0);
  });

  it("finds a contact person's name only with consent", async () => {
    expect(await found({ q: "Zustimmerin" })).toEqual([slugs.dialog]);
    const hidden = await search({ q: "Unbekanntmann" });
    expect(hidden.total).toBe(0);
    const document = await db.publicSearchDocument.findUniqueOrThrow({ where: { profileId: profiles.dialog } });
    expect(JSON.stringify(document)).not.toContain("Unbekanntmann");
  });
});

describe("facets", () => {
  it("counts each facet with the other facets' selection (disjunctive)", async () => {
    const result = await search({ thema: topics.t1.slug });
    expect(result.total).toBe(2);
    const count = (facet: keyof typeof result.facets, value: string) => result.facets[facet].find((entry) => entry.value === value);
    // thema is counted without its own selection: alternatives show what adding them gives
    expect(count("thema", topics.t1.slug)).toMatchObject({ count: 2, selected: true, label: `Thema ${topics.t1.slug}` });
    expect(count("thema", topics.t2.slug)).toMatchObject({ count: 3, selected: false });
    // the other facets are counted within the selection
    expect(count("typ", "stadt")).toMatchObject({ count: 1, labelKey: "Kinds.STADT" });
    expect(count("typ", "gemeinde")?.count).toBe(1);
    expect(count("typ", "landkreis")?.count).toBe(0);
    expect(count("jahr", "2017")?.count).toBe(1);
    expect(count("teilnehmende", "bis-30")).toMatchObject({ count: 1, labelKey: "Search.ranges.teilnehmende.bis-30" });
    expect(count("kosten", "ueber-10000")?.count).toBe(1);
    expect(count("kreis", kreis)).toMatchObject({ selected: true, label: `Suchkreis ${kreis}` });
    expect(count("format", formats.f1.slug)?.count).toBe(2);

    const both = await search({ thema: [topics.t1.slug, topics.t2.slug] });
    expect(both.total).toBe(4);
    const combined = await search({ thema: topics.t2.slug, typ: "stadt", bezirk: "freiburg" });
    expect(combined.items.map((item) => item.slug)).toEqual([slugs.fest]);
    expect(combined.facets.bezirk.find((entry) => entry.value === "tuebingen")?.count).toBe(0); // Stadt + thema 2 in Tübingen: none
    expect(combined.facets.typ.find((entry) => entry.value === "gemeinde")?.count).toBe(0); // Gemeinde in Freiburg: none
  });

  it("filters by ranges of participants and cost", async () => {
    expect(await found({ teilnehmende: "bis-30" })).toEqual([slugs.wohnen]);
    expect(await found({ kosten: ["bis-1000", "1000-3000"], sort: "kosten" })).toEqual([slugs.wohnen, slugs.fest]);
    expect(await found({ jahr: "2017" })).toEqual([slugs.dialog, slugs.fest]);
  });

  it("says which filter to drop when nothing was found", async () => {
    const result = await search({ thema: topics.t1.slug, jahr: "2017", teilnehmende: "bis-30" });
    expect(result.total).toBe(0);
    const relax = (param: string) => result.relaxations.find((entry) => entry.param === param)?.count;
    expect(relax("jahr")).toBe(1);
    expect(relax("teilnehmende")).toBe(1);
    expect(relax("thema")).toBe(0);
    expect(result.relaxations.map((entry) => entry.param)).toContain("kreis");

    const withText = await search({ q: "Wohnung", typ: "gemeinde" });
    expect(withText.total).toBe(0);
    expect(withText.relaxations.find((entry) => entry.param === "typ")?.count).toBe(2);
    expect(withText.relaxations.find((entry) => entry.param === "q")?.count).toBe(1);
    expect((await search({ q: "Wohnung" })).relaxations).toEqual([]);
  });
});

describe("sorting and pages", () => {
  it("sorts by municipality name, cost and newest publication", async () => {
    expect(await found({ sort: "name" })).toEqual([slugs.wohnen, slugs.dialog, slugs.kreisrunde, slugs.fest]); // Adler, Öl (as Ol), Such, Zoll
    expect(await found({ sort: "kosten" })).toEqual([slugs.wohnen, slugs.fest, slugs.dialog, slugs.kreisrunde]); // unknown cost last
    expect(await found({ sort: "neueste" })).toEqual([slugs.kreisrunde, slugs.dialog, slugs.fest, slugs.wohnen]);
    expect((await search({})).sort).toBe("name");
  });

  it("pages", async () => {
    const second = await search({ sort: "name", seite: "2" }, { pageSize: 3 });
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3, pageCount: 2 });
    expect(second.items.map((item) => item.slug)).toEqual([slugs.fest]);
  });
});

describe("the search document follows what the public sees, in the same transaction", () => {
  it("drops an archived profile and brings it back", async () => {
    await archiveProfile({ actor: reviewer, profileId: profiles.fest });
    expect(await found({ q: "Begegnungsfest" })).toEqual([]);
    expect(await db.publicSearchDocument.count({ where: { profileId: profiles.fest } })).toBe(0);
    await unarchiveProfile({ actor: reviewer, profileId: profiles.fest });
    expect(await found({ q: "Begegnungsfest" })).toEqual([slugs.fest]);
  });

  it("counts without a search text follow at once: the facet index reloads on the next search", async () => {
    const before = await search({});
    const cities = (result: Awaited<ReturnType<typeof search>>) => result.facets.typ.find((entry) => entry.value === "stadt")?.count;
    await archiveProfile({ actor: reviewer, profileId: profiles.fest }); // Zollhausen, a Stadt
    const archived = await search({});
    expect(archived.total).toBe(before.total - 1);
    expect(cities(archived)).toBe(cities(before)! - 1);
    expect(archived.items.map((item) => item.slug)).not.toContain(slugs.fest);
    await unarchiveProfile({ actor: reviewer, profileId: profiles.fest });
    expect((await search({})).total).toBe(before.total);
  });

  it("raises the documents' generation once per changing transaction, at its commit", async () => {
    const generation = async (client: Pick<typeof db, "publicSearchGeneration"> = db) =>
      (await client.publicSearchGeneration.findUniqueOrThrow({ where: { id: 1 } })).generation;
    const start = await generation();
    await db.$transaction(async (tx) => {
      // two statements over this file's four documents: one raise, and only at the commit
      await tx.$executeRaw`UPDATE "PublicSearchDocument" SET "topics" = "topics" WHERE "kreis" = ${kreis}`;
      await tx.$executeRaw`UPDATE "PublicSearchDocument" SET "formats" = "formats" WHERE "kreis" = ${kreis}`;
      expect(await generation(tx)).toBe(start);
    });
    expect(await generation()).toBe(start + BigInt(1));
    await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE "PublicSearchDocument" SET "topics" = "topics" WHERE "kreis" = ${kreis}`;
        throw new Error("rolled back");
      })
      .catch(() => {});
    expect(await generation()).toBe(start + BigInt(1));
  });

  it("does not find a draft until it is published", async () => {
    await save(profiles.kreisrunde, { title: "Kreisweite Runde", occasion: "Eine Quasselstrippe erzählte vom Kreistag." });
    expect(await found({ q: "Quasselstrippe" })).toEqual([]);
    await submitVersion({ actor: editor, profileId: profiles.kreisrunde });
    expect(await found({ q: "Quasselstrippe" })).toEqual([]);
    const { workingVersionId } = await db.profile.findUniqueOrThrow({ where: { id: profiles.kreisrunde } });
    await approveVersion({ actor: reviewer, versionId: workingVersionId! });
    expect(await found({ q: "Quasselstrippe" })).toEqual([slugs.kreisrunde]);
  });

  it("follows a renamed topic and a renamed municipality", async () => {
    const renamed = `Gartenprojekt ${uniqueSlug("x")}`;
    await updateCatalogItem({ actor: admin, input: { kind: "topic", id: topics.t1.id, name: renamed, sortOrder: 0 } });
    expect(await found({ q: "Gartenprojekt" })).toEqual([slugs.wohnen, slugs.dialog]);
    const result = await search({ thema: topics.t1.slug });
    expect(result.facets.thema.find((entry) => entry.value === topics.t1.slug)?.label).toBe(renamed);

    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: ids.stadtB } });
    await updateMunicipality({
      actor: admin,
      input: {
        id: ids.stadtB,
        name: "Seeburg",
        kind: municipality.kind,
        landkreisId: municipality.landkreisId,
        regierungsbezirk: municipality.regierungsbezirk,
        ags: municipality.ags,
        population: municipality.population,
        latitude: null,
        longitude: null,
        website: municipality.website,
      },
    });
    expect(await found({ q: "Seeburg" })).toEqual([slugs.fest]);
    expect(await found({ q: "Zollhausen" })).toEqual([]);
  });

  it("repairs missing documents (profiles published before search existed)", async () => {
    await db.publicSearchDocument.delete({ where: { profileId: profiles.wohnen } });
    expect(await found({ q: "Wohnungen" })).toEqual([slugs.fest]);
    const { written } = await syncSearchDocuments(db);
    expect(written).toBeGreaterThanOrEqual(1);
    expect(await found({ q: "Wohnungen" })).toEqual([slugs.wohnen, slugs.fest]);
  });
});

describe("parameters", () => {
  it("tolerates junk", async () => {
    const params: SearchParams = parseSearchParams({ typ: ["stadt", "dorf", "STADT"], jahr: "20x6,2016", seite: "-3", sort: "zufall" });
    expect(params).toMatchObject({ typ: ["stadt"], jahr: [2016], seite: 1, sort: null });
    const result = await searchProfiles({ ...params, kreis: [kreis] });
    expect(result.items.map((item) => item.slug)).toEqual([slugs.wohnen]);
  });
});
