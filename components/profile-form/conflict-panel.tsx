"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCatalog } from "@/components/forms/use-catalog";
import { Button } from "@/components/forms/field";
import type { Conflict } from "@/lib/profiles/autosave-state";
import { fieldLabelKey, type FieldKey, type ProfileFormValues } from "@/lib/profiles/fields";
import { changedFields } from "@/lib/profiles/form-values";

/** A value as one readable text (lists and contacts joined). */
function show(value: unknown): string {
  if (!Array.isArray(value)) return String(value ?? "");
  return value
    .map((entry) =>
      typeof entry === "object" && entry
        ? Object.values(entry as object)
            .filter(Boolean)
            .join(", ")
        : entry,
    )
    .filter(Boolean)
    .join(" · ");
}

/**
 * Someone else saved meanwhile: every field that differs, the user's text next to the saved one,
 * taken over field by field — or the user's whole text saved on top of the newer version.
 */
export function ConflictPanel({
  conflict,
  values,
  onTakeTheirs,
  onKeepMine,
}: {
  conflict: Conflict;
  values: ProfileFormValues;
  onTakeTheirs: (field: FieldKey) => void;
  onKeepMine: () => void;
}) {
  const t = useTranslations("Editor.conflict");
  const tAll = useCatalog();
  const format = useFormatter();
  return (
    <section role="alert" aria-labelledby="konflikt-titel" className="rounded-lg border-2 border-red-800 bg-red-50 p-5">
      <h2 id="konflikt-titel" className="text-xl text-red-900">
        {t("title")}
      </h2>
      <p className="mt-2">
        {t("text", {
          who: conflict.savedBy ?? t("someone"),
          date: conflict.savedAt ? format.dateTime(new Date(conflict.savedAt), { dateStyle: "medium", timeStyle: "short" }) : "–",
        })}
      </p>
      <div className="mt-4 flex flex-col gap-4">
        {changedFields(values, conflict.current).map((field) => (
          <div key={field} className="rounded-md border border-line bg-white p-4" data-testid={`conflict-${field}`}>
            <h3 className="font-semibold">{tAll(fieldLabelKey(field))}</h3>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              <div>
                <p className="text-sm font-semibold text-muted">{t("yours")}</p>
                <p className="whitespace-pre-line">{show(values[field]) || t("empty")}</p>
              </div>
              <div>
                <p className="text-sm font-semibold text-muted">{t("theirs")}</p>
                <p className="whitespace-pre-line">{show(conflict.current[field]) || t("empty")}</p>
              </div>
            </div>
            <Button type="button" variant="secondary" className="mt-3" onClick={() => onTakeTheirs(field)}>
              {t("takeTheirs")}
            </Button>
          </div>
        ))}
      </div>
      <Button type="button" className="mt-4" onClick={onKeepMine}>
        {t("keepMine")}
      </Button>
    </section>
  );
}
