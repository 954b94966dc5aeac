"use client";

import { useCatalog } from "@/components/forms/use-catalog";
import { Button, TextField } from "@/components/forms/field";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { fieldHintKey, fieldLabelKey, type FieldKey } from "@/lib/profiles/fields";
import { fieldId } from "./field-id";

/** A list of calendar days (e.g. the dates of the events): one date input each, add and remove. */
export function DateListField({
  fieldKey,
  dates,
  errors,
  onChange,
}: {
  fieldKey: FieldKey;
  dates: string[];
  errors: FieldErrors;
  onChange: (dates: string[]) => void;
}) {
  const t = useCatalog();
  const list = dates.length ? dates : [""];
  return (
    <fieldset id={fieldId(fieldKey)} className="flex flex-col gap-3">
      <legend className="font-semibold">{t(fieldLabelKey(fieldKey))}</legend>
      <p className="text-base text-muted">{t(fieldHintKey(fieldKey))}</p>
      {errors[fieldKey] && <p className="font-semibold text-red-800">⚠ {errors[fieldKey]}</p>}
      {list.map((date, index) => (
        <div key={index} className="flex flex-wrap items-end gap-3">
          <div className="min-w-48">
            <TextField
              id={fieldId(`${fieldKey}.${index}`)}
              type="date"
              label={t(`Fields.${fieldKey}.item`, { number: index + 1 })}
              value={date}
              error={errors[`${fieldKey}.${index}`]}
              onChange={(event) => {
                const next = [...list];
                next[index] = event.target.value;
                // An empty last input is only a place to type; it is not a date.
                onChange(next.filter((value, i) => value !== "" || i < next.length - 1 || next.length === 1));
              }}
            />
          </div>
          {list.length > 1 && (
            <Button type="button" variant="secondary" onClick={() => onChange(list.filter((_, i) => i !== index))}>
              {t(`Fields.${fieldKey}.remove`, { number: index + 1 })}
            </Button>
          )}
        </div>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={() => onChange([...list, ""])}>
          {t(`Fields.${fieldKey}.add`)}
        </Button>
      </div>
    </fieldset>
  );
}
