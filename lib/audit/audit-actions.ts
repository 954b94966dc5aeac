/**
 * Every action the portal writes to the audit log, grouped as the log page's filter offers them.
 * `recordAudit` takes only these names, so a typo or a new kind of entry is a type error until it
 * is listed here and given a label (AuditLog.actions.* in lib/i18n/messages/de/audit.json; a unit
 * test checks that every action and object type has one). Names are "<object>.<verb>".
 *
 * Failed and throttled sign-ins are not here on purpose: they hold whatever address a stranger
 * typed and live, with a retention period, in SignInAttempt (lib/auth/sign-in-attempts.ts).
 */
export const AUDIT_ACTION_GROUPS = {
  accounts: [
    "auth.sign-in",
    "auth.sign-out-everywhere",
    "user.invite",
    "user.accept-invitation",
    "user.password-reset-request",
    "user.password-reset",
    "user.role-change",
    "user.assignments-change",
    "user.disable",
    "user.enable",
    "user.data-export",
    "user.erase",
  ],
  profiles: [
    "profile.create",
    "profile.import",
    "profile.demo-seed",
    "version.save",
    "media.upload",
    "media.delete",
    "version.restore",
    "version.discard",
    "profile.archive",
    "profile.unarchive",
  ],
  review: ["version.submit", "version.request-changes", "version.schedule", "version.publish"],
  catalog: [
    "municipality.create",
    "municipality.update",
    "topic.create",
    "topic.update",
    "topic.delete",
    "format.create",
    "format.update",
    "format.delete",
  ],
  feedback: ["feedback.done"],
} as const;

export type AuditActionGroup = keyof typeof AUDIT_ACTION_GROUPS;
export type AuditAction = (typeof AUDIT_ACTION_GROUPS)[AuditActionGroup][number];

export const AUDIT_ACTIONS: readonly AuditAction[] = Object.values(AUDIT_ACTION_GROUPS).flat();

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

/** What an entry is about (AuditLog.objectType). */
export const AUDIT_OBJECT_TYPES = [
  "Profile",
  "ProfileVersion",
  "Media",
  "User",
  "AuthToken",
  "Municipality",
  "Topic",
  "Format",
  "ImportUpload",
  "AccessibilityFeedback",
] as const;

export type AuditObjectType = (typeof AUDIT_OBJECT_TYPES)[number];

export function isAuditObjectType(value: string): value is AuditObjectType {
  return (AUDIT_OBJECT_TYPES as readonly string[]).includes(value);
}
