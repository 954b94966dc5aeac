import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ensureWorkingVersion } from "@/lib/profiles/ensure-working-version";
import {
  clearRelations,
  consentTimesOf,
  contentToVersionData,
  relationWrites,
  remainingExampleSections,
  versionFormInclude,
  versionToFormValues,
} from "@/lib/profiles/form-values";
import { assertEditable } from "@/lib/profiles/version-states";
import { slugify } from "@/lib/slug";
import { planImport, type ImportPlan, type PlannedRow } from "./plan-import";

/** What the confirmation wrote, kept with the upload for its result page. */
export interface ImportResult {
  created: { slug: string; title: string }[];
  updated: { slug: string; title: string }[];
  unchanged: number;
  invalid: number;
}

/**
 * Step 2 of the bulk import: every valid row of the upload ("new" and "changed") becomes a draft —
 * in ONE transaction: all of them or, if anything fails, none. The report is computed again inside
 * the transaction (with the profiles it touches locked, like a save), so what is written is what
 * the database holds now. Imported rows are working versions, never published: the review workflow
 * applies as to every draft. Faulty and unchanged rows are left out. An upload is imported once.
 */
export async function confirmImport({ actor, uploadId }: { actor: Actor | null; uploadId: string }): Promise<ImportResult> {
  assertCan(actor, { action: "profile.import" });
  const actorId = actor.id;
  return db.$transaction(
    async (tx) => {
      const [upload] = await tx.$queryRaw<{ id: string; rows: Record<string, string>[]; fileName: string; importedAt: Date | null }[]>`
        SELECT "id", "rows", "fileName", "importedAt" FROM "ImportUpload"
        WHERE "id" = ${uploadId}::uuid AND "createdById" = ${actorId}::uuid AND "expiresAt" > now()
        FOR UPDATE`;
      if (!upload) throw new AppError("not-found");
      if (upload.importedAt) throw new AppError("import-done");

      // Lock the profiles the rows mean (saves of the same profiles wait), then decide on what is there now.
      const first = await planImport(tx, upload.rows);
      const profileIds = targetProfileIds(first);
      if (profileIds.length > 0) await tx.$queryRaw`SELECT 1 FROM "Profile" WHERE "id" = ANY(${profileIds}::uuid[]) FOR UPDATE`;
      const plan = await planImport(tx, upload.rows);

      const result: ImportResult = { created: [], updated: [], unchanged: plan.counts.unchanged, invalid: plan.counts.invalid };
      for (const row of plan.rows) {
        if (row.status === "new") result.created.push(await createDraft(tx, row, actorId, upload.id));
        else if (row.status === "changed") result.updated.push(await updateDraft(tx, row, actorId, upload.id));
      }
      await tx.importUpload.update({ where: { id: upload.id }, data: { importedAt: new Date(), result: { ...result } } });
      await recordAudit(tx, {
        actorId,
        action: "profile.import",
        objectType: "ImportUpload",
        objectId: upload.id,
        details: {
          fileName: upload.fileName,
          created: result.created.length,
          updated: result.updated.length,
          unchanged: result.unchanged,
          invalid: result.invalid,
        },
      });
      return result;
    },
    { timeout: 60_000 },
  );
}

function targetProfileIds(plan: ImportPlan): string[] {
  return plan.rows.flatMap((row) => (row.target?.kind === "existing" ? [row.target.profileId] : []));
}

async function createDraft(tx: Prisma.TransactionClient, row: PlannedRow, actorId: string, uploadId: string) {
  if (row.target?.kind !== "new" || !row.content) throw new Error("not a new row");
  const content = row.content;
  const base = `${row.target.municipalitySlug}-${slugify(content.title)}`.slice(0, 80).replace(/-+$/, "");
  let slug = base;
  for (let suffix = 2; await tx.profile.findUnique({ where: { slug }, select: { id: true } }); suffix += 1) slug = `${base}-${suffix}`;
  const profile = await tx.profile.create({ data: { slug, municipalityId: row.target.municipalityId }, select: { id: true } });
  const version = await tx.profileVersion.create({
    data: {
      profileId: profile.id,
      number: 1,
      state: "DRAFT",
      ...contentToVersionData(content),
      ...relationWrites(content, new Map()),
      createdById: actorId,
      updatedById: actorId,
    },
    select: { id: true },
  });
  await tx.profile.update({ where: { id: profile.id }, data: { workingVersionId: version.id } });
  await recordAudit(tx, { actorId, action: "profile.create", objectType: "Profile", objectId: profile.id, details: { slug, uploadId } });
  return { slug, title: content.title };
}

/** The same write as a save of the edit form (lib/profiles/save-working-version.ts), inside the import's transaction. */
async function updateDraft(tx: Prisma.TransactionClient, row: PlannedRow, actorId: string, uploadId: string) {
  if (row.target?.kind !== "existing" || !row.content || !row.values) throw new Error("not a changed row");
  const { profileId, slug } = row.target;
  const target = await ensureWorkingVersion(tx, { profileId, actorId });
  assertEditable(target);
  const stored = await tx.profileVersion.findUniqueOrThrow({ where: { id: target.id }, include: versionFormInclude });
  const exampleSections = remainingExampleSections(stored.exampleSections, versionToFormValues(stored), row.values);
  await clearRelations(tx, target.id);
  const saved = await tx.profileVersion.update({
    where: { id: target.id },
    data: {
      ...contentToVersionData(row.content),
      ...relationWrites(row.content, consentTimesOf(stored)),
      exampleSections,
      revision: { increment: 1 },
      updatedById: actorId,
    },
    select: { id: true, revision: true },
  });
  await recordAudit(tx, {
    actorId,
    action: "version.save",
    objectType: "ProfileVersion",
    objectId: saved.id,
    details: { profileId, revision: saved.revision, uploadId },
  });
  return { slug, title: row.content.title };
}
