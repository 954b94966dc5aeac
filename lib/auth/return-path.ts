/**
 * The return path after signing in (`?ruecksprung=…`): only a path of this site. It is read the way a
 * browser reads it — the URL parser drops tabs and line breaks and treats `\` like `/`, so
 * `/\t/evil.example` or `/\\evil.example` would lead to another site — and only a result on our own
 * origin is kept, as the normalised path (never the raw text).
 */
const BASE = "https://portal.invalid";

export function safeReturnPath(value: unknown, fallback = "/redaktion"): string {
  if (typeof value !== "string" || value.length > 2000 || !value.startsWith("/")) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A normalised path that begins with two slashes would again be read as another host.
  return path.startsWith("//") ? fallback : path;
}
