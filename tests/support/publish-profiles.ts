import type { MunicipalityKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/authz/policy";
import type { Database } from "@/lib/db-client";
import { createProfile } from "@/lib/profiles/create-profile";
import type { ProfileFormValues } from "@/lib/profiles/fields";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { approveVersion, archiveProfile, submitVersion } from "@/lib/review/workflow";
import { uniqueSlug } from "./test-db";

/**
 * Profiles made through the real services (create, save, submit, approve, archive), so that the search
 * documents and everything public come from the same transactions as in the portal. For tests of the
 * public read model on real PostgreSQL.
 */
export async function publicFixtures(db: Database, prefix: string) {
  const users = await Promise.all(
    (["EDITOR", "REVIEWER"] as const).map((role) =>
      db.user.create({ data: { email: `${uniqueSlug(`${prefix}-${role.toLowerCase()}`)}@example.org`, role } }),
    ),
  );
  const municipalityIds: string[] = [];
  const editor: Actor = { id: users[0]!.id, role: "EDITOR", municipalityIds };
  const reviewer: Actor = { id: users[1]!.id, role: "REVIEWER", municipalityIds: [] };

  async function municipality(options: { name: string; kind: MunicipalityKind; population?: number; landkreisId?: string; slug?: string }) {
    const created = await db.municipality.create({
      data: {
        slug: options.slug ?? uniqueSlug(`${prefix}-ort`),
        name: options.name,
        kind: options.kind,
        regierungsbezirk: "STUTTGART",
        population: options.population ?? null,
        landkreisId: options.landkreisId ?? null,
      },
    });
    await db.editorAssignment.create({ data: { userId: editor.id, municipalityId: created.id } });
    municipalityIds.push(created.id);
    return created.id;
  }

  async function catalogEntry(kind: "topic" | "format", name: string) {
    const slug = uniqueSlug(`${prefix}-${kind}`);
    const data = { slug, name: `${name} ${slug}` };
    const created = kind === "topic" ? await db.topic.create({ data }) : await db.format.create({ data });
    return { id: created.id, slug, name: data.name };
  }

  async function save(profileId: string, values: Partial<ProfileFormValues>) {
    const draft = await db.profile.findUniqueOrThrow({ where: { id: profileId }, select: { workingVersion: true } });
    const saved = await saveWorkingVersion({
      actor: editor,
      input: {
        profileId,
        versionId: draft.workingVersion?.id ?? null,
        baseRevision: draft.workingVersion?.revision ?? 0,
        values: { ...emptyFormValues(values.title ?? "Titel"), ...values },
      },
    });
    if (saved.outcome !== "saved") throw new Error(saved.outcome);
    return saved.versionId;
  }

  /** A profile in the given state: published (default), archived (after publication) or a draft never published. */
  async function profile(
    municipalityId: string,
    values: Partial<ProfileFormValues> & { title: string },
    state: "published" | "archived" | "draft" = "published",
  ): Promise<{ id: string; slug: string }> {
    const created = await createProfile({ actor: editor, input: { municipalityId, title: values.title } });
    const versionId = await save(created.id, values);
    if (state !== "draft") {
      await submitVersion({ actor: editor, profileId: created.id });
      await approveVersion({ actor: reviewer, versionId });
    }
    if (state === "archived") await archiveProfile({ actor: reviewer, profileId: created.id });
    const { slug } = await db.profile.findUniqueOrThrow({ where: { id: created.id }, select: { slug: true } });
    return { id: created.id, slug };
  }

  return { municipality, catalogEntry, profile };
}
