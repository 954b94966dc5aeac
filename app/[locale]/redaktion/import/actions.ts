"use server";

import { localizedRedirect } from "@/lib/i18n/localized-redirect";
import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-action";
import { confirmImport } from "@/lib/import/confirm-import";
import { storeImportUpload } from "@/lib/import/store-upload";

/**
 * Bulk import (programme staff): upload → report → confirmation. Both steps are plain form posts
 * (they work without JavaScript). The permission is checked here before the file is read, and the
 * services ask the policy again. Next caps every server action's body (next.config.ts, 11 MB for
 * PDF uploads); the import's own limit, 5 MB, is checked on the file and told at the file field.
 */
export const uploadImportAction = defineFormAction({
  name: "uploadImport",
  access: "signed-in",
  permission: { action: "profile.import" },
  input: z.object({ file: z.instanceof(File).nullable() }),
  values: (formData) => {
    const file = formData.get("file");
    return { file: file instanceof File && file.size > 0 ? file : null };
  },
  // Nothing goes back to the form: a file input cannot be refilled (the person picks the file again).
  keep: () => ({}),
  run: async ({ actor, input: { file } }) => {
    const upload = file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const { uploadId } = await storeImportUpload({ actor, file: upload });
    return localizedRedirect(`/redaktion/import/${uploadId}`);
  },
});

/** Imports the valid rows of an upload as drafts, all in one transaction; then shows the result. */
export const confirmImportAction = defineFormAction({
  name: "confirmImport",
  access: "signed-in",
  permission: { action: "profile.import" },
  input: z.object({ uploadId: z.uuid() }),
  values: (formData) => ({ uploadId: String(formData.get("uploadId") ?? "") }),
  run: async ({ actor, input }) => {
    await confirmImport({ actor, uploadId: input.uploadId });
    return localizedRedirect(`/redaktion/import/${input.uploadId}`);
  },
});
