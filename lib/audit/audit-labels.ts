import { isAuditAction, isAuditObjectType } from "./audit-actions";

/**
 * Catalogue keys of what the log page shows: the German (or English) name of each action, group
 * and object type (lib/i18n/messages/<locale>/audit.json, namespace "AuditLog"). An action or
 * object type the portal does not (or no longer) write has no key: the page shows its raw name.
 */
export function auditActionLabelKey(action: string): string | null {
  return isAuditAction(action) ? `AuditLog.actions.${action}` : null;
}

export function auditObjectTypeLabelKey(objectType: string): string | null {
  return isAuditObjectType(objectType) ? `AuditLog.objectTypes.${objectType}` : null;
}

export function auditActionGroupLabelKey(group: string): string {
  return `AuditLog.actionGroups.${group}`;
}
