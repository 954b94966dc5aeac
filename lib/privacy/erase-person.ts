import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors";
import { pseudonymOf, replaceInJson } from "./pseudonym";

/**
 * Erases a person on request (Art. 17 DSGVO, admins only, `person.data`), in one transaction.
 *
 * Design: the account ends, but its row stays as a pseudonymous tombstone. Versions, comments and
 * the audit log keep pointing at the same id, which from now on stands for "Gelöschte Person
 * 1a2b3c4d" — so who did what stays traceable as one (anonymous) person, and the audit log keeps
 * every entry (it is append-only; its actor relation refuses to lose its user). What goes:
 * - on the row: address, name and password are overwritten (pseudonym, no password), `erasedAt`
 *   and `disabledAt` are set, the session version is bumped;
 * - sessions, municipality assignments and import uploads of the person;
 * - links and mails sent to the address, failed sign-ins with its hash; the address and name in
 *   other mails of the outbox (an invitation names its inviter) become the pseudonym;
 * - the address and name in the `details` of audit entries (e.g. "user.invite" records the
 *   invitee's address) become the pseudonym. This is the one change the log's trigger allows, and
 *   only inside a transaction that asks for it (migration 20261205150000_personal_data_erasure);
 *   no entry is deleted and none changes its time, actor, action or object;
 * - contact details of Steckbrief versions with the person's address or name, and accessibility
 *   feedback sent from the address.
 * The erasure itself is recorded ("user.erase"), naming only the pseudonym.
 *
 * An admin cannot erase themselves ("self-erase"): since only admins erase, at least one admin stays.
 */
export async function erasePerson({ actor, userId }: { actor: Actor | null; userId: string }): Promise<{ pseudonym: string }> {
  assertCan(actor, { action: "person.data" });
  if (!isUuid(userId)) throw new AppError("not-found");
  if (userId === actor.id) throw new AppError("self-erase");
  const pseudonym = pseudonymOf(userId);

  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId}::uuid FOR UPDATE`;
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, name: true, erasedAt: true } });
    if (!user || user.erasedAt) throw new AppError("not-found");
    const email = user.email.toLowerCase();
    const name = user.name?.trim() || null;
    const replacements: [string, string][] = [[email, pseudonym.email]];
    if (name) replacements.push([name, pseudonym.name]);

    await tx.user.update({
      where: { id: userId },
      data: {
        email: pseudonym.email,
        name: pseudonym.name,
        passwordHash: null,
        locale: null,
        disabledAt: new Date(),
        erasedAt: new Date(),
        sessionVersion: { increment: 1 },
      },
    });
    await tx.authSession.deleteMany({ where: { userId } });
    await tx.editorAssignment.deleteMany({ where: { userId } });
    await tx.importUpload.deleteMany({ where: { createdById: userId } });
    await tx.authToken.deleteMany({ where: { email } });
    await tx.signInAttempt.deleteMany({ where: { emailHash: createHash("sha256").update(email, "utf8").digest("hex") } });

    await tx.outboxMail.deleteMany({ where: { to: { equals: email, mode: "insensitive" } } });
    for (const mail of await tx.outboxMail.findMany({
      where: mentioning(["subject", "text"], replacements),
      select: { id: true, subject: true, text: true },
    })) {
      await tx.outboxMail.update({
        where: { id: mail.id },
        data: { subject: replaceInJson(mail.subject, replacements) as string, text: replaceInJson(mail.text, replacements) as string },
      });
    }

    await tx.accessibilityFeedback.updateMany({
      where: { email: { equals: email, mode: "insensitive" } },
      data: { email: null, name: null },
    });
    if (name) await tx.accessibilityFeedback.updateMany({ where: { name: { equals: name, mode: "insensitive" } }, data: { name: null } });
    // A contact needs an address or a phone number (CHECK "Contact_reachable"): one with neither left goes.
    await tx.contact.deleteMany({ where: { email: { equals: email, mode: "insensitive" }, phone: null } });
    await tx.contact.updateMany({ where: { email: { equals: email, mode: "insensitive" } }, data: { email: null } });
    if (name) {
      await tx.contact.updateMany({
        where: { personName: { equals: name, mode: "insensitive" } },
        data: { personName: null, nameConsentAt: null },
      });
    }

    // Audit entries whose details mention the person: only `details` is rewritten (see above).
    const patterns = replacements.map(([search]) => search.toLowerCase());
    const entries = await tx.$queryRaw<{ id: bigint; details: Prisma.JsonValue }[]>`
      SELECT "id", "details" FROM "AuditLog"
      WHERE "details" IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(${patterns}::text[]) AS p WHERE strpos(lower("details"::text), p) > 0)`;
    if (entries.length > 0) {
      await tx.$queryRaw`SELECT set_config('kfd.audit_erasure', 'on', true)`;
      for (const entry of entries) {
        const details = JSON.stringify(replaceInJson(entry.details, replacements));
        await tx.$executeRaw`UPDATE "AuditLog" SET "details" = ${details}::jsonb WHERE "id" = ${entry.id}`;
      }
      await tx.$queryRaw`SELECT set_config('kfd.audit_erasure', 'off', true)`;
    }

    await recordAudit(tx, {
      actorId: actor.id,
      action: "user.erase",
      objectType: "User",
      objectId: userId,
      details: { pseudonym: pseudonym.name, auditEntriesPseudonymised: entries.length },
    });
    return { pseudonym: pseudonym.name };
  });
}

/** Rows whose given text columns contain any of the searched texts (case-insensitive). */
function mentioning<Column extends string>(columns: readonly Column[], replacements: readonly (readonly [string, string])[]) {
  return {
    OR: columns.flatMap((column) =>
      replacements.map(
        ([search]) =>
          ({ [column]: { contains: search, mode: "insensitive" as const } }) as Record<Column, { contains: string; mode: "insensitive" }>,
      ),
    ),
  };
}
