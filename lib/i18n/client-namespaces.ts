/**
 * The catalogue namespaces that client components need, per area: only these reach the browser
 * (every other text is rendered on the server), through the area layout's `ClientMessages`.
 *
 * The public pages have none: they render without client components that need texts (the two
 * small client components there, the navigation's NavLink and the header's and footer's AccountLink,
 * get their texts as props; the error page reads its own small catalogue part), so they carry no
 * message provider and no next-intl runtime.
 */

/** Sign-in, invitation and password forms: their own texts and the validation messages. */
export const AUTH_CLIENT_NAMESPACES = ["Auth", "PasswordReset", "Invitation", "Validation", "Errors"] as const;

/** The editorial area: the edit form (fields, sections, completeness), review, media and administration forms. */
export const EDITORIAL_CLIENT_NAMESPACES = [
  ...AUTH_CLIENT_NAMESPACES,
  "Editor",
  "Workflow",
  "Media",
  "MediaErrors",
  "Dashboard",
  "Review",
  "Completeness",
  "Fields",
  "Sections",
  "RatingScale",
  "SteckbriefRules",
  "InviteForm",
  "Import",
  "AdminCatalog",
  "AdminLabels",
  "AdminUser",
  "AdminErase",
  "AdminMunicipalityForm",
  "AdminNotices",
  "FeedbackList",
] as const;
