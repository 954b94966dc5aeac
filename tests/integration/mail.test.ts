import { createServer } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listOutboxMails } from "@/lib/mail/outbox";
import { DEFAULT_MAIL_FROM, MailError, sendMail } from "@/lib/mail/send-mail";
import { invitationMail, passwordResetMail } from "@/lib/mail/templates";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink.mjs";
import { uniqueSlug } from "../support/test-db";

/**
 * The mail layer over real SMTP (an in-process sink) and the real outbox table: no mocks.
 * sendMail uses the portal's own client (lib/db), configured by DATABASE_URL like the app.
 */

const LINK_LINE = /^(https?:\/\/\S+)$/m;
const ENV_KEYS = ["SMTP_URL", "MAIL_FROM"] as const;

let sink: SmtpSink;
let savedEnv: Partial<Record<(typeof ENV_KEYS)[number], string>>;

/** A fresh recipient per test, so that sink messages and outbox rows are unambiguous. */
function uniqueAddress(name: string) {
  return `${uniqueSlug(name)}@example.org`;
}

/** A local port on which nothing listens: bound once by us, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== "object" || !address) throw new Error("kein Port");
  return address.port;
}

beforeAll(async () => {
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink?.stop();
  await db.$disconnect();
});

beforeEach(() => {
  savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  for (const key of ENV_KEYS) delete process.env[key];
});

afterEach(() => {
  for (const key of ENV_KEYS) {
    const value = savedEnv[key];
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

describe("sendMail with SMTP", () => {
  it("delivers over SMTP with umlauts and the link line intact, and marks the outbox row delivered", async () => {
    process.env.SMTP_URL = sink.smtpUrl;
    const to = uniqueAddress("einladung");
    const inviteUrl = `https://steckbriefe.example.org/einladung/${uniqueSlug("token")}?weiter=%2Fredaktion`;
    const content = await invitationMail({
      inviteUrl,
      role: "EDITOR",
      municipalityNames: ["Stadt Tübingen", "Gemeinde Öhringen"],
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      invitedByName: "Jürgen Weiß",
    });

    const result = await sendMail({ to, ...content });
    expect(result.delivered).toBe(true);

    const received = await sink.waitForMail((message) => message.to === to);
    expect(received.from).toBe("no-reply@fluechtlingsdialoge.example");
    expect(received.subject).toBe("Einladung zum Portal „Steckbriefe der kommunalen Flüchtlingsdialoge“");
    expect(received.text.trimEnd()).toBe(content.text.trimEnd());
    expect(received.text).toContain("Jürgen Weiß hat Sie eingeladen");
    expect(received.text).toMatch(/^- Gemeinde Öhringen$/m);
    expect(received.text.match(LINK_LINE)?.[1]).toBe(inviteUrl);

    const row = await db.outboxMail.findUniqueOrThrow({ where: { id: result.id } });
    expect(row).toMatchObject({ to, subject: content.subject, text: content.text, error: null });
    expect(row.deliveredAt).toBeInstanceOf(Date);
  });

  it("uses MAIL_FROM and delivers one mail after another over the same transport", async () => {
    process.env.SMTP_URL = sink.smtpUrl;
    process.env.MAIL_FROM = "Redaktion Flüchtlingsdialoge <redaktion@fluechtlingsdialoge.example>";
    const first = uniqueAddress("erste");
    const second = uniqueAddress("zweite");
    const resetUrl = `http://localhost:3000/passwort/${uniqueSlug("reset")}`;
    const content = await passwordResetMail({ resetUrl, expiresAt: new Date(Date.now() + 60 * 60 * 1000) });

    await sendMail({ to: first, ...content });
    await sendMail({ to: second, ...content });

    const [a, b] = await Promise.all([
      sink.waitForMail((message) => message.to === first),
      sink.waitForMail((message) => message.to === second),
    ]);
    expect(a.from).toBe("redaktion@fluechtlingsdialoge.example");
    expect(b.subject).toBe("Passwort zurücksetzen – Steckbriefe der kommunalen Flüchtlingsdialoge");
    expect(b.text.match(LINK_LINE)?.[1]).toBe(resetUrl);
    expect(DEFAULT_MAIL_FROM).toContain("no-reply@fluechtlingsdialoge.example");
  });

  it("records the error and throws a typed MailError when the SMTP server cannot be reached", async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    const to = uniqueAddress("fehler");

    const error = await sendMail({ to, subject: "Prüfung", text: "Hallo" }).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(MailError);
    const mailError = error as MailError;
    expect(mailError.code).toBe("DELIVERY_FAILED");
    expect(mailError.outboxMailId).toEqual(expect.any(String));
    const row = await db.outboxMail.findUniqueOrThrow({ where: { id: mailError.outboxMailId! } });
    expect(row.to).toBe(to);
    expect(row.deliveredAt).toBeNull();
    expect(row.error).toMatch(/ECONNREFUSED/);
    expect(sink.messages.some((message) => message.to === to)).toBe(false);
  });
});

describe("sendMail without SMTP", () => {
  it("keeps the message in the outbox only", async () => {
    const to = uniqueAddress("postausgang");
    const before = sink.messages.length;

    const result = await sendMail({ to, subject: "Grüße aus Überlingen", text: "Zeile 1\nhttps://example.org/x\n" });

    expect(result.delivered).toBe(false);
    const rows = await db.outboxMail.findMany({ where: { to } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      subject: "Grüße aus Überlingen",
      text: "Zeile 1\nhttps://example.org/x\n",
      deliveredAt: null,
      error: null,
    });
    // Give a (wrongly) sent mail time to arrive before asserting that none did.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.messages.length).toBe(before);
  });

  it("refuses anything but a single address, before recording it", async () => {
    const to = uniqueAddress("doppelt");
    for (const bad of [`${to}, mallory@example.org`, `${to}\r\nBcc: mallory@example.org`, "Anna <anna@example.org>", "kein-at"]) {
      await expect(sendMail({ to: bad, subject: "x", text: "y" })).rejects.toMatchObject({ code: "INVALID_RECIPIENT" });
    }
    expect(await db.outboxMail.count({ where: { to: { contains: to } } })).toBe(0);
  });
});

describe("listOutboxMails", () => {
  it("lists the newest mails first and respects the limit", async () => {
    const to = uniqueAddress("liste");
    for (const subject of ["eins", "zwei", "drei"]) {
      await sendMail({ to, subject, text: subject });
      // createdAt has millisecond precision; keep the three apart.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }

    // Other tests may write to the same database meanwhile: look at this test's rows within the list.
    const all = await listOutboxMails();
    expect(all.filter((mail) => mail.to === to).map((mail) => mail.subject)).toEqual(["drei", "zwei", "eins"]);
    const times = all.map((mail) => mail.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(await listOutboxMails({ limit: 2 })).toHaveLength(2);
    expect(all.length).toBeLessThanOrEqual(100);
  });
});
