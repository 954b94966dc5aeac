import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { slugify } from "@/lib/slug";
import { contentFieldSchema } from "./content-schema";

export const createProfileSchema = z.object({
  municipalityId: z.uuid("Dashboard.createMunicipalityRequired"),
  title: contentFieldSchema("title") as z.ZodType<string, string>,
});

/**
 * A new profile for a further dialogue of a municipality: an unpublished profile with a draft
 * working version. The slug is the municipality's plus the title's, made unique with a number.
 */
export async function createProfile({ actor, input }: { actor: Actor | null; input: z.infer<typeof createProfileSchema> }) {
  assertCan(actor, { action: "profile.create", municipalityId: input.municipalityId });
  const municipality = await db.municipality.findUniqueOrThrow({ where: { id: input.municipalityId }, select: { slug: true } });
  const base = `${municipality.slug}-${slugify(input.title)}`.slice(0, 80).replace(/-+$/, "");
  return db.$transaction(async (tx) => {
    let slug = base;
    for (let suffix = 2; await tx.profile.findUnique({ where: { slug }, select: { id: true } }); suffix += 1) {
      slug = `${base}-${suffix}`;
    }
    const profile = await tx.profile.create({ data: { slug, municipalityId: input.municipalityId }, select: { id: true, slug: true } });
    const version = await tx.profileVersion.create({
      data: {
        profileId: profile.id,
        number: 1,
        state: "DRAFT",
        title: input.title,
        createdById: actor.id,
        updatedById: actor.id,
      },
      select: { id: true },
    });
    await tx.profile.update({ where: { id: profile.id }, data: { workingVersionId: version.id } });
    await recordAudit(tx, { actorId: actor.id, action: "profile.create", objectType: "Profile", objectId: profile.id, details: { slug } });
    return profile;
  });
}
