import { afterAll, describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db";
import { authOptions } from "@/lib/auth/options";
import { sessionClaimsOf, userOfSession } from "@/lib/auth/current-user";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, startSession } from "@/lib/auth/sessions";
import { uniqueSlug } from "../support/test-db";

/**
 * Sessions end on the server (issue 14, finding 2): signing out revokes the session the cookie names,
 * a session has an absolute and an idle lifetime, and next-auth's session endpoint renews no cookie
 * of an ended session. The e2e test (e2e/sign-out.spec.ts) replays a kept cookie against the server.
 */

afterAll(async () => {
  await db.$disconnect();
});

const MINUTE = 60 * 1000;

async function signedInUser() {
  const user = await db.user.create({ data: { email: `${uniqueSlug("sitzung")}@example.org`, role: "EDITOR" } });
  const start = new Date();
  const sessionId = await startSession(db, user.id, start);
  const token = { sid: sessionId, uid: user.id, sv: user.sessionVersion } as JWT;
  return { user, start, sessionId, token, claims: sessionClaimsOf(token)! };
}

const jwt = authOptions.callbacks!.jwt!;
const signOut = authOptions.events!.signOut!;
const renew = (token: JWT) => jwt({ token } as Parameters<typeof jwt>[0]);

describe("a session on the server", () => {
  it("signs its user in until signing out revokes exactly this session", async () => {
    const { user, token, claims } = await signedInUser();
    const other = await startSession(db, user.id);
    expect((await userOfSession(claims))?.id).toBe(user.id);
    await expect(renew(token)).resolves.toMatchObject({ sid: claims.sessionId });

    await signOut({ token } as Parameters<typeof signOut>[0]);

    expect(await userOfSession(claims)).toBeNull();
    await expect(renew(token)).rejects.toThrow("SESSION_ENDED");
    // The same user's session on another device stays.
    expect((await userOfSession({ ...claims, sessionId: other }))?.id).toBe(user.id);
  });

  it("ends after its absolute lifetime, however active", async () => {
    const { start, claims } = await signedInUser();
    let now = start;
    // A request every 30 minutes keeps the idle timeout away …
    while (now.getTime() + 30 * MINUTE < start.getTime() + SESSION_ABSOLUTE_MS) {
      now = new Date(now.getTime() + 30 * MINUTE);
      expect(await userOfSession(claims, now)).not.toBeNull();
    }
    // … but not the absolute end.
    expect(await userOfSession(claims, new Date(start.getTime() + SESSION_ABSOLUTE_MS + MINUTE))).toBeNull();
  });

  it("ends after the idle timeout without a request", async () => {
    const { start, claims } = await signedInUser();
    expect(await userOfSession(claims, new Date(start.getTime() + SESSION_IDLE_MS - MINUTE))).not.toBeNull();
    const seen = await db.authSession.findUniqueOrThrow({ where: { id: claims.sessionId } });
    expect(seen.lastSeenAt.getTime()).toBe(start.getTime() + SESSION_IDLE_MS - MINUTE);
    // Counted from the last request, not from the sign-in:
    expect(await userOfSession(claims, new Date(start.getTime() + 2 * SESSION_IDLE_MS - 2 * MINUTE))).not.toBeNull();
    expect(await userOfSession(claims, new Date(start.getTime() + 4 * SESSION_IDLE_MS))).toBeNull();
  });

  it("refuses a cookie without a session id, with another user's session id, or after sign-out everywhere", async () => {
    const first = await signedInUser();
    const second = await signedInUser();
    expect(sessionClaimsOf({ uid: first.user.id, sv: first.user.sessionVersion })).toBeNull();
    expect(sessionClaimsOf({ sid: "not-a-uuid", uid: first.user.id, sv: 1 })).toBeNull();
    expect(await userOfSession({ ...first.claims, sessionId: second.sessionId })).toBeNull();

    await db.user.update({ where: { id: first.user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await userOfSession(first.claims)).toBeNull();
    await expect(renew(first.token)).rejects.toThrow("SESSION_ENDED");
  });

  it("deletes ended sessions at the next sign-in", async () => {
    const { user, start, sessionId, token } = await signedInUser();
    await signOut({ token } as Parameters<typeof signOut>[0]);
    await startSession(db, user.id, new Date(start.getTime() + MINUTE));
    expect(await db.authSession.findUnique({ where: { id: sessionId } })).toBeNull();
  });
});
