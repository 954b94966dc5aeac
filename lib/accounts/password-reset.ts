import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordFields, signInSchema } from "@/lib/auth/schema";
import { sendMail } from "@/lib/mail/send-mail";
import { passwordResetMail } from "@/lib/mail/templates";
import { deleteExpiredAuthTokens } from "./expired-tokens";
import { TOKEN_VALIDITY_MS, absoluteUrl, hashLinkToken, isWellFormedToken, newLinkToken, tokenState, type TokenState } from "./tokens";

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

/** The form of /passwort-vergessen: the address, compared and stored in lower case like at sign-in. */
export const requestPasswordResetSchema = signInSchema.pick({ email: true });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

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
  // Nobody can flood a mailbox with reset mails: a few links per address and hour are enough.
  const recent = await db.authToken.count({
    where: { purpose: "PASSWORD_RESET", email: user.email, createdAt: { gt: new Date(now.getTime() - RESET_WINDOW_MS) } },
  });
  if (recent >= MAX_RESETS_PER_WINDOW) return PASSWORD_RESET_REQUESTED;

  const expiresAt = new Date(now.getTime() + TOKEN_VALIDITY_MS.PASSWORD_RESET);
  await db.$transaction(async (tx) => {
    const created = await tx.authToken.create({
      data: { purpose: "PASSWORD_RESET", tokenHash, email: user.email, createdAt: now, expiresAt },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: null, // anonymous: anyone may ask for a reset of any address
      action: "user.password-reset-request",
      objectType: "User",
      objectId: user.id,
      details: { tokenId: created.id, expiresAt: expiresAt.toISOString() },
    });
  });
  await deleteExpiredAuthTokens(now);

  try {
    await sendMail({
      to: user.email,
      ...passwordResetMail({ resetUrl: absoluteUrl(`/passwort-zuruecksetzen/${token}`), expiresAt, now }),
    });
  } catch (error) {
    console.error("[password-reset] Die E-Mail mit dem Link konnte nicht versendet werden", error);
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

export type ResetPasswordResult = { ok: true; email: string } | { ok: false; reason: Exclude<TokenState, "valid"> };

/** Thrown inside the transaction to roll it back when the token turns out not to be usable. */
class LinkNotUsableError extends Error {
  constructor(readonly reason: Exclude<TokenState, "valid">) {
    super(`password reset link not usable: ${reason}`);
    this.name = "LinkNotUsableError";
  }
}

/**
 * Sets a new password with a reset link: marks the token used, stores the Argon2id hash, ends all sessions
 * of the user (sessionVersion + 1), invalidates the user's other open reset links and records the audit
 * entry — all in one transaction. Returns the user's address so that the page can sign in.
 */
export async function resetPassword({ token, password }: { token: string; password: string }): Promise<ResetPasswordResult> {
  // The same rule as the form (newPasswordSchema); the confirmation is the form's business.
  const validPassword = newPasswordFields.shape.password.parse(password);

  // A cheap check first, so that unknown or old links cost no Argon2 hash.
  const record = await findResetToken(token);
  const state = tokenState(record);
  if (state !== "valid") return { ok: false, reason: state };
  // Hashing takes a moment: done before the transaction, so that no row stays locked meanwhile.
  const passwordHash = await hashPassword(validPassword);

  try {
    return await db.$transaction(async (tx) => {
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
        throw new LinkNotUsableError(reason === "valid" ? "used" : reason);
      }
      const user = await tx.user.findUnique({ where: { email: record!.email }, select: { id: true, email: true, disabledAt: true } });
      if (!user || user.disabledAt) throw new LinkNotUsableError("unknown");

      await tx.user.update({
        where: { id: user.id },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      // Other reset links sent before are spent too: the password they were meant to replace is gone.
      await tx.authToken.updateMany({
        where: { purpose: "PASSWORD_RESET", email: user.email, usedAt: null },
        data: { usedAt: now },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.password-reset",
        objectType: "User",
        objectId: user.id,
        details: { tokenId: record!.id },
      });
      return { ok: true as const, email: user.email };
    });
  } catch (error) {
    if (error instanceof LinkNotUsableError) return { ok: false, reason: error.reason };
    throw error;
  }
}
