/**
 * Refusals of the domain that the user can understand and act on, with one German message per
 * code, mapped at the action boundary (lib/actions/run-action.ts). Details go to the log only.
 */
export const DOMAIN_ERROR_MESSAGES = {
  "version-not-in-review": "Diese Fassung ist nicht (mehr) in Prüfung – vielleicht hat jemand anderes inzwischen entschieden.",
  "nothing-to-submit": "Es gibt keinen Entwurf, der eingereicht werden könnte.",
  "already-submitted": "Diese Fassung ist bereits eingereicht und wartet auf die Prüfung.",
  "comment-required": "Bitte begründen Sie, welche Änderungen Sie erbitten.",
  "schedule-in-past": "Der Veröffentlichungstermin muss in der Zukunft liegen.",
  "review-pending": "Es liegt eine Fassung in Prüfung. Wiederherstellen ist erst nach der Entscheidung möglich.",
  "already-archived": "Der Steckbrief ist bereits archiviert.",
  "not-archived": "Der Steckbrief ist nicht archiviert.",
} as const;

export type DomainErrorCode = keyof typeof DOMAIN_ERROR_MESSAGES;

export class DomainError extends Error {
  constructor(readonly code: DomainErrorCode) {
    super(code);
    this.name = "DomainError";
  }
}
