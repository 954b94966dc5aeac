import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendAccessibilityFeedbackAction } from "@/app/[locale]/(public)/barrierefreiheit/actions";
import { markFeedbackDoneAction } from "@/app/[locale]/redaktion/rueckmeldungen/actions";
import { rolesWith } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { signFormStart } from "@/lib/feedback/form-token";
import { FEEDBACK_PER_CLIENT_PER_HOUR, submitAccessibilityFeedback } from "@/lib/feedback/submit-feedback";
import { RETENTION } from "@/lib/retention";
import { beginRequestAs, formData, requestScope } from "../support/request-context";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink.mjs";
import { uniqueSlug } from "../support/test-db";

/*
 * The feedback form of the accessibility statement, called as the browser's form post calls it: the
 * server action itself, over the real database and a real SMTP server (an in-process sink). Only Next's
 * request scope is replaced (headers(), after()), as in tests/integration/authorization.test.ts.
 */
const context = await vi.hoisted(() => import("../support/request-context"));
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), ...context.nextHeaders }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), ...context.nextCache }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), ...context.nextServer }));

const REFUSED =
  "Ihre Nachricht konnte leider nicht angenommen werden. Bitte versuchen Sie es später noch einmal oder schreiben Sie uns über die Kontaktangaben im Impressum.";

let sink: SmtpSink;
let savedSmtpUrl: string | undefined;
let reviewer: { id: string; email: string };
let editor: { id: string; email: string };
let ipCounter = 0;
/** Staff accounts of earlier test files, disabled while this file runs (below), and enabled again after it. */
let otherStaffIds: string[] = [];

beforeAll(async () => {
  // Every message is mailed to every active staff account: the reviewers and admins that earlier files left
  // in the shared test database would make each post send dozens of mails (40 s for this file instead of 4).
  const otherStaff = await db.user.findMany({
    where: { role: { in: rolesWith({ action: "feedback.read" }) }, disabledAt: null },
    select: { id: true },
  });
  otherStaffIds = otherStaff.map(({ id }) => id);
  await db.user.updateMany({ where: { id: { in: otherStaffIds } }, data: { disabledAt: new Date() } });
  sink = await startSmtpSink();
  savedSmtpUrl = process.env.SMTP_URL;
  process.env.SMTP_URL = sink.smtpUrl;
  reviewer = await db.user.create({ data: { email: `${uniqueSlug("bf-pruefung")}@example.org`, role: "REVIEWER" } });
  editor = await db.user.create({ data: { email: `${uniqueSlug("bf-redaktion")}@example.org`, role: "EDITOR" } });
});

