import { signIn } from "next-auth/react";

/**
 * Signs in through next-auth's credentials endpoint from the browser and, on success, loads
 * `target` with a full navigation so that every server component sees the new session cookie.
 * Returns false when the sign-in was refused.
 */
export async function signInAndGo(credentials: { email: string; password: string }, target: string): Promise<boolean> {
  const result = await signIn("credentials", { ...credentials, redirect: false });
  if (!result?.ok || result.error) return false;
  window.location.assign(target);
  return true;
}
