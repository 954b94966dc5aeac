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
    // searchable: one search document per demo profile, of its published version
    const documents = await db.publicSearchDocument.findMany({ where: { profileId: { in: profiles.map((profile) => profile.id) } } });
    expect(documents.map((document) => document.versionId).sort()).toEqual(profiles.map((profile) => profile.publishedVersionId).sort());
  });

  it("stores what each published version rests on, and its known facts", async () => {
    const versions = await db.profileVersion.findMany({
      where: { state: "PUBLISHED", profile: { isDemo: true } },
      include: { topics: true, formats: true, contacts: true, profile: { select: { slug: true } } },
    });
    expect(versions).toHaveLength(32);
    for (const version of versions) {
      const label = version.profile.slug;
      for (const text of [version.title, version.teaser, version.occasion]) expect(text.trim(), label).not.toBe("");
      expect(version.sourceUrls.length, label).toBeGreaterThan(0);
      for (const url of version.sourceUrls) expect(url, label).toMatch(/^https:\/\//);
      expect(version.exampleSections, label).toContain("contacts");
      expect(version.formats.length, label).toBeGreaterThan(0);
      expect(version.contacts.length, label).toBeGreaterThan(0);
      expect(version.quoteText, label).toBe("");
      if (version.costTotal !== null) {
        expect(Number(version.costFunding), label).toBeLessThanOrEqual(3000);
        expect(Number(version.costTotal) - Number(version.costFunding)).toBeCloseTo(Number(version.costOwnShare), 2);
      }
    }
    // Facts of the published Steckbriefe (facts file): the Rems-Murr-Kreis held one Ideenworkshop with 36 participants.
    const remsMurr = versions.find((version) => version.profile.slug === "rems-murr-kreis-integrationsstrategie")!;
    expect(remsMurr.eventCount).toBe(1);
    expect(remsMurr.participantCount).toBe(36);
    expect(remsMurr.eventDates.map((date) => date.toISOString().slice(0, 10))).toEqual(["2016-10-20"]);
    // A probable assignment and the example municipality say so.
    const stuttgart = versions.find((version) => version.profile.slug === "stuttgart-gebrueder-schmid-zentrum-dialoge")!;
    expect(stuttgart.sourceNote).toMatch(/Wahrscheinliche Zuordnung/);
    const example = versions.find((version) => version.profile.slug === "kusterdingen-miteinander-ins-gespraech")!;
    expect(example.exampleSections).toContain("municipality");
  });

  it("files each teaser under the municipality of its Steckbrief", async () => {
    const bus = await db.profile.findUniqueOrThrow({
      where: { slug: "friedrichshafen-fruehstuecksbus" },
      include: { municipality: { include: { landkreis: true } } },
    });
    expect(bus.municipality.name).toBe("Friedrichshafen");
    expect(bus.municipality.landkreis?.name).toBe("Bodenseekreis");
    const enzkreis = await db.profile.findUniqueOrThrow({
      where: { slug: "enzkreis-landratsamt-und-ehrenamt" },
      include: { municipality: true },
    });
    expect(enzkreis.municipality.kind).toBe("LANDKREIS");
    expect(await db.municipality.count({ where: { slug: { in: ["filderstadt", "offenburg", "sindelfingen"] } } })).toBe(0);
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
