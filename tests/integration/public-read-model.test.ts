import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPublicProfile, listPublishedProfileCards } from "@/lib/public/queries";
import { publicProfileStatus } from "@/lib/public/visibility";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/** "Publicly visible" is defined once (lib/public): published and not archived — nothing else leaves. */
const db = connectTestDatabase();
const slugs = { published: uniqueSlug("oeffentlich"), draftOnly: uniqueSlug("nur-entwurf"), archived: uniqueSlug("archiviert") };

async function profile(slug: string, { published, archived }: { published: boolean; archived: boolean }) {
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("lesemodell"), name: `Lesestadt ${slug}`, kind: "STADT", regierungsbezirk: "FREIBURG" },
  });
  await db.$transaction(async (tx) => {
    const created = await tx.profile.create({ data: { slug, municipalityId: municipality.id, archivedAt: archived ? new Date() : null } });
    const version = await tx.profileVersion.create({
      data: {
        profileId: created.id,
        number: 1,
        title: `Titel ${slug}`,
        state: published ? "PUBLISHED" : "DRAFT",
        publishedAt: published ? new Date() : null,
        contacts: {
          create: [
            { function: "Integrationsbeauftragte", email: "integration@stadt.example", personName: "Ohne Einwilligung" },
            {
              function: "Bürgermeisteramt",
              email: "buergermeister@stadt.example",
              personName: "Mit Einwilligung",
              nameConsentAt: new Date(),
            },
          ],
        },
      },
    });
    await tx.profile.update({
      where: { id: created.id },
      data: published ? { publishedVersionId: version.id } : { workingVersionId: version.id },
    });
  });
}

beforeAll(async () => {
  await profile(slugs.published, { published: true, archived: false });
  await profile(slugs.draftOnly, { published: false, archived: false });
  await profile(slugs.archived, { published: true, archived: true });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the public read model", () => {
  it("gives a published profile as a DTO without unconsented names", async () => {
    const lookup = await findPublicProfile(slugs.published);
    expect(lookup.status).toBe("published");
    if (lookup.status !== "published") return;
    expect(lookup.profile.content.title).toBe(`Titel ${slugs.published}`);
    expect(lookup.profile.content.contacts.map((contact) => contact.personName)).toEqual([null, "Mit Einwilligung"]);
    expect(JSON.stringify(lookup.profile)).not.toContain("Ohne Einwilligung");
  });

  it("yields nothing of a draft-only or an archived profile", async () => {
    expect(await findPublicProfile(slugs.draftOnly)).toEqual({ status: "not-found" });
    const archived = await findPublicProfile(slugs.archived);
    expect(archived.status).toBe("archived");
    expect(JSON.stringify(archived)).not.toContain("Titel");
    const listed = (await listPublishedProfileCards()).map((card) => card.slug);
    expect(listed).toContain(slugs.published);
    expect(listed).not.toContain(slugs.draftOnly);
    expect(listed).not.toContain(slugs.archived);
  });

  it("answers the status of a public address: published, archived (410) or not found", async () => {
    expect(await publicProfileStatus(slugs.published)).toBe("published");
    expect(await publicProfileStatus(slugs.archived)).toBe("archived");
    expect(await publicProfileStatus(slugs.draftOnly)).toBe("not-found");
    expect(await publicProfileStatus(uniqueSlug("gibt-es-nicht"))).toBe("not-found");
  });
});
