import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { deleteExpiredOutboxMails } from "./outbox";
import { log } from "@/lib/operations/log";

/**
 * Sends a plain-text e-mail and records it in the outbox (`OutboxMail`).
 *
 * - Every message is written to the outbox *before* it is handed to SMTP: an admin can always see
 *   what the portal sent or tried to send, and nothing leaves the portal without a record.
 * - With `SMTP_URL` (e.g. `smtp://127.0.0.1:2525`, `smtps://user:password@mail.example.org:465`) the
 *   message is then sent and the row gets `deliveredAt`; a failure is stored in `error` and thrown as
 *   a {@link MailError}, so the caller can tell the user that the e-mail could not be sent.
 * - Without `SMTP_URL` (development, embedded mode) the message only stays in the outbox, where admins
 *   read it at /redaktion/postausgang. This is deliberate: invitations and password resets still work
 *   on a machine without a mail server.
 *
 * `SMTP_URL` and `MAIL_FROM` are read on every call rather than once at start-up, so that tests (and a
 * process whose environment is changed) get the current setting.
 */

export const DEFAULT_MAIL_FROM = "Kommunale Flüchtlingsdialoge <no-reply@fluechtlingsdialoge.example>";

export type MailErrorCode =
  /** The recipient is not a single plain e-mail address (caught before anything is recorded). */
  | "INVALID_RECIPIENT"
  /** SMTP refused the message or could not be reached; the outbox row holds the details. */
  | "DELIVERY_FAILED";

/** Internal: callers decide what the user is told (details go to the log and the outbox, never to a page). */
export class MailError extends Error {
  readonly code: MailErrorCode;
  /** The outbox row of the failed message, if one was written. */
  readonly outboxMailId?: string;

  constructor(code: MailErrorCode, message: string, options: { outboxMailId?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "MailError";
    this.code = code;
    this.outboxMailId = options.outboxMailId;
  }
}

export function isMailError(error: unknown): error is MailError {
  return error instanceof MailError;
}

export type SendMailInput = {
  /** One address, e.g. `anna.muster@example.org` (no display name, no list). */
  to: string;
  subject: string;
  /** Plain text; line breaks are kept. */
  text: string;
};

export type SendMailResult = {
  /** Id of the outbox row. */
  id: string;
  /** `true` when SMTP accepted the message, `false` when it only went to the outbox (no SMTP_URL). */
  delivered: boolean;
};

/*
 * One address, nothing else: no display name, no second recipient, no line break. The address usually
 * comes from a form (invitation), so this is also the guard against header injection and against a
 * message silently going to more people than the user typed.
 */
const SINGLE_ADDRESS = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\]+\.[^\s@,;<>"()[\]\\]+$/;

/** Stored errors are for admins; keep them readable and bounded. */
const MAX_ERROR_LENGTH = 1000;

export async function sendMail({ to, subject, text }: SendMailInput): Promise<SendMailResult> {
  const recipient = to.trim();
  if (!SINGLE_ADDRESS.test(recipient)) {
    throw new MailError("INVALID_RECIPIENT", `Invalid recipient address: ${JSON.stringify(to)}`);
  }
  // A subject is one header line; nodemailer encodes it, but a stray line break from a template
  // argument should not even reach it.
  const cleanSubject = subject.replace(/\s+/g, " ").trim();

  const mail = await db.outboxMail.create({
    data: { to: recipient, subject: cleanSubject, text },
    select: { id: true },
  });
  await deleteExpiredOutboxMails();

  const smtpUrl = process.env.SMTP_URL?.trim();
  if (!smtpUrl) return { id: mail.id, delivered: false };

  try {
    await getTransport(smtpUrl).sendMail({
      from: process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
      to: recipient,
      subject: cleanSubject,
      text,
    });
  } catch (cause) {
    const detail = describeError(cause);
    log.error("mail not sent", { mailId: mail.id, detail });
    // Recording the failure must not hide it: if even this update fails, the SMTP error is still thrown.
    await db.outboxMail
      .update({ where: { id: mail.id }, data: { error: detail } })
      .catch((dbError: unknown) => log.error("mail failure not recorded", { mailId: mail.id, error: dbError }));
    throw new MailError("DELIVERY_FAILED", `Mail ${mail.id} could not be sent: ${detail}`, {
      outboxMailId: mail.id,
      cause,
    });
  }

  // The message has left: a failure to record that must not make the caller tell the user it was not
  // sent (they would ask for a second one). Log it; the row then looks undelivered without an error.
  await db.outboxMail
    .update({ where: { id: mail.id }, data: { deliveredAt: new Date(), error: null } })
    .catch((dbError: unknown) => log.error("mail delivery not recorded", { mailId: mail.id, error: dbError }));
  return { id: mail.id, delivered: true };
}

/*
 * The transport is created once per process (and per SMTP_URL) rather than per message: building it
 * parses the URL and options each time, and one shared instance is the single place where the SMTP
 * settings live. It is not pooled: the portal sends few mails (invitations, password resets), and idle
 * pooled connections would only be dropped by the server between them. It lives on globalThis, like the
 * Prisma client, so that hot reloading in development does not pile up transports.
 */
type TransportCache = { url: string; transport: Transporter };
const globalForMail = globalThis as unknown as { mailTransport?: TransportCache };

function getTransport(url: string): Transporter {
  const cached = globalForMail.mailTransport;
  if (cached?.url === url) return cached.transport;
  cached?.transport.close();
  const transport = nodemailer.createTransport({
    url,
    // nodemailer's defaults wait minutes for a silent server; the user is waiting for the page.
    // Options in the URL's query string (e.g. `?connectionTimeout=30000`) take precedence.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  globalForMail.mailTransport = { url, transport };
  return transport;
}

function describeError(error: unknown): string {
  let detail: string;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    detail = typeof code === "string" && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
  } else {
    detail = String(error);
  }
  return detail.length > MAX_ERROR_LENGTH ? `${detail.slice(0, MAX_ERROR_LENGTH - 1)}…` : detail;
}
