"use server";

import { revalidatePath } from "next/cache";
import { localizedRedirect } from "@/lib/i18n/localized-redirect";
import { defineFormAction } from "@/lib/actions/define-action";
import { adminSuccess, type AdminSuccess } from "@/lib/admin/action-state";
import { createMunicipality, updateMunicipality } from "@/lib/admin/municipalities";
import {
  municipalitySchema,
  municipalityValuesFromFormData,
  updateMunicipalitySchema,
  type MunicipalityFormValues,
} from "@/lib/admin/municipality-schema";

/** Admins only (`municipality.manage`, checked before the input is read and again by the services). */
const ACCESS = { access: "signed-in", permission: { action: "municipality.manage" } } as const;

export const createMunicipalityAction = defineFormAction({
  name: "createMunicipality",
  ...ACCESS,
  input: municipalitySchema,
  values: municipalityValuesFromFormData,
  run: async ({ actor, input }): Promise<AdminSuccess> => {
    const created = await createMunicipality({ actor, input });
    revalidatePath("/[locale]/redaktion/verwaltung", "layout");
    // Post/redirect/get: the new municipality's edit page says that it was created.
    return localizedRedirect(`/redaktion/verwaltung/kommunen/${created.slug}?angelegt=1`);
  },
});

export const updateMunicipalityAction = defineFormAction({
  name: "updateMunicipality",
  ...ACCESS,
  input: updateMunicipalitySchema,
  // Typed with an optional id so that one form state fits both actions.
  values: (formData): MunicipalityFormValues & { id?: string } => ({
    ...municipalityValuesFromFormData(formData),
    id: String(formData.get("id") ?? ""),
  }),
  run: async ({ actor, input }) => {
    const { changed } = await updateMunicipality({ actor, input });
    if (changed) revalidatePath("/[locale]/redaktion/verwaltung", "layout");
    return adminSuccess(changed ? "municipalitySaved" : "municipalityUnchanged");
  },
});
