"use client";

import { useCatalog } from "@/components/forms/use-catalog";
import { CheckboxGroup, SelectField, TextArea, TextField } from "@/components/forms/field";
import type { FieldErrors } from "@/lib/forms/field-errors";
import { PROFILE_FIELDS, fieldHintKey, fieldLabelKey, type FieldKey, type ProfileFormValues } from "@/lib/profiles/fields";
import { ContactsField } from "./contacts-field";
import { DateListField } from "./date-list-field";
import { fieldId } from "./field-id";
import { SlotsField } from "./slots-field";

export interface CatalogOptions {
  topics: { id: string; name: string }[];
  formats: { id: string; name: string }[];
}

const RATING_VALUES = ["1", "2", "3", "4", "5"] as const;

/**
 * One field of the Steckbrief edit form, chosen by its kind in the field registry: a new field in
 * the registry appears in the form without touching this file (unless it brings a new kind).
 */
export function ProfileField<K extends FieldKey>({
  fieldKey,
  values,
  errors,
  options,
  onChange,
}: {
  fieldKey: K;
  values: ProfileFormValues;
  errors: FieldErrors;
  options: CatalogOptions;
  onChange: (key: K, value: ProfileFormValues[K]) => void;
}) {
  const t = useCatalog();
  const field = PROFILE_FIELDS[fieldKey];
  const id = fieldId(fieldKey);
  const label = t(fieldLabelKey(fieldKey));
  const hint = t.has(fieldHintKey(fieldKey)) ? t(fieldHintKey(fieldKey)) : undefined;
  const value = values[fieldKey];
  const error = errors[fieldKey];
  const set = (next: unknown) => onChange(fieldKey, next as ProfileFormValues[K]);
  const common = { id, name: fieldKey, label, hint, error };

  switch (field.kind) {
    case "text":
    case "list":
      return (
        <TextField
          {...common}
          required={"required" in field && field.required}
          value={value as string}
          onChange={(event) => set(event.target.value)}
        />
      );
    case "integer":
    case "euro":
      if ("derived" in field && field.derived) {
        // Computed (the own share = total − funding): shown, not typed.
        return (
          <div className="flex flex-col gap-1.5">
            <p id={`${id}-titel`} className="font-semibold">
              {label}
            </p>
            {hint && <p className="text-base text-muted">{hint}</p>}
            <output
              id={id}
              aria-labelledby={`${id}-titel`}
              htmlFor={`${fieldId("costTotal")} ${fieldId("costFunding")}`}
              className="py-2 font-semibold"
            >
              {value ? t("Editor.computedAmount", { amount: value as string }) : t("Editor.notComputed")}
            </output>
          </div>
        );
      }
      return (
        <TextField
          {...common}
          inputMode={field.kind === "integer" ? "numeric" : "decimal"}
          value={value as string}
          onChange={(event) => set(event.target.value)}
        />
      );
    case "links":
      return <TextArea {...common} rows={3} value={value as string} onChange={(event) => set(event.target.value)} />;
    case "plainText":
    case "richText":
      return (
        <TextArea
          {...common}
          rows={field.kind === "plainText" ? 3 : "expected" in field && "minChars" in field.expected ? 7 : 5}
          value={value as string}
          onChange={(event) => set(event.target.value)}
        />
      );
    case "rating":
    case "choice": {
      const choices = field.kind === "rating" ? RATING_VALUES : field.values;
      const text = (choice: string) => t(field.kind === "rating" ? `RatingScale.${choice}` : `Fields.${fieldKey}.values.${choice}`);
      return (
        <SelectField {...common} value={value as string} onChange={(event) => set(event.target.value)}>
          <option value="">{t("RatingScale.none")}</option>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {text(choice)}
            </option>
          ))}
        </SelectField>
      );
    }
    case "choices":
    case "relation": {
      const choices =
        field.kind === "choices"
          ? field.values.map((choice) => ({ value: choice, label: t(`Fields.${fieldKey}.values.${choice}`) }))
          : options[field.relation].map((entry) => ({ value: entry.id, label: entry.name }));
      return (
        <CheckboxGroup
          id={id}
          name={fieldKey}
          legend={label}
          hint={hint}
          error={error}
          options={choices}
          values={value as string[]}
          onChange={set}
        />
      );
    }
    case "dates":
      return <DateListField fieldKey={fieldKey} dates={value as string[]} errors={errors} onChange={set} />;
    case "slots":
      return <SlotsField fieldKey={fieldKey} count={field.count} entries={value as string[]} errors={errors} onChange={set} />;
    case "contacts":
      return <ContactsField contacts={value as ProfileFormValues["contacts"]} errors={errors} onChange={set} />;
  }
}

/** Fields that fit side by side (numbers, amounts, short lines). */
export function isCompactField(key: FieldKey): boolean {
  const field = PROFILE_FIELDS[key];
  return field.kind === "integer" || field.kind === "euro" || (field.kind === "text" && field.max <= 150);
}
