import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { PASSWORD_RESET_REQUESTED, getPasswordResetTokenState, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { hashLinkToken, newLinkToken } from "@/lib/accounts/tokens";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { uniqueSlug } from "../support/test-db";

/**
 * Password reset against the real database, without mocks. SMTP_URL is unset, so mails land only in the
 * outbox (OutboxMail), where the tests read the link — as an admin would at /redaktion/postausgang.
 * The service uses the portal's own client (lib/db), configured by DATABASE_URL like the app.
 */

const LINK_LINE = /^(https?:\/\/\S+)$/m;
const OLD_PASSWORD = "Altes-Passwort-2026";
const NEW_PASSWORD = "Ein neues, langes Passwort";

let savedSmtpUrl: string | undefined;

beforeAll(() => {
  savedSmtpUrl = process.env.SMTP_URL;
  delete process.env.SMTP_URL;
});

afterAll(async () => {
  if (savedSmtpUrl !== undefined) process.env.SMTP_URL = savedSmtpUrl;
  await db.$disconnect();
});

const oldPasswordHash = hashPassword(OLD_PASSWORD);

async function createUser(options: { disabled?: boolean; withPassword?: boolean } = {}) {
  const { disabled = false, withPassword = true } = options;
  return db.user.create({
    data: {
      email: `${uniqueSlug("reset")}@example.org`,
      role: "EDITOR",
      passwordHash: withPassword ? await oldPasswordHash : null,
      disabledAt: disabled ? new Date() : null,
    },
    select: { id: true, email: true, sessionVersion: true },
  });
}

async function mailsTo(email: string) {
  return db.outboxMail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });
}

/** Requests a reset for `email` and returns the token from the link in the outbox mail. */
async function requestAndReadToken(email: string): Promise<string> {
  await requestPasswordReset({ email });
  const mails = await mailsTo(email);
  const link = mails.at(-1)?.text.match(LINK_LINE)?.[1];
  if (!link) throw new Error(`Keine Mail mit Link an ${email}`);
  const url = new URL(link);
  expect(url.pathname).toMatch(/^\/passwort-zuruecksetzen\/[A-Za-z0-9_-]{43}$/);
  return url.pathname.split("/").pop()!;
}

async function storedPasswordHash(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true, sessionVersion: true } });
  return user;
}

describe("requestPasswordReset", () => {
  it("does nothing for an unknown address, and answers exactly as for a known one", async () => {
    const unknown = `${uniqueSlug("niemand")}@example.org`;
    const tokensBefore = await db.authToken.count({ where: { email: unknown } });

    const unknownResult = await requestPasswordReset({ email: unknown });

    expect(await db.authToken.count({ where: { email: unknown } })).toBe(tokensBefore);
    expect(await mailsTo(unknown)).toHaveLength(0);

    const user = await createUser();
    const knownResult = await requestPasswordReset({ email: user.email });
    expect(await mailsTo(user.email)).toHaveLength(1);

    expect(unknownResult).toEqual(knownResult);
    expect(unknownResult).toBe(PASSWORD_RESET_REQUESTED);
    expect(Object.keys(unknownResult)).toEqual(["status"]);
  });

  it("sends nothing to disabled accounts or accounts without a password (pending invitations)", async () => {
    for (const user of [await createUser({ disabled: true }), await createUser({ withPassword: false })]) {
      expect(await requestPasswordReset({ email: user.email })).toBe(PASSWORD_RESET_REQUESTED);
      expect(await db.authToken.count({ where: { email: user.email } })).toBe(0);
      expect(await mailsTo(user.email)).toHaveLength(0);
    }
  });

  it("sends a mail with a single-use link for a known address; only the token's hash is stored", async () => {
    const user = await createUser();
    // Addresses are matched case-insensitively, like at sign-in.
    await requestPasswordReset({ email: `  ${user.email.toUpperCase()} ` });

    const [mail] = await mailsTo(user.email);
    expect(mail).toBeDefined();
    expect(mail!.subject).toBe("Passwort zurücksetzen – Steckbriefe der kommunalen Flüchtlingsdialoge");
    expect(mail!.deliveredAt).toBeNull(); // no SMTP_URL: kept in the outbox
    const link = mail!.text.match(LINK_LINE)?.[1];
    expect(link).toMatch(/\/passwort-zuruecksetzen\/[A-Za-z0-9_-]{43}$/);
    const token = link!.split("/").pop()!;

    const stored = await db.authToken.findMany({ where: { email: user.email } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: "PASSWORD_RESET", tokenHash: hashLinkToken(token), usedAt: null, createdById: null });
    expect(stored[0]!.tokenHash).not.toContain(token);
    const validity = stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime();
    expect(validity).toBe(2 * 60 * 60 * 1000);
    expect(mail!.text).toContain("2 Stunden gültig");

    expect(await getPasswordResetTokenState(token)).toBe("valid");
    const audit = await db.auditLog.findFirst({ where: { action: "user.password-reset-request", objectId: user.id } });
    expect(audit).toMatchObject({ actorId: null, objectType: "User" });
    expect(JSON.stringify(audit?.details)).not.toContain(token);
  });
});

