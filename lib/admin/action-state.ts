import type { ActionFailure } from "@/lib/actions/run-action";
import type { FieldErrors } from "@/lib/forms/field-errors";
import type { AdminRefusal, Refused } from "./results";

/**
 * The state every admin form keeps with `useActionState`: a notice (a key of the "AdminNotices"
 * namespace, translated in the browser), German messages per field, and the values as typed so
 * that nothing is lost on an error.
 */
export interface AdminNotice {
  tone: "success" | "error";
  key: string;
  params?: Record<string, string | number>;
}

export interface AdminFormState<Values = Record<string, unknown>> {
  notice?: AdminNotice;
  errors?: FieldErrors;
  values?: Values;
}

const REFUSAL_NOTICES: Record<AdminRefusal, string> = {
  "self-demote": "selfDemote",
  "self-disable": "selfDisable",
  "not-editor": "notEditor",
  "user-not-found": "userNotFound",
  "municipality-not-found": "municipalityNotFound",
  "catalog-not-found": "catalogNotFound",
  "topic-in-use": "topicInUse",
  "format-in-use": "formatInUse",
};

export function success(key: string, params?: AdminNotice["params"]): AdminNotice {
  return { tone: "success", key, params };
}

/** A refusal of the service or a failure at the runAction boundary, as a notice for the user. */
export function problemNotice(result: Refused | ActionFailure): AdminNotice {
  if (result.status === "declined") return { tone: "error", key: REFUSAL_NOTICES[result.reason], params: result.params };
  const key =
    result.status === "unauthenticated"
      ? "unauthenticated"
      : result.status === "forbidden"
        ? "forbidden"
        : result.status === "bad-request" || result.status === "not-found"
          ? "invalid"
          : "error";
  return { tone: "error", key };
}
