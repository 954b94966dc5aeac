import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_RESETS_PER_WINDOW, requestPasswordReset } from "@/lib/accounts/password-reset";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { TOO_MANY_ATTEMPTS } from "@/lib/auth/schema";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/** Guessing passwords and flooding mailboxes are slowed down per address. */
const db = connectTestDatabase();
const password = "ein richtig langes Passwort";
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
    expect(await authorize({ email, password }, {})).toMatchObject({ email });
    for (let attempt = 0; attempt < 10; attempt++) expect(await authorize({ email, password: "falsch" }, {})).toBeNull();
    await expect(authorize({ email, password }, {})).rejects.toThrow(TOO_MANY_ATTEMPTS);
    expect(await db.auditLog.count({ where: { action: "auth.sign-in-failed", objectId: email } })).toBe(10);
    expect(await db.auditLog.count({ where: { action: "auth.sign-in-throttled", objectId: email } })).toBe(1);
  });
});

describe("password reset flood protection", () => {
  it(`sends at most ${MAX_RESETS_PER_WINDOW} links per address and hour, with the same answer every time`, async () => {
    const answers = [];
    for (let request = 0; request < MAX_RESETS_PER_WINDOW + 2; request++) answers.push(await requestPasswordReset({ email }));
    expect(new Set(answers).size).toBe(1);
    expect(await db.authToken.count({ where: { email, purpose: "PASSWORD_RESET" } })).toBe(MAX_RESETS_PER_WINDOW);
  });
});
