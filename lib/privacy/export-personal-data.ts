import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { redactOtherAddresses } from "./pseudonym";

/**
 * Everything the portal stores about one person, as one JSON document (Art. 15 DSGVO, admins only,
 * `person.data`): the account, its sessions and municipalities, the versions the person wrote,
 * edited or reviewed, their review comments, the audit entries they caused or that are about their
 * account, links and mails sent to their address, their import uploads and accessibility feedback
 * sent from their address.
 *
 * Nothing of other persons goes in: versions are named by Steckbrief, number and title (not by who
 * else worked on them), audit entries about the account leave out who acted, and any other e-mail
 * address in an entry's details is replaced. Secrets (password hash, link hashes) are left out —
 * they are not information about the person and would only weaken the account.
 *
 * The export itself is recorded in the audit log ("user.data-export"). Answers null for an unknown
 * or already erased person.
 */
export async function exportPersonalData({ actor, userId }: { actor: Actor | null; userId: string }) {
  assertCan(actor, { action: "person.data" });
  if (!isUuid(userId)) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      locale: true,
      disabledAt: true,
      erasedAt: true,
      createdAt: true,
      updatedAt: true,
      assignments: { select: { createdAt: true, municipality: { select: { name: true } } }, orderBy: { createdAt: "asc" } },
      sessions: { select: { createdAt: true, expiresAt: true, lastSeenAt: true, revokedAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.erasedAt) return null;
  const email = user.email;
  const emailHash = createHash("sha256").update(email, "utf8").digest("hex");

  const versionSelect = {
    id: true,
    number: true,
    state: true,
    title: true,
    createdAt: true,
    updatedAt: true,
    submittedAt: true,
    reviewedAt: true,
    publishedAt: true,
    createdById: true,
    updatedById: true,
    reviewedById: true,
    profile: { select: { slug: true, municipality: { select: { name: true } } } },
  } as const;

  const [versions, comments, auditByPerson, auditAboutPerson, tokens, mails, imports, feedback, signInAttempts] = await Promise.all([
    db.profileVersion.findMany({
      where: { OR: [{ createdById: userId }, { updatedById: userId }, { reviewedById: userId }] },
      select: versionSelect,
      orderBy: { createdAt: "asc" },
    }),
    db.reviewComment.findMany({
      where: { authorId: userId },
      select: { id: true, versionId: true, section: true, body: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.auditLog.findMany({
      where: { actorId: userId },
      select: { id: true, createdAt: true, action: true, objectType: true, objectId: true, details: true },
      orderBy: { id: "asc" },
    }),
    db.auditLog.findMany({
      where: { objectType: "User", objectId: userId, NOT: { actorId: userId } },
      select: { id: true, createdAt: true, action: true, details: true },
      orderBy: { id: "asc" },
    }),
    db.authToken.findMany({
      where: { email },
      select: { purpose: true, role: true, createdAt: true, expiresAt: true, usedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.outboxMail.findMany({
      where: { to: email },
      select: { createdAt: true, to: true, subject: true, text: true, deliveredAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.importUpload.findMany({
      where: { createdById: userId },
      select: { fileName: true, format: true, createdAt: true, expiresAt: true, importedAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.accessibilityFeedback.findMany({
      where: { email: { equals: email, mode: "insensitive" } },
      select: { number: true, createdAt: true, message: true, name: true, email: true, pagePath: true, doneAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.signInAttempt.findMany({ where: { emailHash }, select: { outcome: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
  ]);

  const redact = (details: unknown) => (details === null ? null : redactOtherAddresses(details, email));
  const document = {
    format: "kfd-personal-data-export",
    version: 1,
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      language: user.locale ?? "de",
      createdAt: user.createdAt,
      updatedAt: user.updatedAt,
      disabledAt: user.disabledAt,
      municipalities: user.assignments.map((assignment) => ({ name: assignment.municipality.name, since: assignment.createdAt })),
      sessions: user.sessions,
    },
    versions: versions.map(({ createdById, updatedById, reviewedById, profile, ...version }) => ({
      ...version,
      steckbrief: profile.slug,
      municipality: profile.municipality.name,
      asAuthor: createdById === userId,
      asLastEditor: updatedById === userId,
      asReviewer: reviewedById === userId,
    })),
    comments,
    auditEntries: auditByPerson.map((entry) => ({
      ...entry,
      id: entry.id.toString(),
      // another account the person acted on (e.g. an invitation) is not named, not even by its id
      objectId: entry.objectType === "User" && entry.objectId !== userId ? "[andere Person]" : entry.objectId,
      details: redact(entry.details),
    })),
    auditEntriesAboutAccount: auditAboutPerson.map((entry) => ({ ...entry, id: entry.id.toString(), details: redact(entry.details) })),
    linksSent: tokens,
    mails,
    importUploads: imports,
    accessibilityFeedback: feedback,
    failedSignIns: signInAttempts,
  };

  await recordAudit(db, { actorId: actor.id, action: "user.data-export", objectType: "User", objectId: userId });
  return { email, document };
}
