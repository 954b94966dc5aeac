import type { z } from "zod";
import type { ActionError } from "@/lib/actions/define-action";
import { translateFieldErrors, type Translate } from "@/lib/i18n/translate";
import { fieldErrorRefs, type FieldErrors } from "./field-errors";

/**
 * Checks a form's values in the browser with the same schema as its server action, so that
 * mistakes show before anything is sent. The messages are the same catalogue keys, translated
 * with the page's translator (next-intl's `useTranslations()` without a namespace); a failure
 * looks like the server action's own "invalid-input" result. The server checks again.
 */
export function validateOnClient<Schema extends z.ZodType>(
  schema: Schema,
  values: unknown,
  t: Translate,
): { ok: true; data: z.output<Schema> } | { ok: false; error: ActionError & { fieldErrors: FieldErrors } } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    error: {
      code: "invalid-input",
      message: t("Errors.invalid-input"),
      fieldErrors: translateFieldErrors(t, fieldErrorRefs(parsed.error)),
    },
  };
}
