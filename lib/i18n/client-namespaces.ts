/**
 * The catalogue namespaces that client components need, per area: only these reach the browser
 * (every other text is rendered on the server). Nested providers replace, not merge, so each
 * area lists what the areas above it need as well.
 */
export const PUBLIC_CLIENT_NAMESPACES = ["Error"] as const;

/** Sign-in, invitation and password forms: their own texts and the validation messages. */
export const AUTH_CLIENT_NAMESPACES = [...PUBLIC_CLIENT_NAMESPACES, "Auth", "PasswordReset", "Invitation", "Validation", "Errors"] as const;

/** The editorial area: the edit form (fields, sections, completeness), review, media and administration forms. */
export const EDITORIAL_CLIENT_NAMESPACES = [
  ...AUTH_CLIENT_NAMESPACES,
  "Editor",
  "Workflow",
  "Media",
  "Dashboard",
  "Review",
  "Completeness",
  "Fields",
  "Sections",
  "RatingScale",
  "SteckbriefRules",
  "InviteForm",
  "AdminCatalog",
  "AdminLabels",
  "AdminUser",
  "AdminMunicipalityForm",
  "AdminNotices",
] as const;
