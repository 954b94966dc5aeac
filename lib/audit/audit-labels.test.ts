import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { AUDIT_ACTION_GROUPS, AUDIT_ACTIONS, AUDIT_OBJECT_TYPES } from "./audit-actions";
import { auditActionGroupLabelKey, auditActionLabelKey, auditObjectTypeLabelKey } from "./audit-labels";

describe("audit labels", () => {
  it("every action, group and object type the portal writes has a German label", async () => {
    const t = createTranslator({ locale: "de", messages: await loadMessages("de") });
    const keys = [
      ...AUDIT_ACTIONS.map((action) => auditActionLabelKey(action)!),
      ...AUDIT_OBJECT_TYPES.map((type) => auditObjectTypeLabelKey(type)!),
      ...Object.keys(AUDIT_ACTION_GROUPS).map(auditActionGroupLabelKey),
    ];
    for (const key of keys) expect(t.has(key as never), key).toBe(true);
  });

  it("an action or object type the portal does not write has no label: the page shows its raw name", () => {
    expect(auditActionLabelKey("auth.sign-in-failed")).toBeNull();
    expect(auditObjectTypeLabelKey("SignInAttempt")).toBeNull();
    expect(auditActionLabelKey("version.publish")).toBe("AuditLog.actions.version.publish");
  });
});
