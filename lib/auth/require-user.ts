import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "./current-user";

/**
 * For non-public pages: the signed-in user, or a redirect to the sign-in page that comes back
 * to `returnTo` afterwards.
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/anmelden?ruecksprung=${encodeURIComponent(returnTo)}`);
  return user;
}

export { safeReturnPath } from "./return-path";
