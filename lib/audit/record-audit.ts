import type { Prisma } from "@/generated/prisma/client";
import type { Database } from "@/lib/db-client";
import type { AuditAction, AuditObjectType } from "./audit-actions";

type Writer = Pick<Database, "auditLog"> | Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  objectType: AuditObjectType;
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
