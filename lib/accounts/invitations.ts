import "server-only";
import { worksForAssignedMunicipalities } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { hashPassword } from "@/lib/auth/password";
import { AppError, invalidInput } from "@/lib/errors";
import { invitationMail } from "@/lib/mail/templates";
import { routing } from "@/lib/i18n/routing";
import { isMailError, sendMail } from "@/lib/mail/send-mail";
import type { Role } from "@/generated/prisma/enums";
import { deleteExpiredAuthTokens } from "./expired-tokens";
import type { InvitationInput } from "./invitation-schema";
import {
  absoluteUrl,
  hashLinkToken,
  isWellFormedToken,
  linkErrorCode,
  newLinkToken,
  TOKEN_VALIDITY_MS,
  tokenState,
  type TokenState,
} from "./tokens";
import { log } from "@/lib/operations/log";

/**
 * How the invitation mail went: handed to SMTP, kept in the outbox only (no SMTP_URL), or failed
 * (it is in the outbox with the error; the invitation stands, an admin can pass the link on).
 */
export type MailDelivery = "sent" | "outbox" | "failed";

/**
 * Creates an invitation and e-mails its single-use link. Security decision: this function does
 * not ask the policy — it is the shared core of `inviteUser` (policy-checked, for the web UI)
 * and of the operator's command line (`npm run users:invite`), where shell access to the server
 * is the authorization, e.g. to create the first admin of a fresh database.
 */
export async function createInvitation({ input, createdById }: { input: InvitationInput; createdById: string | null }) {
  const municipalities = worksForAssignedMunicipalities(input.role)
    ? await db.municipality.findMany({ where: { id: { in: input.municipalityIds } }, select: { id: true, name: true } })
    : [];
  if (municipalities.length !== (worksForAssignedMunicipalities(input.role) ? new Set(input.municipalityIds).size : 0)) {
    throw invalidInput({ municipalityIds: { key: "InviteForm.errors.municipalityUnknown" } });
  }
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + TOKEN_VALIDITY_MS.INVITATION);
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.authToken.create({
      data: {
        purpose: "INVITATION",
        tokenHash,
        email: input.email,
        role: input.role,
        municipalityIds: municipalities.map((municipality) => municipality.id),
        createdById,
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: createdById,
      action: "user.invite",
      objectType: "AuthToken",
      objectId: created.id,
      details: { email: input.email, role: input.role, municipalities: municipalities.map((municipality) => municipality.name) },
    });
    return created;
  });
  await deleteExpiredAuthTokens();
  // German (the default): nothing is known yet about the language of the person invited; the
  // invitation page has the language switch.
  const inviteUrl = absoluteUrl(`/einladung/${token}`, routing.defaultLocale);
  const inviter = createdById ? await db.user.findUnique({ where: { id: createdById }, select: { name: true } }) : null;
  const mail = await invitationMail({
    inviteUrl,
    role: input.role,
    municipalityNames: municipalities.map((municipality) => municipality.name),
    expiresAt,
    invitedByName: inviter?.name ?? undefined,
    locale: routing.defaultLocale,
  });
  let delivery: MailDelivery;
  try {
    delivery = (await sendMail({ to: input.email, ...mail })).delivered ? "sent" : "outbox";
  } catch (error) {
    if (!isMailError(error)) throw error;
    log.error("invitation mail not sent", { error });
    delivery = "failed";
  }
  return { invitationId: invitation.id, inviteUrl, expiresAt, delivery };
}

/** Invitation from the web UI: reviewers invite editors and reviewers, admins anyone. */
export async function inviteUser({ actor, input }: { actor: Actor | null; input: InvitationInput }) {
  assertCan(actor, { action: "user.invite", role: input.role, existingAccount: false });
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing && !can(actor, { action: "user.invite", role: input.role, existingAccount: true })) {
    // Said at the field: staff see the accounts anyway, and the reviewer learns whom to ask.
    throw invalidInput({ email: { key: "InviteForm.errors.existingAccount" } });
  }
  return createInvitation({ input, createdById: actor.id });
}

export interface InvitationLookup {
  state: TokenState;
  email?: string;
  role?: Role;
  municipalityNames?: string[];
}

export async function lookupInvitation(token: string): Promise<InvitationLookup> {
  if (!isWellFormedToken(token)) return { state: "unknown" };
  const invitation = await db.authToken.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!invitation || invitation.purpose !== "INVITATION") return { state: "unknown" };
  const state = tokenState(invitation);
  if (state !== "valid") return { state, email: invitation.email };
  const municipalities = await db.municipality.findMany({
    where: { id: { in: invitation.municipalityIds } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return { state, email: invitation.email, role: invitation.role ?? undefined, municipalityNames: municipalities.map((m) => m.name) };
}

/**
 * Accepting an invitation: the invitee chooses a password and gets the invited role and
 * municipalities. The token is spent with a conditional update, so a link works exactly once
 * even if it is submitted twice at the same moment. A link that cannot be used is refused as
 * "link-unknown", "link-expired" or "link-used".
 */
export async function acceptInvitation({ token, password, name }: { token: string; password: string; name: string }) {
  if (!isWellFormedToken(token)) throw new AppError("link-unknown");
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const invitation = await tx.authToken.findUnique({ where: { tokenHash: hashLinkToken(token) } });
    if (!invitation || invitation.purpose !== "INVITATION" || !invitation.role) throw new AppError("link-unknown");
    const state = tokenState(invitation);
    if (state !== "valid") throw new AppError(linkErrorCode(state));
    const spent = await tx.authToken.updateMany({ where: { id: invitation.id, usedAt: null }, data: { usedAt: new Date() } });
    if (spent.count !== 1) throw new AppError("link-used");

    const existing = await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } });
    // An invitation changes an existing account only when an admin (or the operator's command line,
    // no creator) made it: a reviewer's invitation must not set a role or lift a disabling — also one
    // made before the account existed.
    if (existing && invitation.createdById) {
      const creator = await tx.user.findUnique({ where: { id: invitation.createdById }, select: { role: true } });
      if (creator?.role !== "ADMIN") throw new AppError("link-unknown");
    }
    const user = existing
      ? await tx.user.update({
          where: { id: existing.id },
          data: { passwordHash, role: invitation.role, name: name || undefined, disabledAt: null, sessionVersion: { increment: 1 } },
          select: { id: true, email: true },
        })
      : await tx.user.create({
          data: { email: invitation.email, name: name || null, role: invitation.role, passwordHash },
          select: { id: true, email: true },
        });
    if (invitation.role && worksForAssignedMunicipalities(invitation.role)) {
      await tx.editorAssignment.createMany({
        data: invitation.municipalityIds.map((municipalityId) => ({ userId: user.id, municipalityId })),
        skipDuplicates: true,
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.accept-invitation",
      objectType: "User",
      objectId: user.id,
      details: { invitationId: invitation.id },
    });
    return { email: user.email };
  });
}

/**
 * A fresh link for an expired invitation, sent only to the address the invitation was for —
 * so asking for it reveals nothing and cannot redirect an invitation to someone else.
 */
export async function renewExpiredInvitation(token: string): Promise<void> {
  if (!isWellFormedToken(token)) return;
  const invitation = await db.authToken.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!invitation || invitation.purpose !== "INVITATION" || !invitation.role || tokenState(invitation) !== "expired") return;
  await createInvitation({
    input: { email: invitation.email, role: invitation.role, municipalityIds: invitation.municipalityIds },
    createdById: invitation.createdById,
  });
}