afterAll(async () => {
  await db.user.updateMany({ where: { id: { in: otherStaffIds } }, data: { disabledAt: null } });
  if (savedSmtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = savedSmtpUrl;
  await sink?.stop();
  await db.$disconnect();
});

/** A new client address (each test its own hourly limit, also when the file runs again within the hour). */
const run = Math.floor(Math.random() * 0xffff).toString(16);
function newClient(): string {
  ipCounter += 1;
  return `2001:db8:${run}::${ipCounter.toString(16)}`;
}

/** One anonymous form post from `client`; the after() work (mails) is done before it returns. */
async function post(fields: Partial<Record<"message" | "name" | "email" | "page" | "website" | "startedAt", string>>, client: string) {
  await beginRequestAs(db, null);
  requestScope.headers.set("x-forwarded-for", client);
  const result = await sendAccessibilityFeedbackAction(
    null,
    formData({
      message: "",
      name: "",
      email: "",
      page: "",
      website: "",
      startedAt: signFormStart(new Date(Date.now() - 10_000)),
      ...fields,
    }),
  );
  await requestScope.runAfterTasks();
  return result;
}

const storedWith = (message: string) => db.accessibilityFeedback.findMany({ where: { message } });

describe("sending feedback", () => {
  it("stores the message, mails the programme staff and acknowledges to the sender", async () => {
    const message = `Die Karte ist mit der Tastatur nicht bedienbar (${uniqueSlug("nachricht")}).`;
    const sender = `${uniqueSlug("absender")}@example.org`;
    const result = await post(
      { message, name: "Erika Beispiel", email: ` ${sender.toUpperCase()} `, page: "/karte?typ=stadt" },
      newClient(),
    );

    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    expect(result.data).toEqual({ reference: expect.stringMatching(/^BF-\d{5}$/), acknowledged: true });
    const [stored] = await storedWith(message);
    expect(stored).toMatchObject({ name: "Erika Beispiel", email: sender, pagePath: "/karte?typ=stadt", doneAt: null });
    expect(stored!.clientHash).toMatch(/^[0-9a-f]{64}$/);

    const reference = result.data.reference;
    const staffMail = await db.outboxMail.findFirstOrThrow({ where: { to: reviewer.email, subject: { contains: reference } } });
    expect(staffMail.text).toContain(`> ${message}`);
    expect(staffMail.text).toContain("Name: Erika Beispiel");
    expect(staffMail.text).toMatch(/^http:\/\/\S+\/karte\?typ=stadt$/m);
    expect(staffMail.text).toMatch(/^http:\/\/\S+\/redaktion\/rueckmeldungen$/m);
    expect(staffMail.deliveredAt).not.toBeNull();
    const acknowledgement = await db.outboxMail.findFirstOrThrow({ where: { to: sender } });
    expect(acknowledgement.subject).toContain(reference);
    expect(acknowledgement.text).not.toContain(message); // a stranger may have typed someone else's address
    // … and both really left over SMTP.
    await sink.waitForMail((mail) => mail.to.includes(reviewer.email) && mail.subject.includes(reference));
    await sink.waitForMail((mail) => mail.to.includes(sender) && mail.subject.includes(reference));
    // Editors are not the programme staff.
    expect(await db.outboxMail.count({ where: { to: editor.email } })).toBe(0);
  });

  it("needs no name, address or page, and then sends no acknowledgement", async () => {
    const message = `Kontrast zu schwach ${uniqueSlug("anonym")}`;
    const result = await post({ message }, newClient());
    expect(result).toMatchObject({ ok: true, data: { acknowledged: false } });
    const [stored] = await storedWith(message);
    expect(stored).toMatchObject({ name: null, email: null, pagePath: null });
  });

  it("keeps only a page of this site", async () => {
    for (const page of ["https://evil.example/karte", "//evil.example/karte", "/\\evil.example", "javascript:alert(1)"]) {
      const message = `Seite ${uniqueSlug("seite")}`;
      expect((await post({ message, page }, newClient()))?.ok).toBe(true);
      expect((await storedWith(message))[0]!.pagePath).toBeNull();
    }
  });
});

describe("field errors", () => {
  it("an empty message and an invalid address are errors at their fields, and every value comes back", async () => {
    const client = newClient();
    const result = await post({ message: "   ", email: "nicht-gueltig@", name: "Erika", page: "/karte" }, client);
    expect(result?.ok).toBe(false);
    if (result?.ok !== false) return;
    expect(result.error.code).toBe("invalid-input");
    expect(result.error.fieldErrors).toEqual({
      message: "Bitte beschreiben Sie das Problem in Ihrer Nachricht.",
      email: "Bitte geben Sie eine gültige E-Mail-Adresse an, zum Beispiel name@example.org – oder lassen Sie das Feld leer.",
    });
    expect(result.values).toMatchObject({ message: "   ", email: "nicht-gueltig@", name: "Erika", page: "/karte" });
  });

  it("a message over the limit is an error with the limit", async () => {
    const result = await post({ message: "x".repeat(5001) }, newClient());
    expect(result?.ok === false && result.error.fieldErrors).toEqual({ message: "Höchstens 5.000 Zeichen." });
  });
});

describe("spam brakes: refused with one message that names no brake, and nothing stored or sent", () => {
  async function expectRefused(fields: Parameters<typeof post>[0], client = newClient()) {
    const message = fields.message ?? `Spam ${uniqueSlug("spam")}`;
    const mailsBefore = await db.outboxMail.count();
    const result = await post({ ...fields, message, email: `${uniqueSlug("bot")}@example.org` }, client);
    expect(result).toMatchObject({ ok: false, error: { code: "feedback-refused", message: REFUSED } });
    expect(result?.ok === false && result.error.fieldErrors).toBeFalsy();
    expect(await storedWith(message)).toHaveLength(0);
    expect(await db.outboxMail.count()).toBe(mailsBefore);
  }

  it("a filled honeypot", () => expectRefused({ website: "https://spam.example" }));

  it("sent too fast after the page was shown", () => expectRefused({ startedAt: signFormStart(new Date(Date.now() - 500)) }));

  it("a made-up, missing or stale start time", async () => {
    const [time] = signFormStart(new Date(Date.now() - 60_000)).split(".");
    await expectRefused({ startedAt: `${time}.${"A".repeat(43)}` });
    await expectRefused({ startedAt: String(Date.now() - 60_000) });
    await expectRefused({ startedAt: "" });
    await expectRefused({ startedAt: signFormStart(new Date(Date.now() - 25 * 60 * 60 * 1000)) });
  });

  it(`more than ${FEEDBACK_PER_CLIENT_PER_HOUR} messages per client and hour`, async () => {
    const client = newClient();
    for (let i = 0; i < FEEDBACK_PER_CLIENT_PER_HOUR; i++) {
      expect((await post({ message: `Erlaubt ${i} ${uniqueSlug("limit")}` }, client))?.ok).toBe(true);
    }
    await expectRefused({}, client);
    // Another client is not affected.
    expect((await post({ message: `Andere ${uniqueSlug("limit")}` }, newClient()))?.ok).toBe(true);
  });

  it("parallel posts of one client cannot pass the limit together", async () => {
    const client = newClient();
    const marker = uniqueSlug("parallel");
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => {
        // The service directly: the request scope of these tests is one request at a time.
        const startedAt = signFormStart(new Date(Date.now() - 10_000));
        return submitAccessibilityFeedback({
          input: { message: `${marker} ${i}`, name: undefined, email: undefined, page: undefined, website: "", startedAt },
          clientKey: client,
        }).then(
          () => "stored",
          (error: { code?: string }) => error.code,
        );
      }),
    );
    expect(results.filter((outcome) => outcome === "stored")).toHaveLength(FEEDBACK_PER_CLIENT_PER_HOUR);
    expect(results.filter((outcome) => outcome === "feedback-refused")).toHaveLength(12 - FEEDBACK_PER_CLIENT_PER_HOUR);
    expect(await db.accessibilityFeedback.count({ where: { message: { startsWith: marker } } })).toBe(FEEDBACK_PER_CLIENT_PER_HOUR);
  });
});

