import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteExpiredAuthTokens } from "@/lib/accounts/expired-tokens";
import { MAX_RESETS_PER_WINDOW, requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { newLinkToken } from "@/lib/accounts/tokens";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { TOO_MANY_ATTEMPTS } from "@/lib/auth/schema";
import {
  deleteExpiredSignInAttempts,
  MAX_FAILED_SIGN_INS,
  MAX_FAILED_SIGN_INS_PER_CLIENT,
  signInAddressHash,
} from "@/lib/auth/sign-in-attempts";
import { deleteExpiredOutboxMails } from "@/lib/mail/outbox";
import { RETENTION } from "@/lib/retention";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/** Guessing passwords and flooding mailboxes are slowed down per address; what that records is kept only briefly. */
const db = connectTestDatabase();
const password = "ein richtig langes Passwort";
const DAY = 24 * 60 * 60 * 1000;
let email: string;

type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  email = `${uniqueSlug("drossel")}@example.org`;
  await db.user.create({ data: { email, role: "REVIEWER", passwordHash: await hashPassword(password) } });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("sign-in throttling", () => {
  it("refuses every attempt for an address after ten failures, even with the right password", async () => {
    const auditBefore = await db.auditLog.count();
    expect(await authorize({ email, password }, {})).toMatchObject({ email });
    // The address is counted however it is typed.
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await authorize({ email: attempt % 2 ? email.toUpperCase() : email, password: "falsch" }, {})).toBeNull();
    }
    await expect(authorize({ email, password }, {})).rejects.toThrow(TOO_MANY_ATTEMPTS);

    const attempts = await db.signInAttempt.findMany({ where: { emailHash: signInAddressHash(email) } });
    expect(attempts.filter((attempt) => attempt.outcome === "FAILED")).toHaveLength(MAX_FAILED_SIGN_INS);
    expect(attempts.filter((attempt) => attempt.outcome === "THROTTLED")).toHaveLength(1);
    // Only the hash of the typed address is stored, and the audit log got only the one successful sign-in.
    expect(attempts.every((attempt) => /^[0-9a-f]{64}$/.test(attempt.emailHash))).toBe(true);
    expect(await db.auditLog.count()).toBe(auditBefore + 1);
  });

  it("keeps attempts for the retention period only; a failed sign-in deletes the expired ones", async () => {
    const stranger = `${uniqueSlug("fremd")}@example.org`;
    const now = Date.now();
    const retention = RETENTION.signInAttemptDays * DAY;
    await db.signInAttempt.createMany({
      data: [
        { emailHash: signInAddressHash(stranger), outcome: "FAILED", createdAt: new Date(now - retention - 60_000) },
        { emailHash: signInAddressHash(stranger), outcome: "THROTTLED", createdAt: new Date(now - retention - 60_000) },
        { emailHash: signInAddressHash(stranger), outcome: "FAILED", createdAt: new Date(now - retention + 60_000) },
      ],
    });
    expect(await authorize({ email: stranger, password: "geraten" }, {})).toBeNull();
    const left = await db.signInAttempt.findMany({ where: { emailHash: signInAddressHash(stranger) }, orderBy: { createdAt: "asc" } });
    expect(left.map((attempt) => attempt.createdAt.getTime())).toEqual([now - retention + 60_000, expect.any(Number)]);
    expect(await db.signInAttempt.count({ where: { createdAt: { lt: new Date(now - retention) } } })).toBe(0);
    expect(await deleteExpiredSignInAttempts()).toBe(0);
  });

  it("checks no more than ten passwords when forty wrong ones arrive at once (count and write are one step)", async () => {
    const target = `${uniqueSlug("parallel")}@example.org`;
    await db.user.create({ data: { email: target, role: "EDITOR", passwordHash: await hashPassword(password) } });
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => authorize({ email: target, password: "falsch" }, {})));
    const checked = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const refused = outcomes.filter((outcome) => outcome.status === "rejected" && String(outcome.reason).includes(TOO_MANY_ATTEMPTS));
    expect(checked).toHaveLength(MAX_FAILED_SIGN_INS);
    expect(refused).toHaveLength(40 - MAX_FAILED_SIGN_INS);
    const failed = await db.signInAttempt.count({ where: { emailHash: signInAddressHash(target), outcome: "FAILED" } });
    expect(failed).toBe(MAX_FAILED_SIGN_INS);
  });

  it("a right password leaves no failure behind", async () => {
    const owner = `${uniqueSlug("richtig")}@example.org`;
    await db.user.create({ data: { email: owner, role: "EDITOR", passwordHash: await hashPassword(password) } });
    expect(await authorize({ email: owner, password }, {})).toMatchObject({ email: owner });
    expect(await db.signInAttempt.count({ where: { emailHash: signInAddressHash(owner) } })).toBe(0);
  });

  it("the database refuses to store a plain address", async () => {
    await expect(db.signInAttempt.create({ data: { emailHash: email.padEnd(64, "x"), outcome: "FAILED" } })).rejects.toThrow();
  });
});

