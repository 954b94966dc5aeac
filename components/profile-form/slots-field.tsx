"use client";

import { useCatalog } from "@/components/forms/use-catalog";
import { TextField } from "@/components/forms/field";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { fieldHintKey, fieldLabelKey, type FieldKey } from "@/lib/profiles/fields";
import { fieldId } from "./field-id";

/** A fixed number of one-line entries (e.g. the three most important results). */
export function SlotsField({
  fieldKey,
  count,
  entries,
  errors,
  onChange,
}: {
  fieldKey: FieldKey;
  count: number;
  entries: string[];
  errors: FieldErrors;
  onChange: (entries: string[]) => void;
}) {
  const t = useCatalog();
  const slots = Array.from({ length: count }, (_, index) => entries[index] ?? "");
  return (
    <fieldset id={fieldId(fieldKey)} className="flex flex-col gap-4">
      <legend className="font-semibold">{t(fieldLabelKey(fieldKey))}</legend>
      <p className="text-base text-muted">{t(fieldHintKey(fieldKey))}</p>
      {errors[fieldKey] && <p className="font-semibold text-red-800">⚠ {errors[fieldKey]}</p>}
      {slots.map((entry, index) => (
        <TextField
          key={index}
          id={fieldId(`${fieldKey}.${index}`)}
          label={t(`Fields.${fieldKey}.item`, { number: index + 1 })}
          value={entry}
          error={errors[`${fieldKey}.${index}`]}
          onChange={(event) => onChange(slots.map((current, i) => (i === index ? event.target.value : current)))}
        />
      ))}
    </fieldset>
  );
}
