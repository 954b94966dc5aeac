/**
 * Dates of the accessibility statement (/barrierefreiheit), as the model statement of Baden-Württemberg
 * asks for them. Update LAST_REVIEWED with every review of the statement (and its list of known gaps).
 */
export const ACCESSIBILITY_STATEMENT = {
  /** when the statement was prepared (ISO date) */
  prepared: "2026-12-01",
  /** when it was last reviewed (ISO date) */
  lastReviewed: "2026-12-01",
} as const;
