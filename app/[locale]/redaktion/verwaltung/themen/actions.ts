"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-action";
import { adminSuccess } from "@/lib/admin/action-state";
import { createCatalogItem, deleteCatalogItem, updateCatalogItem } from "@/lib/admin/catalog";
import { createCatalogItemSchema, deleteCatalogItemSchema, updateCatalogItemSchema } from "@/lib/admin/catalog-schema";

/** Admins only (`catalog.manage`, checked before the input is read and again by the services). */
const ACCESS = { access: "signed-in", permission: { action: "catalog.manage" } } as const;

function refresh() {
  revalidatePath("/[locale]/redaktion/verwaltung", "layout");
}

const field = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export const createCatalogItemAction = defineFormAction({
  name: "createCatalogItem",
  ...ACCESS,
  input: createCatalogItemSchema,
  values: (formData) => ({ kind: field(formData, "kind"), name: field(formData, "name") }),
  run: async ({ actor, input }) => {
    const created = await createCatalogItem({ actor, input });
    refresh();
    return adminSuccess("catalogCreated", { name: created.name });
  },
});

export const updateCatalogItemAction = defineFormAction({
  name: "updateCatalogItem",
  ...ACCESS,
  input: updateCatalogItemSchema,
  values: (formData) => ({
    kind: field(formData, "kind"),
    id: field(formData, "id"),
    name: field(formData, "name"),
    sortOrder: field(formData, "sortOrder"),
  }),
  run: async ({ actor, input }) => {
    const { name, changed } = await updateCatalogItem({ actor, input });
    if (!changed) return adminSuccess("catalogUnchanged", { name });
    refresh();
    return adminSuccess("catalogSaved", { name });
  },
});

export const deleteCatalogItemAction = defineFormAction({
  name: "deleteCatalogItem",
  ...ACCESS,
  input: deleteCatalogItemSchema,
  values: (formData) => ({ kind: field(formData, "kind"), id: field(formData, "id") }),
  run: async ({ actor, input }) => {
    const { name } = await deleteCatalogItem({ actor, input });
    refresh();
    return adminSuccess("catalogDeleted", { name });
  },
});