describe("resetPassword", () => {
  it("sets the new password once, ends all sessions, and refuses the second use", async () => {
    const user = await createUser();
    const token = await requestAndReadToken(user.email);

    const result = await resetPassword({ token, password: NEW_PASSWORD });

    expect(result).toEqual({ email: user.email });
    const after = await storedPasswordHash(user.id);
    expect(after.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, OLD_PASSWORD)).toBe(false);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await getPasswordResetTokenState(token)).toBe("used");
    expect(await db.auditLog.count({ where: { action: "user.password-reset", objectId: user.id, actorId: user.id } })).toBe(1);

    await expect(resetPassword({ token, password: "Noch ein anderes Passwort" })).rejects.toMatchObject({ code: "link-used" });
    const unchanged = await storedPasswordHash(user.id);
    expect(unchanged.passwordHash).toBe(after.passwordHash);
    expect(unchanged.sessionVersion).toBe(after.sessionVersion);
  });

  it("also spends the user's other open reset links", async () => {
    const user = await createUser();
    const first = await requestAndReadToken(user.email);
    const second = await requestAndReadToken(user.email);
    expect(first).not.toBe(second);

    expect(await resetPassword({ token: second, password: NEW_PASSWORD })).toEqual({ email: user.email });
    expect(await getPasswordResetTokenState(first)).toBe("used");
    await expect(resetPassword({ token: first, password: "Noch ein anderes Passwort" })).rejects.toMatchObject({ code: "link-used" });
  });

  it("refuses an expired link and changes nothing", async () => {
    const user = await createUser();
    const token = await requestAndReadToken(user.email);
    const hour = 60 * 60 * 1000;
    await db.authToken.update({
      where: { tokenHash: hashLinkToken(token) },
      data: { createdAt: new Date(Date.now() - 3 * hour), expiresAt: new Date(Date.now() - hour) },
    });

    expect(await getPasswordResetTokenState(token)).toBe("expired");
    await expect(resetPassword({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "link-expired" });
    const after = await storedPasswordHash(user.id);
    expect(await verifyPassword(after.passwordHash!, OLD_PASSWORD)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion);
  });

  it("refuses unknown and malformed links, and invitation tokens", async () => {
    await expect(resetPassword({ token: "A".repeat(43), password: NEW_PASSWORD })).rejects.toMatchObject({ code: "link-unknown" });
    await expect(resetPassword({ token: "../../etc", password: NEW_PASSWORD })).rejects.toMatchObject({ code: "link-unknown" });
    expect(await getPasswordResetTokenState("")).toBe("unknown");

    const user = await createUser();
    const { token: invitationToken, tokenHash } = newLinkToken();
    await db.authToken.create({
      data: {
        purpose: "INVITATION",
        tokenHash,
        email: user.email,
        role: "EDITOR",
        expiresAt: new Date(Date.now() + 60_000),
      },
    });
    await expect(resetPassword({ token: invitationToken, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "link-unknown" });
  });

  it("refuses a link of an account that was disabled after the request", async () => {
    const user = await createUser();
    const token = await requestAndReadToken(user.email);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });

    expect(await getPasswordResetTokenState(token)).toBe("unknown");
    await expect(resetPassword({ token, password: NEW_PASSWORD })).rejects.toMatchObject({ code: "link-unknown" });
    // The refusal rolled back: the link is not spent and the password is unchanged.
    expect((await db.authToken.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(token) } })).usedAt).toBeNull();
    expect(await verifyPassword((await storedPasswordHash(user.id)).passwordHash!, OLD_PASSWORD)).toBe(true);
  });

  it("refuses a password that is too short before touching the link", async () => {
    const user = await createUser();
    const token = await requestAndReadToken(user.email);
    await expect(resetPassword({ token, password: "kurz" })).rejects.toThrow();
    expect(await getPasswordResetTokenState(token)).toBe("valid");
  });

  it("lets exactly one of several concurrent uses of the same link succeed", async () => {
    const user = await createUser();
    const token = await requestAndReadToken(user.email);
    const passwords = [1, 2, 3, 4, 5].map((n) => `Gleichzeitiges Passwort Nummer ${n}`);

    // All pass the first (read-only) check; only the conditional update decides.
    const results = await Promise.allSettled(passwords.map((password) => resetPassword({ token, password })));

    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const refusals = results.filter((result) => result.status === "rejected");
    expect(refusals.map((result) => (result.reason as { code: string }).code)).toEqual(Array(4).fill("link-used"));
    const after = await storedPasswordHash(user.id);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    const winner = passwords[results.findIndex((result) => result.status === "fulfilled")]!;
    expect(await verifyPassword(after.passwordHash!, winner)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "user.password-reset", objectId: user.id } })).toBe(1);
  });
});
