/**
 * The portal's log: one JSON object per line on standard output (errors and warnings on standard error),
 * for the platform's log collector — `{"time":…,"level":"error","event":"action failed","requestId":…}`.
 * `requestId` is the id the proxy gives every request (lib/operations/request-id.ts), so the lines of one
 * request can be found together, and a person quoting the number from an error page finds them.
 *
 * Nothing personal or secret belongs in a log: callers pass ids, not addresses or texts, and as a safety
 * net every e-mail address in a value is replaced and fields named like secrets are dropped.
 */
export type LogLevel = "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

// An address is a token with an "@" inside: it may start only where a token starts (after a space or
// punctuation), which keeps the search linear on long texts (a 100,000-character value without an "@"
// is read once, not once per position). Also hides the password in "user:password@host".
const TOKEN_END = `\\s@<>"'(),;:[\\]/`;
const EMAIL = new RegExp(`(?<![^\\s<>"'(),;:[\\]])[^${TOKEN_END}]+@[^\\s@<>"'(),;[\\]]+`, "gu");
const SECRET_FIELD = /pass(word)?|secret|token|cookie|authorization|session/i;
const MAX_STRING = 4_000;

function redactText(text: string): string {
  const bounded = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…` : text;
  return bounded.replace(EMAIL, "[E-Mail-Adresse]");
}

/** A value as it may be written: errors with name, message, code and stack; strings without addresses. */
function loggable(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactText(value);
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const digest = (value as { digest?: unknown }).digest;
    return {
      name: value.name,
      message: redactText(value.message),
      ...(typeof code === "string" || typeof code === "number" ? { code } : {}),
      ...(typeof digest === "string" ? { digest } : {}),
      ...(value.stack ? { stack: redactText(value.stack) } : {}),
      ...(value.cause !== undefined && depth < 3 ? { cause: loggable(value.cause, depth + 1) } : {}),
    };
  }
  if (Array.isArray(value)) return depth < 3 ? value.slice(0, 50).map((item) => loggable(item, depth + 1)) : "[…]";
  if (value && typeof value === "object") {
    if (depth >= 3) return "[…]";
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !SECRET_FIELD.test(key))
        .map(([key, item]) => [key, loggable(item, depth + 1)]),
    );
  }
  return value;
}

/** The line for one event (exported for tests; `write` prints it). */
export function logLine(level: LogLevel, event: string, fields: LogFields = {}, now = new Date()): string {
  const safeFields = loggable(fields) as LogFields;
  return JSON.stringify({ time: now.toISOString(), level, event, ...safeFields });
}

function write(level: LogLevel, event: string, fields?: LogFields) {
  const line = logLine(level, event, fields);
  if (level === "info") process.stdout.write(`${line}\n`);
  else process.stderr.write(`${line}\n`);
}

export const log = {
  info: (event: string, fields?: LogFields) => write("info", event, fields),
  warn: (event: string, fields?: LogFields) => write("warn", event, fields),
  error: (event: string, fields?: LogFields) => write("error", event, fields),
};
