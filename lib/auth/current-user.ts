import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/authz/policy";
import type { Role } from "@/generated/prisma/enums";

export interface CurrentUser extends Actor {
  email: string;
  name: string | null;
  role: Role;
}

/** next-auth's session cookie: "__Secure-" when the portal runs on https (see next-auth's cookie defaults). */
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/** The user id and session version in the request's session cookie, if it decrypts and has not expired. */
async function sessionOfRequest(): Promise<{ userId: string; sessionVersion: number } | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  const secret = process.env.NEXTAUTH_SECRET;
  if (!token || !secret) return null;
  try {
    const payload = await decode({ token, secret });
    return typeof payload?.uid === "string" && typeof payload.sv === "number" ? { userId: payload.uid, sessionVersion: payload.sv } : null;
  } catch {
    return null; // forged, from another secret, or expired
  }
}

/**
 * The signed-in user of this request, or null. The session cookie alone is not trusted:
 * the user must still exist, be enabled and have the session version the token was issued
 * with (bumped on "sign out everywhere", disabling and role changes).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await sessionOfRequest();
  if (!session) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      sessionVersion: true,
      assignments: { select: { municipalityId: true } },
    },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  return { ...actorOf(user), email: user.email, name: user.name, role: user.role };
});
