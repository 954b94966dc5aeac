import type { Locale } from "./routing";

/**
 * The catalogue of a language is split by area (public site, sign-in, editorial area, …) so
 * that each file stays readable; the namespaces are disjoint and merged here.
 */
export const CATALOGUE_PARTS = [
  "site",
  "auth",
  "editorial",
  "accounts",
  "invitations",
  "review",
  "admin",
  "audit",
  "mail",
  "errors",
  "error-page",
  "steckbrief",
  "compare",
  "map",
  "search",
  "open-data",
  "statistics",
  "recommendations",
  "import",
] as const;

export type Messages = Record<string, unknown>;

export async function loadMessages(locale: Locale): Promise<Messages> {
  const parts = await Promise.all(
    CATALOGUE_PARTS.map(async (part) => (await import(`./messages/${locale}/${part}.json`)).default as Messages),
  );
  return Object.assign({}, ...parts) as Messages;
}

/** Only the given top-level namespaces: what a client component tree needs, nothing more. */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((name) => name in messages).map((name) => [name, messages[name]]));
}
