"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction } from "@/lib/actions/run-action";
import { problemNotice, success, type AdminFormState } from "@/lib/admin/action-state";
import { createMunicipality, updateMunicipality } from "@/lib/admin/municipalities";
import { municipalityValuesFromFormData, type MunicipalityFormValues } from "@/lib/admin/municipality-schema";

export type MunicipalityFormState = AdminFormState<MunicipalityFormValues>;

export async function createMunicipalityAction(_previous: MunicipalityFormState, formData: FormData): Promise<MunicipalityFormState> {
  const values = municipalityValuesFromFormData(formData);
  const result = await runAction((actor) => createMunicipality({ actor, values }));
  if (result.status === "invalid") return { errors: result.errors, values };
  if (result.status !== "created") return { notice: problemNotice(result), values };
  revalidatePath("/[locale]/redaktion/verwaltung", "layout");
  // Post/redirect/get: the new municipality's edit page says that it was created.
  redirect(`/redaktion/verwaltung/kommunen/${result.slug}?angelegt=1`);
}

export async function updateMunicipalityAction(_previous: MunicipalityFormState, formData: FormData): Promise<MunicipalityFormState> {
  const values = municipalityValuesFromFormData(formData);
  const id = String(formData.get("id") ?? "");
  const result = await runAction((actor) => updateMunicipality({ actor, id, values }));
  if (result.status === "invalid") return { errors: result.errors, values };
  if (result.status === "unchanged") return { notice: success("municipalityUnchanged") };
  if (result.status !== "saved") return { notice: problemNotice(result), values };
  revalidatePath("/[locale]/redaktion/verwaltung", "layout");
  // No values: the form shows what was stored (normalized, e.g. "https://" added), fresh from the page.
  return { notice: success("municipalitySaved") };
}
