/**
 * The pseudonym an erased person is shown under (lib/privacy/erase-person.ts). It is derived from
 * the account's random id only, so it says nothing about the person, and two erased persons in the
 * audit log stay distinguishable.
 */
export function pseudonymOf(userId: string): { name: string; email: string } {
  const short = userId.replace(/-/g, "").slice(0, 8);
  return {
    name: `Gelöschte Person ${short}`,
    // ".invalid" is reserved (RFC 2606): no mail can ever be delivered to it, and the address is
    // lower-case, as the User table's CHECK constraint requires. The full id keeps it unique.
    email: `geloescht-${userId}@pseudonym.invalid`,
  };
}

const ADDRESS = /[^\s"'<>(),;:@]+@[^\s"'<>(),;:@]+\.[a-z]{2,}/gi;

/**
 * A JSON value with every e-mail address in its strings other than `own` replaced: what the export
 * hands out about one person must not name others (e.g. the address the person sent an invitation to).
 */
export function redactOtherAddresses(value: unknown, own: string): unknown {
  if (typeof value === "string") return value.replace(ADDRESS, (found) => (found.toLowerCase() === own ? found : "[andere Person]"));
  if (Array.isArray(value)) return value.map((item) => redactOtherAddresses(item, own));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactOtherAddresses(item, own)]));
  }
  return value;
}

/** A JSON value with every occurrence of the given texts (compared case-insensitively) in its strings replaced. */
export function replaceInJson(value: unknown, replacements: readonly (readonly [string, string])[]): unknown {
  if (typeof value === "string") {
    return replacements.reduce((text, [search, replacement]) => replaceAll(text, search, replacement), value);
  }
  if (Array.isArray(value)) return value.map((item) => replaceInJson(item, replacements));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, replaceInJson(item, replacements)]));
  }
  return value;
}

function replaceAll(text: string, search: string, replacement: string): string {
  if (!search) return text;
  const escaped = search.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return text.replace(new RegExp(escaped, "gi"), replacement);
}
