import type { FieldErrorRefs, FieldErrors, MessageRef, MessageValues } from "@/lib/forms/field-errors";

/** What both next-intl translators (useTranslations() in the browser, createTranslator on the server) can do. */
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * One message for the user. Messages may name their field with `{label}`: `labelKey` is the
 * catalogue key of the field's label (from the field registry), so "Gesamtkosten: höchstens …"
 * and the error summary say which field is meant.
 */
export function translateMessage(t: Translate, ref: MessageRef, labelKey?: string): string {
  const values = labelKey ? { label: t(labelKey), ...ref.values } : ref.values;
  return t(ref.key, values);
}

/** Every field's problem as text; `labelKeyOf` knows the label key of a field path. */
export function translateFieldErrors(t: Translate, refs: FieldErrorRefs, labelKeyOf?: (path: string) => string | undefined): FieldErrors {
  return Object.fromEntries(Object.entries(refs).map(([path, ref]) => [path, translateMessage(t, ref, labelKeyOf?.(path))]));
}
