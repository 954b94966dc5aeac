import "server-only";
import { db } from "@/lib/db";
import { lockForTransaction } from "@/lib/db-lock";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { liftSignInLock } from "@/lib/auth/sign-in-attempts";
import { newPasswordFields } from "@/lib/auth/schema";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { passwordResetMail } from "@/lib/mail/templates";
import { requestLocaleOrDefault } from "@/lib/i18n/server-translator";
import { deleteExpiredAuthTokens } from "./expired-tokens";
import { requestPasswordResetSchema, type RequestPasswordResetInput } from "./password-reset-schema";
import {
  TOKEN_VALIDITY_MS,
  absoluteUrl,
  hashLinkToken,
  isWellFormedToken,
  linkErrorCode,
  newLinkToken,
  tokenState,
  type TokenState,
} from "./tokens";
import { log } from "@/lib/operations/log";

/**
 * Password reset by e-mail link (issue: "Password reset with the same kind of link; the answer never
 * reveals whether an address has an account").
 *
 * Security decisions:
 * - No policy check: both steps are public by design. Requesting proves nothing and reveals nothing;
 *   resetting is authorized by the single-use token alone (whoever can read the mailbox may set the password).
 * - The request answers the same for every address (see requestPasswordReset). The server action runs it
 *   after the response (next/server `after`), so neither the database writes nor the SMTP round trip of an
 *   existing account show in the response time.
 * - Only the SHA-256 hash of the token is stored; the token exists only in the mail (and the outbox row).
 * - Using the token is one conditional UPDATE (unused and unexpired) inside the transaction that sets the
 *   password: two concurrent uses cannot both succeed.
 */

/** What requestPasswordReset answers — always the same value, whether the address has an account or not. */
export const PASSWORD_RESET_REQUESTED = Object.freeze({ status: "requested" as const });

/**
 * Sends a password-reset link to `email` if an enabled account with a password has that address;
 * otherwise does nothing. The result is the same in both cases and a failure to send the mail is only
 * logged (it is recorded in the outbox): telling the caller would tell them the account exists.
 */
/** At most this many reset links per address within RESET_WINDOW_MS. */
export const MAX_RESETS_PER_WINDOW = 3;
const RESET_WINDOW_MS = 60 * 60 * 1000;

export async function requestPasswordReset(input: RequestPasswordResetInput): Promise<typeof PASSWORD_RESET_REQUESTED> {
  const { email } = requestPasswordResetSchema.parse(input);
  // Generated for every request, so both paths do this work (the action also answers before any of it).
  const { token, tokenHash } = newLinkToken();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, disabledAt: true },
  });
  // Invited users who have not chosen a password yet accept their invitation instead; disabled users get nothing.
  if (!user || !user.passwordHash || user.disabledAt) return PASSWORD_RESET_REQUESTED;

  const now = new Date();
  const expiresAt = new Date(now.getTime() + TOKEN_VALIDITY_MS.PASSWORD_RESET);
  const created = await db.$transaction(async (tx) => {
    // Nobody can flood a mailbox with reset mails: a few links per address and hour are enough. Counted
    // and written under a lock on the address, so parallel requests cannot all pass the count.
    await lockForTransaction(tx, `password-reset:${user.email}`);
    const recent = await tx.authToken.count({
      where: { purpose: "PASSWORD_RESET", email: user.email, createdAt: { gt: new Date(now.getTime() - RESET_WINDOW_MS) } },
    });
    if (recent >= MAX_RESETS_PER_WINDOW) return false;
    const token = await tx.authToken.create({
      data: { purpose: "PASSWORD_RESET", tokenHash, email: user.email, createdAt: now, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null, // anonymous: anyone may ask for a reset of any address
      action: "user.password-reset-request",
      objectType: "User",
      objectId: user.id,
      details: { tokenId: token.id, expiresAt: expiresAt.toISOString() },
    });
    return true;
  });
  if (!created) return PASSWORD_RESET_REQUESTED;
  await deleteExpiredAuthTokens(now);

  const locale = await requestLocaleOrDefault();
  try {
    await sendMail({
      to: user.email,
      // In the language of the page the reset was asked for on: the person asking reads it.
      ...(await passwordResetMail({ resetUrl: absoluteUrl(`/passwort-zuruecksetzen/${token}`, locale), expiresAt, now, locale })),
    });
  } catch (error) {
    log.error("password reset mail not sent", { error });
  }
  return PASSWORD_RESET_REQUESTED;
}

async function findResetToken(token: string) {
  if (!isWellFormedToken(token)) return null;
  return db.authToken.findFirst({
    where: { tokenHash: hashLinkToken(token), purpose: "PASSWORD_RESET" },
    select: { id: true, email: true, expiresAt: true, usedAt: true },
  });
}

/** Whether the link can still be used; an account that was disabled meanwhile makes the link unknown. */
export async function getPasswordResetTokenState(token: string): Promise<TokenState> {
  const record = await findResetToken(token);
  const state = tokenState(record);
  if (state !== "valid") return state;
  const user = await db.user.findUnique({ where: { email: record!.email }, select: { disabledAt: true } });
  return user && !user.disabledAt ? "valid" : "unknown";
}

/**
 * Sets a new password with a reset link: marks the token used, stores the Argon2id hash, ends all sessions
 * of the user (sessionVersion + 1), invalidates the user's other open reset links and records the audit
 * entry — all in one transaction. Returns the user's address so that the page can sign in. A link that
 * cannot be used is refused as "link-unknown", "link-expired" or "link-used", and changes nothing.
 */
export async function resetPassword({ token, password }: { token: string; password: string }): Promise<{ email: string }> {
  // The same rule as the form (newPasswordSchema); the confirmation is the form's business.
  const validPassword = newPasswordFields.shape.password.parse(password);

  // A cheap check first, so that unknown or old links cost no Argon2 hash.
  const record = await findResetToken(token);
  const state = tokenState(record);
  if (state !== "valid") throw new AppError(linkErrorCode(state));
  // Hashing takes a moment: done before the transaction, so that no row stays locked meanwhile.
  const passwordHash = await hashPassword(validPassword);

  return db.$transaction(async (tx) => {
    const now = new Date();
    // The conditional update is the real check: of two concurrent uses, the second waits for the first's
    // row lock, then finds usedAt set and updates nothing.
    const claimed = await tx.authToken.updateMany({
      where: { id: record!.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) {
      const current = await tx.authToken.findUnique({ where: { id: record!.id }, select: { expiresAt: true, usedAt: true } });
      const reason = tokenState(current, now);
      throw new AppError(linkErrorCode(reason === "valid" ? "used" : reason));
    }
    const user = await tx.user.findUnique({ where: { email: record!.email }, select: { id: true, email: true, disabledAt: true } });
    if (!user || user.disabledAt) throw new AppError("link-unknown");

    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    // Other reset links sent before are spent too: the password they were meant to replace is gone.
    await tx.authToken.updateMany({
      where: { purpose: "PASSWORD_RESET", email: user.email, usedAt: null },
      data: { usedAt: now },
    });
    // The owner proved who they are: a sign-in lock from wrong passwords (lib/auth/sign-in-attempts.ts) ends.
    await liftSignInLock(tx, user.email);
    await recordAudit(tx, {
      actorId: user.id,
      action: "user.password-reset",
      objectType: "User",
      objectId: user.id,
      details: { tokenId: record!.id },
    });
    return { email: user.email };
  });
}
