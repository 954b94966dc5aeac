"use server";

import { revalidatePath } from "next/cache";
import { MediaKind } from "@/generated/prisma/enums";
import { z } from "zod";
import { defineAction, defineFormAction } from "@/lib/actions/define-action";
import { deleteMedia, uploadMedia } from "@/lib/media/manage-media";

function refreshEditPage() {
  revalidatePath("/[locale]/redaktion/steckbriefe/[slug]", "page");
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

/** Uploads an image or PDF into the working version (server action behind the media forms). */
export const uploadMediaAction = defineFormAction({
  name: "uploadMedia",
  access: "signed-in",
  input: z.object({
    profileId: z.uuid(),
    kind: z.enum(MediaKind),
    file: z.instanceof(File).nullable(),
    altText: z.string(),
    credit: z.string(),
    title: z.string(),
  }),
  values: (formData) => {
    const file = formData.get("file");
    return {
      profileId: text(formData, "profileId"),
      kind: text(formData, "kind"),
      file: file instanceof File && file.size > 0 ? file : null,
      altText: text(formData, "altText"),
      credit: text(formData, "credit"),
      title: text(formData, "title"),
    };
  },
  // The texts come back to the form after an error; the file never does (the user picks it again).
  keep: ({ altText, credit, title }) => ({ altText, credit, title }),
  run: async ({ actor, input: { profileId, kind, file, ...metadata } }) => {
    const upload = file ? { bytes: Buffer.from(await file.arrayBuffer()), name: file.name } : null;
    const result = await uploadMedia({ actor, profileId, kind, file: upload, metadata });
    refreshEditPage();
    return result;
  },
});

export const deleteMediaAction = defineAction({
  name: "deleteMedia",
  access: "signed-in",
  input: z.object({ mediaId: z.uuid() }),
  run: async ({ actor, input }) => {
    const result = await deleteMedia({ actor, mediaId: input.mediaId });
    refreshEditPage();
    return result;
  },
});
