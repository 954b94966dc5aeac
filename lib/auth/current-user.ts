import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { Actor } from "@/lib/authz/policy";
import type { Role } from "@/generated/prisma/enums";

export interface CurrentUser extends Actor {
  email: string;
  name: string | null;
  role: Role;
}

/**
 * The signed-in user of this request, or null. The session cookie alone is not trusted:
 * the user must still exist, be enabled and have the session version the token was issued
 * with (bumped on "sign out everywhere", disabling and role changes).
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = (await getServerSession(authOptions)) as { userId?: unknown; sessionVersion?: unknown } | null;
  const userId = typeof session?.userId === "string" ? session.userId : null;
  const sessionVersion = typeof session?.sessionVersion === "number" ? session.sessionVersion : null;
  if (!userId || sessionVersion === null) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
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
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    municipalityIds: user.role === "EDITOR" ? user.assignments.map((assignment) => assignment.municipalityId) : [],
  };
});
