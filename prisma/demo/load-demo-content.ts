import type { Database } from "../../lib/db-client";
import { hashPassword } from "../../lib/auth/password";
import { isSlug } from "../../lib/slug";
import { demoContent } from "./content";
import type { DemoMunicipality, DemoProfile } from "./types";
import { profileContentSchema } from "../../lib/profiles/content-schema";
import type { ProfileFormValues } from "../../lib/profiles/fields";
import { contentToVersionData, emptyFormValues, relationWrites } from "../../lib/profiles/form-values";
import { refreshSearchDocuments, syncSearchDocuments } from "../../lib/search/index-documents";

export interface DemoLoadResult {
  municipalities: number;
  profilesCreated: number;
  profilesKept: number;
  accountsCreated: number;
}

/** Password of every demo account (README); demo accounts exist only where the demo seed ran. */
export const DEMO_PASSWORD = "Demo-Passwort-2026";

export const demoEditorEmail = (municipalitySlug: string) => `redaktion+${municipalitySlug}@example.org`;

/**
 * A demo profile as the edit form would hold it: the demo files keep their own readable shape, and
 * the content goes through the same schema and column mapping as every editor's save.
 */
function demoFormValues(profile: DemoProfile, topicId: (slug: string) => string, formatId: (slug: string) => string): ProfileFormValues {
  const amount = (value: number | null) => (value === null ? "" : String(value));
  return {
    ...emptyFormValues(profile.title),
    teaser: profile.teaser,
    occasion: profile.occasion,
    goals: profile.goals,
    formatIds: profile.formatSlugs.map(formatId),
    concept: profile.concept,
    eventDates: profile.eventDates,
    eventCount: amount(profile.eventCount),
    moderationType: profile.moderation.type ?? "",
    moderationOrganisation: profile.moderation.organisation,
    moderationDescription: profile.moderation.description,
    topicIds: profile.topicSlugs.map(topicId),
    participantGroups: profile.participantGroups,
    participantCount: amount(profile.participantCount),
    languages: profile.languages.join(", "),
    refugeeParticipation: profile.refugeeParticipation,
    processRating: amount(profile.processRating),
    resultsRating: amount(profile.resultsRating),
    ratingComment: profile.ratingComment,
    keyResults: profile.keyResults,
    measures: profile.measures,
    nextSteps: profile.nextSteps,
    costTotal: amount(profile.costs.total),
    costFunding: amount(profile.costs.funding),
    costOwnShare: amount(profile.costs.ownShare),
    costSpentOn: profile.costs.spentOn,
    recommendations: profile.recommendations,
    contacts: profile.contacts.map((contact) => ({ ...contact, phone: contact.phone ?? "", personName: "", nameConsentAt: "" })),
    quoteText: profile.quote?.text ?? "",
    quoteAuthor: profile.quote?.author ?? "",
    quoteRole: profile.quote?.role ?? "",
    sourceUrls: profile.sourceUrls.join("\n"),
    sourceNote: profile.sourceNote,
  };
}

