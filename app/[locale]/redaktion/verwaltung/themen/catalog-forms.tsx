"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { Button, TextField } from "@/components/forms/field";
import type { CatalogKind } from "@/lib/admin/catalog-schema";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { fieldErrorsOf } from "@/lib/forms/form-state";
import { AdminNotice } from "../admin-notice";
import { createCatalogItemAction, deleteCatalogItemAction, updateCatalogItemAction } from "./actions";

export interface CatalogItem {
  id: string;
  slug: string;
  name: string;
  sortOrder: number;
  usage: number;
}

/** After a failed submission, the first invalid field of the form gets the focus (WCAG 3.3.1). */
function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: FieldErrors) {
  useEffect(() => {
    if (Object.keys(errors).length > 0) form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [form, errors]);
}

/**
 * One list (topics or formats): a form per entry to rename and move it, a delete button, and
 * a form to add an entry. Deleting is handled here, not in the row: the row disappears after a
 * deletion, the confirmation must not disappear with it.
 */
export function CatalogList({ kind, items }: { kind: CatalogKind; items: CatalogItem[] }) {
  const t = useTranslations("AdminCatalog");
  const [deleteState, deleteAction, deleting] = useActionState(deleteCatalogItemAction, null);
  const [lastDeleted, setLastDeleted] = useState<string | null>(null);
  const listNotice = useRef<HTMLDivElement>(null);
  const deletedOk = deleteState?.ok === true;
  const deleteProblemRow = deleteState && !deletedOk && items.some((item) => item.id === lastDeleted) ? lastDeleted : null;
  useEffect(() => {
    // The focused delete button is gone with its row: continue at the confirmation.
    if (deleteState?.ok) listNotice.current?.focus();
  }, [deleteState]);

  return (
    <div className="mt-4 flex flex-col gap-4">
      <div ref={listNotice} tabIndex={-1} className="focus:outline-none">
        {(deletedOk || (deleteState && !deleteProblemRow)) && <AdminNotice state={deleteState} shownFields={[]} />}
      </div>
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {items.map((item) => (
            <CatalogItemRow key={item.id} kind={kind} item={item}>
              <form action={deleteAction} onSubmit={() => setLastDeleted(item.id)}>
                <input type="hidden" name="kind" value={kind} />
                <input type="hidden" name="id" value={item.id} />
                <Button type="submit" variant="secondary" disabled={deleting} aria-label={`${t("delete")}: ${item.name}`}>
                  {t("delete")}
                </Button>
              </form>
              {deleteProblemRow === item.id && <AdminNotice state={deleteState} shownFields={[]} className="mt-3" />}
            </CatalogItemRow>
          ))}
        </ul>
      )}
      <CreateCatalogItemForm kind={kind} />
    </div>
  );
}

function CatalogItemRow({ kind, item, children }: { kind: CatalogKind; item: CatalogItem; children: ReactNode }) {
  const t = useTranslations("AdminCatalog");
  const [state, formAction, pending] = useActionState(updateCatalogItemAction, null);
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrorsOf(state);
  useFocusFirstInvalid(form, errors);
  const id = (field: string) => `${kind}-${item.id}-${field}`;
  const of = <span className="sr-only"> {t("of", { name: item.name })}</span>;
  return (
    <li className="rounded-md border border-line p-4">
      <form ref={form} action={formAction} noValidate className="grid items-start gap-4 sm:grid-cols-[minmax(0,1fr)_9rem_auto]">
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="id" value={item.id} />
        <TextField
          id={id("name")}
          name="name"
          label={
            <>
              {t("name")}
              {of}
            </>
          }
          required
          autoComplete="off"
          defaultValue={state?.values?.name ?? item.name}
          error={errors.name}
        />
        <TextField
          id={id("sortOrder")}
          name="sortOrder"
          label={
            <>
              {t("position")}
              {of}
            </>
          }
          inputMode="numeric"
          autoComplete="off"
          defaultValue={state?.values?.sortOrder ?? String(item.sortOrder)}
          error={errors.sortOrder}
        />
        <div className="sm:pt-9">
          <Button type="submit" disabled={pending} aria-label={`${t("save")}: ${item.name}`}>
            {t("save")}
          </Button>
        </div>
      </form>
      <AdminNotice state={state} shownFields={["name", "sortOrder"]} className="mt-3" />
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <p className="text-base text-muted">
          {t("usage", { count: item.usage })} · {t("slug", { slug: item.slug })}
        </p>
        <div>{children}</div>
      </div>
    </li>
  );
}

function CreateCatalogItemForm({ kind }: { kind: CatalogKind }) {
  const t = useTranslations("AdminCatalog");
  const [state, formAction, pending] = useActionState(createCatalogItemAction, null);
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrorsOf(state);
  useFocusFirstInvalid(form, errors);
  const titleId = `${kind}-neu-titel`;
  return (
    <section aria-labelledby={titleId} className="mt-2 rounded-md border-2 border-dashed border-line p-4">
      <h3 id={titleId} className="text-lg">
        {kind === "topic" ? t("addTopic") : t("addFormat")}
      </h3>
      <form ref={form} action={formAction} noValidate className="mt-3 flex flex-col gap-4">
        <AdminNotice state={state} shownFields={["name"]} />
        <input type="hidden" name="kind" value={kind} />
        <TextField
          id={`${kind}-neu-name`}
          name="name"
          label={t("newName")}
          hint={t("newNameHint")}
          required
          autoComplete="off"
          defaultValue={state?.values?.name}
          error={errors.name}
        />
        <div>
          <Button type="submit" disabled={pending}>
            {t("add")}
          </Button>
        </div>
      </form>
    </section>
  );
}
