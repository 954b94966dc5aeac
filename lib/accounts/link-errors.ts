import type { ErrorCode } from "@/lib/errors";

/**
 * The state of a single-use link (invitation, password reset) and the refusal that stands for it.
 * Client-safe (no crypto, no environment): the forms read the refusal to show the page's notice.
 */
export type TokenState = "valid" | "expired" | "used" | "unknown";

/** The refusal of a link that cannot be used (the pages explain each case and the way on). */
export function linkErrorCode(state: Exclude<TokenState, "valid">): Extract<ErrorCode, `link-${string}`> {
  return `link-${state}`;
}

/** The state a link refusal stands for (the reverse of linkErrorCode), or null for other codes. */
export function tokenStateOfError(code: ErrorCode): Exclude<TokenState, "valid"> | null {
  return code === "link-expired" ? "expired" : code === "link-used" ? "used" : code === "link-unknown" ? "unknown" : null;
}