describe("retention", () => {
  it("a new message deletes the expired ones and forgets client hashes older than an hour", async () => {
    const day = 24 * 60 * 60 * 1000;
    const expired = await db.accessibilityFeedback.create({
      data: { message: "abgelaufen", createdAt: new Date(Date.now() - (RETENTION.accessibilityFeedbackDays + 1) * day) },
    });
    const kept = await db.accessibilityFeedback.create({
      data: { message: "aufbewahrt", clientHash: "a".repeat(64), createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) },
    });
    expect((await post({ message: `Neu ${uniqueSlug("frist")}` }, newClient()))?.ok).toBe(true);
    expect(await db.accessibilityFeedback.findUnique({ where: { id: expired.id } })).toBeNull();
    expect(await db.accessibilityFeedback.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ clientHash: null });
  });
});

describe("the staff list", () => {
  it("only the programme staff mark a message done; editors and anonymous visitors are refused and change nothing", async () => {
    const feedback = await db.accessibilityFeedback.create({ data: { message: `Offen ${uniqueSlug("liste")}` } });
    const mark = async (userId: string | null) => {
      await beginRequestAs(db, userId);
      return markFeedbackDoneAction(null, formData({ id: feedback.id }));
    };

    expect(await mark(null)).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await mark(editor.id)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await db.auditLog.count({ where: { objectId: feedback.id } })).toBe(0);
    expect(await db.accessibilityFeedback.findUniqueOrThrow({ where: { id: feedback.id } })).toMatchObject({ doneAt: null });

    expect(await mark(reviewer.id)).toMatchObject({ ok: true });
    expect(await db.accessibilityFeedback.findUniqueOrThrow({ where: { id: feedback.id } })).toMatchObject({ doneById: reviewer.id });
    expect(
      await db.auditLog.findMany({ where: { objectId: feedback.id }, select: { actorId: true, action: true, details: true } }),
    ).toEqual([
      { actorId: reviewer.id, action: "feedback.done", details: { reference: `BF-${String(feedback.number).padStart(5, "0")}` } },
    ]);
    // A second mark changes nothing and writes no second entry.
    expect(await mark(reviewer.id)).toMatchObject({ ok: true });
    expect(await db.auditLog.count({ where: { objectId: feedback.id } })).toBe(1);
  });
});
