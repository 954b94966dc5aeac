import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenPurpose } from "@/generated/prisma/enums";
import { publicBaseUrl } from "@/lib/env";
import { localizePath } from "@/lib/i18n/localize-path";
import type { Locale } from "@/lib/i18n/routing";
import type { TokenState } from "./link-errors";

export { linkErrorCode, type TokenState } from "./link-errors";

/** Validity of single-use links. */
export const TOKEN_VALIDITY_MS: Record<AuthTokenPurpose, number> = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 2 * 60 * 60 * 1000,
};

/**
 * A new single-use token: 32 random bytes for the link, and the SHA-256 hash that is stored.
 * The token itself exists only in the e-mail; a copy of the database cannot be used to sign in.
 */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Only well-formed tokens are looked up at all (43 characters of base64url). */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export function tokenState(token: { expiresAt: Date; usedAt: Date | null } | null, now = new Date()): TokenState {
  if (!token) return "unknown";
  if (token.usedAt) return "used";
  if (token.expiresAt <= now) return "expired";
  return "valid";
}

/** Absolute URL of a page of the portal, for links in e-mails; in `locale` when given ("/en/…"). */
export function absoluteUrl(path: string, locale?: Locale): string {
  const base = publicBaseUrl();
  return new URL(locale ? localizePath(path, locale) : path, base.endsWith("/") ? base : `${base}/`).toString();
}
