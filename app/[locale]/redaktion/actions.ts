"use server";

import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
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

/** Ends the signed-in user's sessions on all devices (the browser then signs out locally too). */
export async function signOutEverywhereAction(): Promise<{ status: "done" | "failed" }> {
  const result = await runAction(async (actor) => (await signOutEverywhere({ actor }), { status: "done" as const }));
  return { status: result.status === "done" ? "done" : "failed" };
}
