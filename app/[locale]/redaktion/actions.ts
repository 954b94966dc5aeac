"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { createProfile, createProfileSchema } from "@/lib/profiles/create-profile";
import { fieldErrors, type FieldErrors } from "@/lib/forms/field-errors";

export interface CreateProfileState {
  errors?: FieldErrors;
  message?: "forbidden" | "unauthenticated" | "error";
  values?: { municipalityId: string; title: string };
}

export async function createProfileAction(_previous: CreateProfileState, formData: FormData): Promise<CreateProfileState> {
  const values = { municipalityId: String(formData.get("municipalityId") ?? ""), title: String(formData.get("title") ?? "") };
  const parsed = createProfileSchema.safeParse(values);
  if (!parsed.success) return { errors: fieldErrors(parsed.error), values };
  const result = await runAction((actor) => createProfile({ actor, input: parsed.data }));
  if ("status" in result) {
    return { message: result.status === "unauthenticated" || result.status === "forbidden" ? result.status : "error", values };
  }
  redirect(`/redaktion/steckbriefe/${result.slug}`);
}
