"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/run-action";
import { problemNotice, success, type AdminFormState } from "@/lib/admin/action-state";
import { createCatalogItem, deleteCatalogItem, updateCatalogItem } from "@/lib/admin/catalog";

export type CatalogCreateState = AdminFormState<{ name: string }>;
export type CatalogItemState = AdminFormState<{ name: string; sortOrder: string }>;

function refresh() {
  revalidatePath("/[locale]/redaktion/verwaltung", "layout");
}

export async function createCatalogItemAction(_previous: CatalogCreateState, formData: FormData): Promise<CatalogCreateState> {
  const values = { name: String(formData.get("name") ?? "") };
  const kind = String(formData.get("kind") ?? "");
  const result = await runAction((actor) => createCatalogItem({ actor, input: { kind, ...values } }));
  if (result.status === "invalid") return { errors: result.errors, values };
  if (result.status !== "created") return { notice: problemNotice(result), values };
  refresh();
  return { notice: success("catalogCreated", { name: result.name }) };
}

export async function updateCatalogItemAction(_previous: CatalogItemState, formData: FormData): Promise<CatalogItemState> {
  const values = { name: String(formData.get("name") ?? ""), sortOrder: String(formData.get("sortOrder") ?? "") };
  const input = { kind: String(formData.get("kind") ?? ""), id: String(formData.get("id") ?? ""), ...values };
  const result = await runAction((actor) => updateCatalogItem({ actor, input }));
  if (result.status === "invalid") return { errors: result.errors, values };
  if (result.status === "unchanged") return { notice: success("catalogUnchanged", { name: values.name.trim() }) };
  if (result.status !== "saved") return { notice: problemNotice(result), values };
  refresh();
  return { notice: success("catalogSaved", { name: result.name }) };
}

export async function deleteCatalogItemAction(_previous: CatalogItemState, formData: FormData): Promise<CatalogItemState> {
  const input = { kind: String(formData.get("kind") ?? ""), id: String(formData.get("id") ?? "") };
  const result = await runAction((actor) => deleteCatalogItem({ actor, input }));
  if (result.status === "invalid") return { notice: problemNotice({ status: "bad-request" }) };
  if (result.status !== "deleted") return { notice: problemNotice(result) };
  refresh();
  return { notice: success("catalogDeleted", { name: result.name }) };
}
