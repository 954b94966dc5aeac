"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { deleteMedia, uploadMedia } from "@/lib/media/manage-media";

export interface MediaFormState {
  status?: "uploaded" | "invalid" | "locked" | "forbidden" | "unauthenticated" | "error" | "deleted";
  errors?: FieldErrors;
  values?: Record<string, string>;
}

async function fileOf(formData: FormData) {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return null;
  return { bytes: Buffer.from(await file.arrayBuffer()), name: file.name };
}

/** Uploads an image or PDF into the working version (server action behind the media forms). */
export async function uploadMediaAction(_previous: MediaFormState, formData: FormData): Promise<MediaFormState> {
  const kind = formData.get("kind") === "DOCUMENT" ? "DOCUMENT" : "IMAGE";
  const values = {
    altText: String(formData.get("altText") ?? ""),
    credit: String(formData.get("credit") ?? ""),
    title: String(formData.get("title") ?? ""),
  };
  const result = await runAction(async (actor) =>
    uploadMedia({ actor, profileId: String(formData.get("profileId") ?? ""), kind, file: await fileOf(formData), metadata: values }),
  );
  if (result.status === "uploaded") {
    revalidatePath("/redaktion/steckbriefe/[slug]", "page");
    return { status: "uploaded" };
  }
  if (result.status === "invalid") return { status: "invalid", errors: result.errors, values };
  if (result.status === "not-found" || result.status === "bad-request") return { status: "forbidden", values };
  return { status: result.status === "refused" ? "error" : result.status, values };
}

export async function deleteMediaAction(mediaId: string): Promise<MediaFormState> {
  const result = await runAction((actor) => deleteMedia({ actor, mediaId }));
  if (result.status === "deleted") revalidatePath("/redaktion/steckbriefe/[slug]", "page");
  if (result.status === "not-found" || result.status === "bad-request") return { status: "forbidden" };
  return { status: result.status === "refused" ? "error" : result.status };
}