/** Publication date of a demo profile: four weeks after its last event. */
function demoPublicationDate(profile: DemoProfile): Date {
  const last = [...profile.eventDates].sort().at(-1) ?? "2017-06-30";
  const date = new Date(`${last}T10:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 28);
  return date;
}

/**
 * Loads the demo content (all dialogues of the programme's overview page) into the database.
 * Idempotent: municipalities are upserted by slug; a profile that already exists is left
 * exactly as it is, so running it again never overwrites what editors changed.
 */
export async function loadDemoContent(db: Database): Promise<DemoLoadResult> {
  const municipalities = new Map<string, DemoMunicipality>();
  const profiles: DemoProfile[] = [];
  for (const file of demoContent) {
    for (const municipality of file.municipalities) {
      if (municipalities.has(municipality.slug)) throw new Error(`Demo: Kommune ${municipality.slug} doppelt`);
      municipalities.set(municipality.slug, municipality);
    }
    profiles.push(...file.profiles);
  }
  for (const slug of [...municipalities.keys(), ...profiles.map((profile) => profile.slug)]) {
    if (!isSlug(slug)) throw new Error(`Demo: ungültiger Slug "${slug}"`);
  }

  // Landkreise first: Städte and Gemeinden point at them.
  const ordered = [...municipalities.values()].sort((a, b) => Number(a.landkreisSlug !== null) - Number(b.landkreisSlug !== null));
  const municipalityIds = new Map<string, string>();
  for (const municipality of ordered) {
    const landkreisId = municipality.landkreisSlug ? municipalityIds.get(municipality.landkreisSlug) : null;
    if (landkreisId === undefined) {
      throw new Error(`Demo: Landkreis ${municipality.landkreisSlug} von ${municipality.slug} fehlt`);
    }
    const data = {
      name: municipality.name,
      kind: municipality.kind,
      landkreisId,
      regierungsbezirk: municipality.regierungsbezirk,
      ags: municipality.ags,
      population: municipality.population,
      latitude: municipality.latitude,
      longitude: municipality.longitude,
      website: municipality.website,
    };
    const saved = await db.municipality.upsert({
      where: { slug: municipality.slug },
      create: { slug: municipality.slug, ...data },
      update: data,
      select: { id: true },
    });
    municipalityIds.set(municipality.slug, saved.id);
  }

  const [topics, formats] = await Promise.all([
    db.topic.findMany({ select: { id: true, slug: true } }),
    db.format.findMany({ select: { id: true, slug: true } }),
  ]);
  const topicIds = new Map(topics.map((topic) => [topic.slug, topic.id]));
  const formatIds = new Map(formats.map((format) => [format.slug, format.id]));
  const idOf = (ids: Map<string, string>, slug: string, what: string) => {
    const id = ids.get(slug);
    if (!id) throw new Error(`Demo: ${what} "${slug}" fehlt in der Datenbank`);
    return id;
  };

  let profilesCreated = 0;
  for (const profile of profiles) {
    const existing = await db.profile.findUnique({ where: { slug: profile.slug }, select: { id: true } });
    if (existing) continue;
    const municipalityId = idOf(municipalityIds, profile.municipalitySlug, "Kommune");
    const publishedAt = demoPublicationDate(profile);

    await db.$transaction(async (tx) => {
      const created = await tx.profile.create({
        data: { slug: profile.slug, municipalityId, isDemo: true, firstPublishedAt: publishedAt },
        select: { id: true },
      });
      const content = profileContentSchema.parse(
        demoFormValues(
          profile,
          (slug) => idOf(topicIds, slug, "Thema"),
          (slug) => idOf(formatIds, slug, "Format"),
        ),
      );
      const version = await tx.profileVersion.create({
        data: {
          profileId: created.id,
          number: 1,
          state: "PUBLISHED",
          publishedAt,
          submittedAt: publishedAt,
          reviewedAt: publishedAt,
          ...contentToVersionData(content),
          ...relationWrites(content, new Map(), publishedAt),
          // Which sections hold example content is the demo's own note, not content of the form.
          exampleSections: profile.exampleSections,
        },
        select: { id: true },
      });
      await tx.profile.update({ where: { id: created.id }, data: { publishedVersionId: version.id } });
      await refreshSearchDocuments(tx, [created.id]);
      await tx.auditLog.create({
        data: {
          action: "profile.demo-seed",
          objectType: "Profile",
          objectId: created.id,
          details: { slug: profile.slug, versionId: version.id },
        },
      });
    });
    profilesCreated += 1;
  }

  // Profiles kept from an earlier run (or published before search existed) get their documents too.
  await syncSearchDocuments(db);
  const accountsCreated = await loadDemoAccounts(db, municipalityIds);
  return { municipalities: municipalities.size, profilesCreated, profilesKept: profiles.length - profilesCreated, accountsCreated };
}

/**
 * Demo accounts: an admin, a reviewer and one editor per seeded municipality, all with
 * DEMO_PASSWORD. Existing accounts are left alone (their password may have been changed).
 */
async function loadDemoAccounts(db: Database, municipalityIds: Map<string, string>): Promise<number> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // one hash for all: same password, fast seed
  const accounts = [
    { email: "admin@example.org", name: "Demo-Administration", role: "ADMIN" as const, municipalityId: null },
    { email: "pruefung@example.org", name: "Demo-Programmteam", role: "REVIEWER" as const, municipalityId: null },
    ...[...municipalityIds].map(([slug, id]) => ({
      email: demoEditorEmail(slug),
      name: `Demo-Redaktion ${slug}`,
      role: "EDITOR" as const,
      municipalityId: id,
    })),
  ];
  const existing = new Set(
    (await db.user.findMany({ where: { email: { in: accounts.map((account) => account.email) } }, select: { email: true } })).map(
      (user) => user.email,
    ),
  );
  const missing = accounts.filter((account) => !existing.has(account.email));
  for (const account of missing) {
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        passwordHash,
        assignments: account.municipalityId ? { create: { municipalityId: account.municipalityId } } : undefined,
      },
    });
  }
  return missing.length;
}
