import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import { countProfilesByKind, findListingPage, findStartPageGroups } from "@/lib/public/listing";
import { PAGE_SIZE } from "@/lib/public/listing-params";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * The listing against real PostgreSQL: pages of 20 in the order newest first publication, ties by
 * municipality name; counts per kind; nothing that is not publicly visible. Other test files share
 * the database, so the profiles made here carry dates in the future (they lead the listing) and
 * counts are compared as differences.
 */
const db = connectTestDatabase();
const FUTURE = Date.UTC(2090, 0, 1);
const day = 86_400_000;

async function profile(options: {
  kind: MunicipalityKind;
  municipalityName: string;
  publishedAt: Date;
  state?: "published" | "draft" | "archived";
}): Promise<string> {
  const slug = uniqueSlug("liste");
  const state = options.state ?? "published";
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("liste-kommune"), name: options.municipalityName, kind: options.kind, regierungsbezirk: "KARLSRUHE" },
  });
  await db.$transaction(async (tx) => {
    const created = await tx.profile.create({
      data: {
        slug,
        municipalityId: municipality.id,
        archivedAt: state === "archived" ? new Date() : null,
        firstPublishedAt: state === "draft" ? null : options.publishedAt,
      },
    });
    const version = await tx.profileVersion.create({
      data: {
        profileId: created.id,
        number: 1,
        title: `Listentitel ${slug}`,
        teaser: "Kurz",
        state: state === "draft" ? "DRAFT" : "PUBLISHED",
        publishedAt: state === "draft" ? null : options.publishedAt,
      },
    });
    await tx.profile.update({
      where: { id: created.id },
      data: state === "draft" ? { workingVersionId: version.id } : { publishedVersionId: version.id },
    });
  });
  return slug;
}

let before: Awaited<ReturnType<typeof countProfilesByKind>>;
const made: Record<string, string> = {};

beforeAll(async () => {
  before = await countProfilesByKind();
  // 23 Gemeinde profiles on 23 distinct future days (newest: g0), two Städte on the same (newest) day.
  for (let index = 0; index < 23; index += 1) {
    made[`g${index}`] = await profile({
      kind: "GEMEINDE",
      municipalityName: `Listendorf ${index}`,
      publishedAt: new Date(FUTURE - index * day),
    });
  }
  made.stadtB = await profile({ kind: "STADT", municipalityName: "Zettelstadt", publishedAt: new Date(FUTURE + 10 * day) });
  made.stadtA = await profile({ kind: "STADT", municipalityName: "Aalenstadt", publishedAt: new Date(FUTURE + 10 * day) });
  made.draft = await profile({
    kind: "GEMEINDE",
    municipalityName: "Entwurfsdorf",
    publishedAt: new Date(FUTURE + 20 * day),
    state: "draft",
  });
  made.archived = await profile({
    kind: "GEMEINDE",
    municipalityName: "Archivdorf",
    publishedAt: new Date(FUTURE + 20 * day),
    state: "archived",
  });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the public listing", () => {
  it("counts publicly visible profiles per kind", async () => {
    const after = await countProfilesByKind();
    expect(after).toEqual({ LANDKREIS: before.LANDKREIS, STADT: before.STADT + 2, GEMEINDE: before.GEMEINDE + 23 });
  });

  it("orders by newest publication, ties by municipality name", async () => {
    const page = await findListingPage({ typ: undefined, seite: 1 });
    expect(page.cards).toHaveLength(PAGE_SIZE);
    expect(page.cards.slice(0, 3).map((card) => card.slug)).toEqual([made.stadtA, made.stadtB, made.g0]);
    expect(page.cards[0]).toMatchObject({ municipalityName: "Aalenstadt", municipalityKind: "STADT", title: `Listentitel ${made.stadtA}` });
  });

  it("filters by kind and pages by 20 without repeating or skipping a profile", async () => {
    const first = await findListingPage({ typ: "gemeinde", seite: 1 });
    const second = await findListingPage({ typ: "gemeinde", seite: 2 });
    expect(first.total).toBe(before.GEMEINDE + 23);
    expect(second.total).toBe(first.total);
    expect(first.cards.every((card) => card.municipalityKind === "GEMEINDE")).toBe(true);
    const slugs = [...first.cards, ...second.cards].map((card) => card.slug);
    expect(slugs.slice(0, 23)).toEqual(Array.from({ length: 23 }, (_, index) => made[`g${index}`]));
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it("lists nothing that is a draft or archived", async () => {
    const all = await findListingPage({ typ: "gemeinde", seite: 1 });
    const slugs = all.cards.map((card) => card.slug);
    expect(slugs).not.toContain(made.draft);
    expect(slugs).not.toContain(made.archived);
  });

  it("gives an empty page beyond the last", async () => {
    const { total } = await findListingPage({ typ: "stadt", seite: 1 });
    const beyond = await findListingPage({ typ: "stadt", seite: Math.ceil(total / PAGE_SIZE) + 1 });
    expect(beyond).toEqual({ total, cards: [], hasDemo: false });
  });

  it("gives the start page each kind's count and most recent profiles", async () => {
    const groups = await findStartPageGroups(3);
    expect(groups.map((group) => group.kind)).toEqual(["LANDKREIS", "STADT", "GEMEINDE"]);
    const [, staedte, gemeinden] = groups;
    expect(staedte!.total).toBe(before.STADT + 2);
    expect(staedte!.recent.slice(0, 2).map((card) => card.slug)).toEqual([made.stadtA, made.stadtB]);
    expect(gemeinden!.recent.map((card) => card.slug)).toEqual([made.g0, made.g1, made.g2]);
  });
});
