import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, createInvitation, inviteUser, lookupInvitation, renewExpiredInvitation } from "@/lib/accounts/invitations";
import { hashLinkToken } from "@/lib/accounts/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/** Invitations against the real database; without SMTP_URL the mails land in the outbox. */
const db = connectTestDatabase();
let municipalityId: string;

beforeAll(async () => {
  delete process.env.SMTP_URL;
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("einladungsdorf"), name: "Einladungsdorf", kind: "GEMEINDE", regierungsbezirk: "KARLSRUHE" },
  });
  municipalityId = municipality.id;
});

afterAll(async () => {
  await db.$disconnect();
});

async function invite(email = `${uniqueSlug("person")}@example.org`) {
  const { inviteUrl, delivery } = await createInvitation({
    input: { email, role: "EDITOR", municipalityIds: [municipalityId] },
    createdById: null,
  });
  expect(delivery).toBe("outbox");
  return { email, token: inviteUrl.split("/").pop()! };
}

describe("invitations", () => {
  it("stores only the token's hash and mails the link", async () => {
    const { email, token } = await invite();
    const stored = await db.authToken.findFirstOrThrow({ where: { email } });
    expect(stored.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.text).toContain(`/einladung/${token}`);
    expect(mail.subject).toBe("Einladung zum Portal „Steckbriefe der kommunalen Flüchtlingsdialoge“");
    expect(mail.text).toContain("Ihre Rolle: Redaktion Ihrer Kommune");
    expect(mail.text).toMatch(/^Kommune: Einladungsdorf$/m);
    expect((stored.expiresAt.getTime() - stored.createdAt.getTime()) / 86_400_000).toBeCloseTo(7, 1);
  });

  it("creates the editor with password and municipality, exactly once", async () => {
    const { email, token } = await invite();
    expect((await lookupInvitation(token)).state).toBe("valid");
    await acceptInvitation({ token, password: "ein sehr langes Passwort", name: "Neue Redakteurin" });
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { assignments: true }, omit: { passwordHash: false } });
    expect(user.role).toBe("EDITOR");
    expect(user.assignments.map((assignment) => assignment.municipalityId)).toEqual([municipalityId]);
    expect(await verifyPassword(user.passwordHash!, "ein sehr langes Passwort")).toBe(true);
    await expect(acceptInvitation({ token, password: "noch ein langes Passwort", name: "" })).rejects.toMatchObject({ code: "link-used" });
    expect((await lookupInvitation(token)).state).toBe("used");
  });

  it("lets only one of two simultaneous acceptances through", async () => {
    const { token } = await invite();
    const results = await Promise.allSettled([
      acceptInvitation({ token, password: "erstes langes Passwort", name: "" }),
      acceptInvitation({ token, password: "zweites langes Passwort", name: "" }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "link-used" } });
  });

  it("refuses expired links and renews them only to the invited address", async () => {
    const { email, token } = await invite();
    await db.authToken.updateMany({
      where: { tokenHash: hashLinkToken(token) },
      data: { createdAt: new Date(Date.now() - 9 * 86_400_000), expiresAt: new Date(Date.now() - 86_400_000) },
    });
    expect((await lookupInvitation(token)).state).toBe("expired");
    await expect(acceptInvitation({ token, password: "ein sehr langes Passwort", name: "" })).rejects.toMatchObject({
      code: "link-expired",
    });
    await renewExpiredInvitation(token);
    const invitations = await db.authToken.findMany({ where: { email, purpose: "INVITATION" } });
    expect(invitations).toHaveLength(2);
    expect(await db.outboxMail.count({ where: { to: email } })).toBe(2);
  });

  it("answers 'unknown' for malformed or foreign tokens", async () => {
    expect((await lookupInvitation("kurz")).state).toBe("unknown");
    expect((await lookupInvitation("A".repeat(43))).state).toBe("unknown");
    await expect(acceptInvitation({ token: "A".repeat(43), password: "ein sehr langes Passwort", name: "" })).rejects.toMatchObject({
      code: "link-unknown",
    });
  });

  it("refuses municipalities that do not exist, at the field", async () => {
    await expect(
      createInvitation({
        input: { email: `${uniqueSlug("niemand")}@example.org`, role: "EDITOR", municipalityIds: [crypto.randomUUID()] },
        createdById: null,
      }),
    ).rejects.toMatchObject({ code: "invalid-input", fieldErrors: { municipalityIds: { key: "InviteForm.errors.municipalityUnknown" } } });
  });
});

describe("invitations to existing accounts (user administration)", () => {
  async function account(role: "EDITOR" | "REVIEWER" | "ADMIN", disabled = false) {
    return db.user.create({
      data: { email: `${uniqueSlug(role.toLowerCase())}@example.org`, role, disabledAt: disabled ? new Date() : null },
    });
  }
  const actorOf = (user: { id: string; role: "EDITOR" | "REVIEWER" | "ADMIN" }) => ({
    id: user.id,
    role: user.role,
    municipalityIds: [],
    disabled: false,
  });

  it("a reviewer can neither re-enable a disabled account nor change a role by inviting it; an admin can", async () => {
    const reviewer = await account("REVIEWER");
    const admin = await account("ADMIN");
    const disabledEditor = await account("EDITOR", true);
    await expect(
      inviteUser({ actor: actorOf(reviewer), input: { email: disabledEditor.email, role: "REVIEWER", municipalityIds: [] } }),
    ).rejects.toMatchObject({ code: "invalid-input", fieldErrors: { email: { key: "InviteForm.errors.existingAccount" } } });
    expect(await db.authToken.count({ where: { email: disabledEditor.email } })).toBe(0);

    const { inviteUrl } = await inviteUser({
      actor: actorOf(admin),
      input: { email: disabledEditor.email, role: "REVIEWER", municipalityIds: [] },
    });
    await acceptInvitation({ token: inviteUrl.split("/").pop()!, password: "ein sehr langes Passwort", name: "" });
    const changed = await db.user.findUniqueOrThrow({ where: { id: disabledEditor.id } });
    expect(changed.role).toBe("REVIEWER");
    expect(changed.disabledAt).toBeNull();
  });

  it("a reviewer's invitation accepted after the address got an account changes nothing", async () => {
    const reviewer = await account("REVIEWER");
    const email = `${uniqueSlug("spaeter")}@example.org`;
    const { inviteUrl } = await inviteUser({ actor: actorOf(reviewer), input: { email, role: "REVIEWER", municipalityIds: [] } });
    const meanwhile = await db.user.create({ data: { email, role: "EDITOR", disabledAt: new Date() } });
    await expect(
      acceptInvitation({ token: inviteUrl.split("/").pop()!, password: "ein sehr langes Passwort", name: "" }),
    ).rejects.toMatchObject({
      code: "link-unknown",
    });
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: meanwhile.id } });
    expect(unchanged.role).toBe("EDITOR");
    expect(unchanged.disabledAt).not.toBeNull();
  });
});
