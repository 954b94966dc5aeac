import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDemoContent } from "@/prisma/demo/load-demo-content";
import { connectTestDatabase } from "../support/test-db";

const db = connectTestDatabase();

beforeAll(async () => {
  await loadDemoContent(db);
});

afterAll(async () => {
  await db.$disconnect();
});

describe("demo seed", () => {
  it("produces 32 published, visible profiles: 4 Landkreise, 21 Städte, 7 Gemeinden", async () => {
    const profiles = await db.profile.findMany({
      where: { isDemo: true },
      include: { municipality: true, publishedVersion: true },
    });
    expect(profiles).toHaveLength(32);
    const kinds = profiles.map((profile) => profile.municipality.kind);
    expect(kinds.filter((kind) => kind === "LANDKREIS")).toHaveLength(4);
    expect(kinds.filter((kind) => kind === "STADT")).toHaveLength(21);
    expect(kinds.filter((kind) => kind === "GEMEINDE")).toHaveLength(7);
    for (const profile of profiles) {
      expect(profile.archivedAt).toBeNull();
      expect(profile.publishedVersion?.state).toBe("PUBLISHED");
      expect(profile.firstPublishedAt).not.toBeNull();
    }
  });

  it("fills every required field of each published version", async () => {
    const versions = await db.profileVersion.findMany({
      where: { state: "PUBLISHED", profile: { isDemo: true } },
      include: { topics: true, formats: true, contacts: true },
    });
    expect(versions).toHaveLength(32);
    for (const version of versions) {
      const label = version.title;
      for (const text of [
        version.title,
        version.teaser,
        version.occasion,
        version.goals,
        version.concept,
        version.moderationOrganisation,
        version.moderationDescription,
        version.refugeeParticipation,
        version.ratingComment,
        version.measures,
        version.nextSteps,
        version.costSpentOn,
        version.recommendations,
      ]) {
        expect(text.trim(), label).not.toBe("");
      }
      expect(version.eventDates.length, label).toBeGreaterThan(0);
      expect(version.eventCount, label).toBeGreaterThan(0);
      expect(version.moderationType, label).not.toBeNull();
      expect(version.participantGroups.length, label).toBeGreaterThan(0);
      expect(version.participantCount, label).toBeGreaterThan(0);
      expect(version.processRating, label).toBeGreaterThanOrEqual(1);
      expect(version.resultsRating, label).toBeGreaterThanOrEqual(1);
      expect(version.keyResults.length, label).toBeGreaterThan(0);
      expect(Number(version.costTotal), label).toBeGreaterThan(0);
      expect(Number(version.costFunding), label).toBeLessThanOrEqual(3000);
      expect(Number(version.costTotal) - Number(version.costFunding)).toBeCloseTo(Number(version.costOwnShare), 2);
      expect(version.topics.length, label).toBeGreaterThan(0);
      expect(version.formats.length, label).toBeGreaterThan(0);
      expect(version.contacts.length, label).toBeGreaterThan(0);
    }
  });

  it("links Städte and Gemeinden to their Landkreis and keeps municipality data structured", async () => {
    const tuebingen = await db.municipality.findUniqueOrThrow({ where: { slug: "tuebingen" }, include: { landkreis: true } });
    expect(tuebingen.kind).toBe("STADT");
    expect(tuebingen.landkreis?.slug).toBe("landkreis-tuebingen");
    expect(tuebingen.regierungsbezirk).toBe("TUEBINGEN");
    const ulm = await db.municipality.findUniqueOrThrow({ where: { slug: "ulm" } });
    expect(ulm.landkreisId).toBeNull(); // Stadtkreis
    const gmuend = await db.municipality.findUniqueOrThrow({ where: { slug: "schwaebisch-gmuend" } });
    expect(gmuend.name).toBe("Schwäbisch Gmünd");
  });

  it("is idempotent: a second run creates nothing and changes nothing", async () => {
    const before = await db.profileVersion.count();
    const auditBefore = await db.auditLog.count();
    const result = await loadDemoContent(db);
    expect(result.profilesCreated).toBe(0);
    expect(result.profilesKept).toBe(32);
    expect(await db.profileVersion.count()).toBe(before);
    expect(await db.auditLog.count()).toBe(auditBefore);
  });
});
