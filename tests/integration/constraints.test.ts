import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * The database itself refuses data that must never be wrong — whatever code writes it.
 * Each test checks both the refusal and that nothing partial was written.
 */
const db = connectTestDatabase();
let municipalityId: string;

beforeAll(async () => {
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("testgemeinde"), name: "Testgemeinde", kind: "GEMEINDE", regierungsbezirk: "STUTTGART" },
  });
  municipalityId = municipality.id;
});

afterAll(async () => {
  await db.$disconnect();
});

async function createProfileWithVersion(versionData: Record<string, unknown> = {}) {
  const slug = uniqueSlug("profil");
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.create({ data: { slug, municipalityId } });
    const version = await tx.profileVersion.create({
      data: { profileId: profile.id, number: 1, title: "Testdialog", ...versionData },
    });
    return { profile, version, slug };
  });
}

describe("database constraints", () => {
  it("rejects a negative cost and writes nothing of the transaction", async () => {
    const slug = uniqueSlug("negativ");
    await expect(
      db.$transaction(async (tx) => {
        const profile = await tx.profile.create({ data: { slug, municipalityId } });
        await tx.profileVersion.create({ data: { profileId: profile.id, number: 1, title: "Kosten", costTotal: -5 } });
      }),
    ).rejects.toThrow(/ProfileVersion_cost_total_non_negative/);
    expect(await db.profile.findUnique({ where: { slug } })).toBeNull();
  });

  it.each([
    ["costFunding", -1, "ProfileVersion_cost_funding_non_negative"],
    ["costOwnShare", -0.01, "ProfileVersion_cost_own_share_non_negative"],
    ["processRating", 6, "ProfileVersion_process_rating_range"],
    ["resultsRating", 0, "ProfileVersion_results_rating_range"],
    ["participantCount", -3, "ProfileVersion_participant_count_non_negative"],
    ["eventCount", 0, "ProfileVersion_event_count_positive"],
    ["keyResults", ["eins", "zwei", "drei", "vier"], "ProfileVersion_key_results_at_most_three"],
    ["title", "   ", "ProfileVersion_title_not_blank"],
  ])("rejects %s = %j", async (field, value, constraint) => {
    await expect(createProfileWithVersion({ [field]: value })).rejects.toThrow(new RegExp(constraint));
  });

  it("rejects duplicate and malformed slugs", async () => {
    const slug = uniqueSlug("doppelt");
    await db.profile.create({ data: { slug, municipalityId } });
    await expect(db.profile.create({ data: { slug, municipalityId } })).rejects.toThrow(/Unique constraint|unique/i);
    await expect(db.profile.create({ data: { slug: "Tübingen Süd", municipalityId } })).rejects.toThrow(/Profile_slug_format/);
    await expect(
      db.municipality.create({ data: { slug: "Schwäbisch-Gmünd", name: "X", kind: "STADT", regierungsbezirk: "STUTTGART" } }),
    ).rejects.toThrow(/Municipality_slug_format/);
  });

  it("rejects malformed municipality data", async () => {
    const base = { name: "Prüfstadt", kind: "STADT" as const, regierungsbezirk: "KARLSRUHE" as const };
    await expect(db.municipality.create({ data: { ...base, slug: uniqueSlug("ags"), ags: "0812" } })).rejects.toThrow(
      /Municipality_ags_format/,
    );
    await expect(db.municipality.create({ data: { ...base, slug: uniqueSlug("ew"), population: -1 } })).rejects.toThrow(
      /Municipality_population_non_negative/,
    );
    const landkreis = await db.municipality.create({
      data: { slug: uniqueSlug("landkreis"), name: "Testkreis", kind: "LANDKREIS", regierungsbezirk: "FREIBURG" },
    });
    await expect(
      db.municipality.create({
        data: {
          slug: uniqueSlug("kreis-im-kreis"),
          name: "Kreis",
          kind: "LANDKREIS",
          regierungsbezirk: "FREIBURG",
          landkreisId: landkreis.id,
        },
      }),
    ).rejects.toThrow(/Municipality_landkreis_only_for_members/);
  });

  it("rejects a profile of a municipality that does not exist", async () => {
    await expect(
      db.profile.create({ data: { slug: uniqueSlug("waise"), municipalityId: "00000000-0000-4000-8000-000000000000" } }),
    ).rejects.toThrow(/Foreign key/i);
  });

  it("allows at most one published version per profile", async () => {
    const { profile } = await createProfileWithVersion({ state: "PUBLISHED", publishedAt: new Date() });
    await expect(
      db.profileVersion.create({
        data: { profileId: profile.id, number: 2, title: "Zweite", state: "PUBLISHED", publishedAt: new Date() },
      }),
    ).rejects.toThrow(/ProfileVersion_single_published/);
    expect(await db.profileVersion.count({ where: { profileId: profile.id } })).toBe(1);
  });

  it("only lets the published pointer name a published version of the same profile (checked at commit)", async () => {
    const { profile, version } = await createProfileWithVersion(); // a draft
    await expect(db.profile.update({ where: { id: profile.id }, data: { publishedVersionId: version.id } })).rejects.toThrow(
      /Profile_published_pointer|not a published version/,
    );
    const other = await createProfileWithVersion({ state: "PUBLISHED", publishedAt: new Date() });
    await expect(db.profile.update({ where: { id: profile.id }, data: { publishedVersionId: other.version.id } })).rejects.toThrow(
      /not a published version/,
    );
    const unchanged = await db.profile.findUniqueOrThrow({ where: { id: profile.id } });
    expect(unchanged.publishedVersionId).toBeNull();
  });

  it("keeps the audit log append-only", async () => {
    const entry = await db.auditLog.create({
      data: { action: "test.entry", objectType: "Test", objectId: "1" },
    });
    await expect(db.auditLog.update({ where: { id: entry.id }, data: { action: "changed" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe('TRUNCATE "AuditLog"')).rejects.toThrow(/append-only/);
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe("test.entry");
  });
});
