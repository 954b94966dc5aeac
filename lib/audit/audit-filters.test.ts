import { describe, expect, it } from "vitest";
import { auditLogSearchParams, parseAuditLogQuery } from "./audit-filters";

describe("audit log filters in the address", () => {
  it("reads filters and cursor and writes them back unchanged", () => {
    const query = parseAuditLogQuery({
      aktion: "user.invite",
      person: " pruefung ",
      objekt: "User",
      von: "2026-03-29",
      bis: "2026-10-25",
      "aelter-als": "42",
    });
    expect(query).toEqual({
      filters: { action: "user.invite", person: "pruefung", objectType: "User", from: "2026-03-29", to: "2026-10-25" },
      cursor: { direction: "older", id: BigInt(42) },
    });
    expect(auditLogSearchParams(query.filters, query.cursor).toString()).toBe(
      "aktion=user.invite&person=pruefung&objekt=User&von=2026-03-29&bis=2026-10-25&aelter-als=42",
    );
  });

  it("ignores what is malformed instead of failing the page", () => {
    const query = parseAuditLogQuery({ von: "2026-02-30", bis: "gestern", "aelter-als": "-1", "neuer-als": "x", aktion: ["a", "b"] });
    expect(query).toEqual({ filters: { action: "a", person: null, objectType: null, from: null, to: null }, cursor: null });
  });

  it("drops control characters (NUL would fail the database query)", () => {
    const query = parseAuditLogQuery({ person: "ad\u0000min\n", aktion: "\u0000\u001f" });
    expect(query.filters).toMatchObject({ person: "admin", action: null });
  });
});
