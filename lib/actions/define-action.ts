import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z, ZodError } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { assertCan, type Permission } from "@/lib/authz/policy";
import { isDatabaseUnavailable, noteDatabaseUnavailable } from "@/lib/database-availability";
import { AppError, type ErrorCode } from "@/lib/errors";
import { fieldErrorRefs, type FieldErrors } from "@/lib/forms/field-errors";
import { nulCharacterErrors } from "./control-characters";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { currentRequestId } from "@/lib/operations/current-request-id";
import { log } from "@/lib/operations/log";
import { shortRequestId } from "@/lib/operations/request-id";
import { translateFieldErrors, translateMessage } from "@/lib/i18n/translate";

/**
 * The one boundary of every server action and route handler:
 *   session → policy → zod parse → service → one typed result.
 * Services ask the policy again for record-level rules (a profile's municipality) and throw
 * `AppError`; here every failure becomes `{ ok: false, error }` with German (or the request's
 * language) text from the catalogue. A bug never reaches the user as a 500 page: it is logged with
 * a request id and answered as "internal" with that id.
 */
export interface ActionError {
  code: ErrorCode;
  /** the code's message, for the user */
  message: string;
  /** per field path, for the user */
  fieldErrors?: FieldErrors;
  /** for "internal": the id under which the details were logged */
  requestId?: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export interface ActionContext<Input> {
  /** the signed-in user, re-checked against the database; null only for public actions */
  actor: CurrentUser | null;
  input: Input;
}

export interface ActionDefinition<Schema extends z.ZodType, Output> {
  /** for the log */
  name: string;
  /**
   * "signed-in": refused as "unauthenticated" without a valid session.
   * "public": anyone (the action says why in a comment, e.g. a single-use link is the authorization).
   */
  access: "signed-in" | "public";
  /** a permission that does not depend on the record: checked before the input is parsed */
  permission?: Permission;
  input: Schema;
  /** catalogue key of a field's label, for messages that name their field ("{label}: …") */
  labelKeyOf?: (path: string) => string | undefined;
  run: (context: ActionContext<z.output<Schema>>) => Promise<Output>;
}

/**
 * Runs one call through the boundary. `readInput` runs only once the session and the record-independent
 * permission are checked (a route handler reads its body there, so strangers cannot make it read anything).
 */
export async function performAction<Schema extends z.ZodType, Output>(
  definition: ActionDefinition<Schema, Output>,
  readInput: () => unknown,
): Promise<Result<Output>> {
  try {
    const actor = await getCurrentUser();
    if (definition.access === "signed-in" && !actor) throw new AppError("unauthenticated");
    if (definition.permission) assertCan(actor, definition.permission);
    const input = await readInput();
    const unstorable = nulCharacterErrors(input);
    if (Object.keys(unstorable).length > 0) throw new AppError("invalid-input", { fieldErrors: unstorable });
    const parsed = definition.input.safeParse(input);
    if (!parsed.success) throw new AppError("invalid-input", { fieldErrors: fieldErrorRefs(parsed.error) });
    return { ok: true, data: await definition.run({ actor, input: parsed.data }) };
  } catch (error) {
    unstable_rethrow(error); // redirect() and notFound() are answers, not failures
    return { ok: false, error: await toActionError(error, definition) };
  }
}

async function toActionError(
  error: unknown,
  definition: Pick<ActionDefinition<z.ZodType, unknown>, "name" | "labelKeyOf">,
): Promise<ActionError> {
  const t = await getServerTranslator();
  if (error instanceof ZodError) error = new AppError("invalid-input", { fieldErrors: fieldErrorRefs(error) });
  // The database is down (also while the session is checked, before anything else ran): a state to
  // wait out, not a bug — the form keeps its input and tries again (lib/profiles/autosave-state.ts).
  if (isDatabaseUnavailable(error)) {
    noteDatabaseUnavailable();
    log.warn("action answered unavailable", { requestId: await currentRequestId(), action: definition.name });
    error = new AppError("unavailable");
  }
  if (error instanceof AppError) {
    return {
      code: error.code,
      message: translateMessage(t, { key: `Errors.${error.code}`, values: error.values }),
      ...(error.fieldErrors ? { fieldErrors: translateFieldErrors(t, error.fieldErrors, definition.labelKeyOf) } : {}),
    };
  }
  const requestId = await currentRequestId();
  // A client that went away while its body was read (a tab closed during the autosave on leaving) is
  // no failure of the portal: nobody waits for this answer.
  if (isClientAbort(error)) log.info("request aborted by the client", { requestId, action: definition.name });
  else log.error("action failed", { requestId, action: definition.name, error });
  const reference = shortRequestId(requestId);
  return { code: "internal", message: t("Errors.internal", { requestId: reference }), requestId: reference };
}

/** Node's error for a request whose connection closed before its body was read to the end. */
function isClientAbort(error: unknown): boolean {
  return error instanceof Error && error.message === "aborted" && (error as { code?: unknown }).code === "ECONNRESET";
}

/** A server action called from JavaScript with one argument. */
export function defineAction<Schema extends z.ZodType, Output>(definition: ActionDefinition<Schema, Output>) {
  return async (input: z.input<Schema>): Promise<Result<Output>> => performAction(definition, () => input);
}

/**
 * What a form's `useActionState` keeps: the result of the last submission and the values as
 * typed, so that nothing is lost on an error (passwords are never sent back).
 */
export type FormState<Output, Values> = (Result<Output> & { values?: Values }) | null;

/**
 * A server action behind a `<form action>` (works without JavaScript): `values` reads the
 * fields from the form data — what the schema parses and what is sent back on an error.
 */
export function defineFormAction<Schema extends z.ZodType, Output, Values, Kept = Values>(
  definition: ActionDefinition<Schema, Output> & {
    values: (formData: FormData) => Values;
    /** what goes back to the form after an error (default: all values; never passwords or files) */
    keep?: (values: Values) => Kept;
  },
) {
  return async (_previous: FormState<Output, Kept>, formData: FormData): Promise<FormState<Output, Kept>> => {
    // A crafted request can call the action with anything (issue 14, finding 9): only a form's data is read.
    if (!(formData instanceof FormData)) return performAction(definition, () => Promise.reject(new AppError("invalid-input")));
    const values = definition.values(formData);
    const result = await performAction(definition, () => values);
    if (result.ok) return result;
    return { ...result, values: definition.keep ? definition.keep(values) : (values as unknown as Kept) };
  };
}
