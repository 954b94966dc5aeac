import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { FieldErrorRefs } from "@/lib/forms/field-errors";
import { FIELD_KEYS, PROFILE_FIELDS, type FieldKey } from "./fields";

type Tx = Prisma.TransactionClient;

/** How many of `ids` exist, per relation of the registry. */
const COUNTERS: Record<"topics" | "formats", (tx: Tx, ids: string[]) => Promise<number>> = {
  topics: (tx, ids) => tx.topic.count({ where: { id: { in: ids } } }),
  formats: (tx, ids) => tx.format.count({ where: { id: { in: ids } } }),
};

/**
 * The choices of the relation fields (topics, formats) that no longer exist — the programme team may have
 * removed one while the form was open, or a crafted request names any id — as field errors; null when all
 * exist. Without this check the database refuses the row and the editor would see a 500.
 */
export async function unknownOptionErrors(tx: Tx, values: Partial<Record<FieldKey, unknown>>): Promise<FieldErrorRefs | null> {
  const errors: FieldErrorRefs = {};
  for (const key of FIELD_KEYS) {
    const field = PROFILE_FIELDS[key];
    if (field.kind !== "relation") continue;
    const ids = [...new Set((values[key] as string[] | undefined) ?? [])];
    if (ids.length > 0 && (await COUNTERS[field.relation](tx, ids)) !== ids.length) errors[key] = { key: "Validation.unknownOption" };
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
