import "server-only";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { RETENTION } from "@/lib/retention";
import { ImportFileError, parseImportFile } from "./parse-file";

/**
 * Step 1 of the bulk import: the uploaded file is read and checked as a whole (encoding, header,
 * columns, size) and kept on the server, parsed, under an id — the report page and the confirmation
 * work on it, so the person never uploads the file twice. Nothing of the Steckbriefe is written here.
 * A problem with the file is a message at the file field.
 */
export async function storeImportUpload({
  actor,
  file,
}: {
  actor: Actor | null;
  file: { name: string; bytes: Uint8Array } | null;
}): Promise<{ uploadId: string }> {
  assertCan(actor, { action: "profile.import" });
  if (!file) throw new AppError("invalid-input", { fieldErrors: { file: { key: "Import.file.required" } } });
  let parsed;
  try {
    parsed = parseImportFile(file.bytes, file.name);
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError("invalid-input", { fieldErrors: { file: error.problem } });
    throw error;
  }
  const now = new Date();
  return db.$transaction(async (tx) => {
    // Uploads hold contacts: expired ones go as new ones come (one DELETE on an index, docs/RETENTION.md).
    await tx.importUpload.deleteMany({ where: { expiresAt: { lt: now } } });
    const upload = await tx.importUpload.create({
      data: {
        createdById: actor.id,
        fileName: file.name.slice(0, 200),
        format: parsed.format,
        columns: parsed.columns,
        rows: parsed.rows,
        expiresAt: new Date(now.getTime() + RETENTION.importUploadHours * 60 * 60 * 1000),
      },
      select: { id: true },
    });
    return { uploadId: upload.id };
  });
}

/** The actor's own upload that has not expired; anything else is "not found". */
export async function findImportUpload(actor: Actor | null, uploadId: string) {
  assertCan(actor, { action: "profile.import" });
  const upload = await db.importUpload.findFirst({
    where: { id: uploadId, createdById: actor.id, expiresAt: { gt: new Date() } },
  });
  if (!upload) throw new AppError("not-found");
  return upload;
}
