import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db-client";

type Writer = Pick<Database, "auditLog"> | Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  /** verb-like, e.g. "auth.sign-in", "version.save", "user.invite" */
  action: string;
  objectType: string;
  objectId: string;
  details?: Prisma.InputJsonValue;
}

/**
 * Appends one entry to the audit log. Pass the transaction client so that the entry is written
 * together with the change it records — or not at all. There is deliberately no update or
 * delete function: the table is append-only (a database trigger enforces it too).
 */
export async function recordAudit(writer: Writer, entry: AuditEntry): Promise<void> {
  await writer.auditLog.create({ data: entry });
}
