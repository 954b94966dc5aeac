import { signIn } from "next-auth/react";
import { TOO_MANY_ATTEMPTS } from "./schema";

export type SignInOutcome = "signed-in" | "refused" | "throttled";

/**
 * Signs in through next-auth's credentials endpoint from the browser and, on success, loads
 * `target` with a full navigation so that every server component sees the new session cookie.
 */
export async function signInAndGo(
  credentials: { email: string; password: string; locale: string },
  target: string,
): Promise<SignInOutcome> {
  const result = await signIn("credentials", { ...credentials, redirect: false });
  if (result?.error === TOO_MANY_ATTEMPTS) return "throttled";
  if (!result?.ok || result.error) return "refused";
  window.location.assign(target);
  return "signed-in";
}
