import type { Database } from "../../lib/db-client";
import { hashPassword } from "../../lib/auth/password";
import { isSlug } from "../../lib/slug";
import { demoContent } from "./content";
import type { DemoMunicipality, DemoProfile } from "./types";

export interface DemoLoadResult {
  municipalities: number;
  profilesCreated: number;
  profilesKept: number;
  accountsCreated: number;
}

/** Password of every demo account (README); demo accounts exist only where the demo seed ran. */
export const DEMO_PASSWORD = "Demo-Passwort-2026";

export const demoEditorEmail = (municipalitySlug: string) => `redaktion+${municipalitySlug}@example.org`;

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
      const version = await tx.profileVersion.create({
        data: {
          profileId: created.id,
          number: 1,
          state: "PUBLISHED",
          publishedAt,
          submittedAt: publishedAt,
          reviewedAt: publishedAt,
          title: profile.title,
          teaser: profile.teaser,
          occasion: profile.occasion,
          goals: profile.goals,
          concept: profile.concept,
          eventDates: profile.eventDates.map((date) => new Date(`${date}T00:00:00Z`)),
          eventCount: profile.eventCount,
          moderationType: profile.moderation.type,
          moderationOrganisation: profile.moderation.organisation,
          moderationDescription: profile.moderation.description,
          participantGroups: profile.participantGroups,
          participantCount: profile.participantCount,
          refugeeParticipation: profile.refugeeParticipation,
          languages: profile.languages,
          processRating: profile.processRating,
          resultsRating: profile.resultsRating,
          ratingComment: profile.ratingComment,
          keyResults: profile.keyResults,
          measures: profile.measures,
          nextSteps: profile.nextSteps,
          costTotal: profile.costs.total,
          costFunding: profile.costs.funding,
          costOwnShare: profile.costs.ownShare,
          costSpentOn: profile.costs.spentOn,
          recommendations: profile.recommendations,
          quoteText: profile.quote?.text ?? null,
          quoteAuthor: profile.quote?.author ?? null,
          quoteRole: profile.quote?.role ?? null,
          sourceUrls: profile.sourceUrls,
          exampleSections: profile.exampleSections,
          sourceNote: profile.sourceNote,
          topics: { create: profile.topicSlugs.map((slug) => ({ topicId: idOf(topicIds, slug, "Thema") })) },
          formats: { create: profile.formatSlugs.map((slug) => ({ formatId: idOf(formatIds, slug, "Format") })) },
          contacts: {
            create: profile.contacts.map((contact, index) => ({
              sortOrder: index,
              function: contact.function,
              office: contact.office,
              email: contact.email,
              phone: contact.phone,
            })),
          },
        },
        select: { id: true },
      });
      await tx.profile.update({ where: { id: created.id }, data: { publishedVersionId: version.id } });
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