describe("per client and lifting the lock (finding 8)", () => {
  /** As the request reaches the app behind one proxy: what the client wrote, then what the proxy saw. */
  const from = (proxySeen: string) => ({ headers: { "x-forwarded-for": `203.0.113.9, ${proxySeen}` } });

  it("behind a configured proxy, refuses a client after too many failures across addresses", async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    try {
      // With one trusted hop, the address the proxy appended counts (the client's own entry could be forged).
      const proxySeen = `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS_PER_CLIENT; attempt++) {
        // Different addresses each time: the per-address limit never triggers.
        const target = `${uniqueSlug("streu")}@example.org`;
        expect(await authorize({ email: target, password: "falsch" }, from(proxySeen))).toBeNull();
      }
      await expect(authorize({ email: `${uniqueSlug("streu")}@example.org`, password: "falsch" }, from(proxySeen))).rejects.toThrow(
        TOO_MANY_ATTEMPTS,
      );
      // Another client is not affected.
      expect(await authorize({ email: `${uniqueSlug("streu")}@example.org`, password: "falsch" }, from("10.2.0.2"))).toBeNull();
      expect(await db.signInAttempt.count({ where: { clientHash: { not: null } } })).toBeGreaterThanOrEqual(MAX_FAILED_SIGN_INS_PER_CLIENT);
    } finally {
      delete process.env.TRUSTED_PROXY_HOPS;
    }
  });

  it("without a configured proxy, a forwarded address is not trusted and not stored", async () => {
    const target = `${uniqueSlug("ohneproxy")}@example.org`;
    expect(await authorize({ email: target, password: "falsch" }, from("192.0.2.7"))).toBeNull();
    const [attempt] = await db.signInAttempt.findMany({ where: { emailHash: signInAddressHash(target) } });
    expect(attempt?.clientHash).toBeNull();
  });

  it("tells the owner by mail when the address is locked, and a password reset lifts the lock", async () => {
    const owner = `${uniqueSlug("gesperrt")}@example.org`;
    await db.user.create({ data: { email: owner, role: "EDITOR", passwordHash: await hashPassword(password) } });
    for (let attempt = 0; attempt < MAX_FAILED_SIGN_INS; attempt++) {
      expect(await authorize({ email: owner, password: "falsch" }, {})).toBeNull();
    }
    await expect(authorize({ email: owner, password }, {})).rejects.toThrow(TOO_MANY_ATTEMPTS);
    const mails = await db.outboxMail.findMany({ where: { to: owner } });
    expect(mails.map((mail) => mail.subject)).toEqual([expect.stringContaining("Anmeldung vorübergehend gesperrt")]);
    expect(mails[0]!.text).toContain("/passwort-vergessen");

    await requestPasswordReset({ email: owner });
    const link = (
      await db.outboxMail.findFirstOrThrow({ where: { to: owner, subject: { contains: "Passwort zurücksetzen" } } })
    ).text.match(/\/passwort-zuruecksetzen\/([A-Za-z0-9_-]{43})/);
    await resetPassword({ token: link![1]!, password: "ein neues, langes Passwort" });
    expect(await authorize({ email: owner, password: "ein neues, langes Passwort" }, {})).toMatchObject({ email: owner });
  });
});

describe("password reset flood protection", () => {
  it(`sends at most ${MAX_RESETS_PER_WINDOW} links per address and hour, with the same answer every time`, async () => {
    const answers = [];
    for (let request = 0; request < MAX_RESETS_PER_WINDOW + 2; request++) answers.push(await requestPasswordReset({ email }));
    expect(new Set(answers).size).toBe(1);
    expect(await db.authToken.count({ where: { email, purpose: "PASSWORD_RESET" } })).toBe(MAX_RESETS_PER_WINDOW);
  });

  it(`creates no more than ${MAX_RESETS_PER_WINDOW} links when thirty requests arrive at once`, async () => {
    const owner = `${uniqueSlug("flut")}@example.org`;
    await db.user.create({ data: { email: owner, role: "EDITOR", passwordHash: await hashPassword(password) } });
    await Promise.all(Array.from({ length: 30 }, () => requestPasswordReset({ email: owner })));
    expect(await db.authToken.count({ where: { email: owner, purpose: "PASSWORD_RESET" } })).toBe(MAX_RESETS_PER_WINDOW);
  });
});

describe("retention of mails and links", () => {
  it("deletes outbox mails after their retention period", async () => {
    const to = `${uniqueSlug("alt")}@example.org`;
    const old = new Date(Date.now() - RETENTION.outboxMailDays * DAY - 60_000);
    const recent = new Date(Date.now() - RETENTION.outboxMailDays * DAY + 60_000);
    await db.outboxMail.createMany({
      data: [
        { to, subject: "alt", text: "alt", createdAt: old },
        { to, subject: "neu", text: "neu", createdAt: recent },
      ],
    });
    expect(await deleteExpiredOutboxMails()).toBeGreaterThanOrEqual(1);
    expect((await db.outboxMail.findMany({ where: { to } })).map((mail) => mail.subject)).toEqual(["neu"]);
  });

  it("deletes links some time after they expired or were used, and keeps the others", async () => {
    const owner = `${uniqueSlug("links")}@example.org`;
    const ended = new Date(Date.now() - RETENTION.authTokenDaysAfterEnd * DAY - 60_000);
    // Created a day before they expire or were used (the database wants expiry after creation).
    const token = (data: { expiresAt: Date; usedAt?: Date }) => ({
      createdAt: new Date(Math.min(data.expiresAt.getTime(), data.usedAt?.getTime() ?? Infinity) - DAY),
      purpose: "PASSWORD_RESET" as const,
      tokenHash: newLinkToken().tokenHash,
      email: owner,
      ...data,
    });
    await db.authToken.createMany({
      data: [
        token({ expiresAt: ended }),
        token({ expiresAt: new Date(Date.now() + DAY), usedAt: ended }),
        token({ expiresAt: new Date(Date.now() - DAY) }),
        token({ expiresAt: new Date(Date.now() + DAY), usedAt: new Date() }),
        token({ expiresAt: new Date(Date.now() + DAY) }),
      ],
    });
    expect(await deleteExpiredAuthTokens()).toBeGreaterThanOrEqual(2);
    expect(await db.authToken.count({ where: { email: owner } })).toBe(3);
  });
});
