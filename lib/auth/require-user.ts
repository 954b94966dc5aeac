import "server-only";
import { requestLocaleOrDefault } from "@/lib/i18n/server-translator";
import { localizedRedirect } from "@/lib/i18n/localized-redirect";
import { localizePath } from "@/lib/i18n/localize-path";
import { getCurrentUser, type CurrentUser } from "./current-user";

/**
 * For non-public pages: the signed-in user, or a redirect to the sign-in page that comes back
 * to `returnTo` afterwards — both in the language of the page asked for (`returnTo` is written without
 * the language prefix, like every path of the portal).
 */
export async function requireUser(returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const back = localizePath(returnTo, await requestLocaleOrDefault());
  return localizedRedirect(`/anmelden?ruecksprung=${encodeURIComponent(back)}`);
}

export { safeReturnPath } from "./return-path";
