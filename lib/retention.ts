/**
 * How long the portal keeps records about people, in one place: the clean-ups use these numbers,
 * the privacy page (Datenschutz) states them, docs/RETENTION.md explains them. Changing one here
 * changes what the portal does and what it says.
 */
export const RETENTION = {
  /** Failed and throttled sign-ins (hash of the typed address): the throttle needs 15 minutes, a week allows looking into an attack. */
  signInAttemptDays: 7,
  /** Mails of the outbox: enough to answer "did the invitation go out?"; their links expire within 7 days anyway. */
  outboxMailDays: 30,
  /** Invitation and password-reset links, counted from their expiry or use (until then the page can say "already used"). */
  authTokenDaysAfterEnd: 30,
  /** An uploaded import file (it may hold contacts) between its report and the confirmation. */
  importUploadHours: 24,
  /** Messages of the accessibility feedback form: a year, to answer them, fix the barrier and report on it. */
  accessibilityFeedbackDays: 365,
  /** … and the keyed hash of the sender's address, which only the hourly rate limit needs. */
  feedbackClientHashHours: 1,
  /** A session (sign-in) ends after this many hours at the latest. */
  sessionHours: 8,
  /** … and after this many hours without a request (lib/auth/sessions.ts). */
  sessionIdleHours: 2,
} as const;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Records from before this instant are past their retention of `days`. */
export function retentionCutoff(days: number, now: Date = new Date()): Date {
  return new Date(now.getTime() - days * DAY_MS);
}
