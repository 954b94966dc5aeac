import "server-only";
import { createFormatter } from "next-intl";
import type { Role } from "@/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { getServerTranslator, requestLocaleOrDefault } from "@/lib/i18n/server-translator";
import type { Translate } from "@/lib/i18n/translate";
import { BERLIN_TIME_ZONE } from "@/lib/time/berlin";

/**
 * The portal's plain-text e-mails. Each template returns `{ subject, text }` for `sendMail`; the
 * words come from the catalogue (namespace "Mail", lib/i18n/messages/<locale>/mail.json), in
 * `locale` — by default the language of the current request, else German.
 *
 * Rules every template keeps:
 * - The link stands alone on its own line (mail clients link it reliably, and it can be copied whole;
 *   the tests extract it with a regex).
 * - It says until when the link is valid, in the time zone of the programme (Europe/Berlin),
 *   whatever the server's zone is.
 * - It says what to do if the mail was not expected.
 * - Values from users (names, titles) are put on one line, so they cannot fake a link line or a paragraph.
 */

export type MailContent = { subject: string; text: string };

/** Collapses every kind of whitespace, line breaks included, into single spaces. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** The link goes into the mail verbatim; it must be absolute http(s) and contain no whitespace. */
function assertLink(url: string): string {
  if (/\s/.test(url) || !/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    throw new TypeError(`not a link for an e-mail: ${JSON.stringify(url)}`);
  }
  return url;
}

type Paragraph = string | string[] | false | undefined;

/** Paragraphs separated by a blank line; a paragraph given as lines keeps its line breaks. */
function compose(paragraphs: Paragraph[]): string {
  return (
    paragraphs
      .filter((paragraph): paragraph is string | string[] => Boolean(paragraph && paragraph.length))
      .map((paragraph) => (Array.isArray(paragraph) ? paragraph.join("\n") : paragraph))
      .join("\n\n") + "\n"
  );
}

/**
 * How long a link is still valid, as the reader counts: 60 minutes, 24 hours, 7 days.
 * `undefined` when the expiry is already past (then only the end time is given).
 */
export function validityDuration(expiresAt: Date, now: Date): { unit: "minutes" | "hours" | "days"; count: number } | undefined {
  const minutes = Math.round((expiresAt.getTime() - now.getTime()) / 60_000);
  if (minutes < 1) return undefined;
  if (minutes < 120) return { unit: "minutes", count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { unit: "hours", count: hours };
  return { unit: "days", count: Math.round(hours / 24) };
}

interface MailWriter {
  t: Translate;
  portal: string;
  /** "Donnerstag, 3. Dezember 2026, 14:30 Uhr": date and time in Berlin */
  dateTime: (date: Date) => string;
  /** The line that says how long (and until when) a link is valid. */
  validity: (expiresAt: Date, now: Date) => string;
  greeting: string;
  signature: string[];
  automatic: string;
}

async function mailWriter(locale?: Locale): Promise<MailWriter> {
  const chosen = locale ?? (await requestLocaleOrDefault());
  const t = await getServerTranslator(chosen);
  const format = createFormatter({ locale: chosen, timeZone: BERLIN_TIME_ZONE });
  const portal = t("Mail.portalName");
  const dateTime = (date: Date) =>
    t("Mail.dateTime", { date: format.dateTime(date, { dateStyle: "full" }), time: format.dateTime(date, { timeStyle: "short" }) });
  return {
    t,
    portal,
    dateTime,
    validity: (expiresAt, now) => {
      const until = dateTime(expiresAt);
      const duration = validityDuration(expiresAt, now);
      return duration
        ? t("Mail.validity", { duration: t(`Mail.duration.${duration.unit}`, { count: duration.count }), until })
        : t("Mail.validityUntil", { until });
    },
    greeting: t("Mail.greeting"),
    signature: t("Mail.signature", { portal }).split("\n"),
    automatic: t("Mail.automatic"),
  };
}

export type InvitationMailInput = {
  inviteUrl: string;
  /** The role the invitee gets (named as the invitation page names it). */
  role: Role;
  /** Municipalities whose Steckbriefe the invitee may edit; empty for roles without assignment. */
  municipalityNames: string[];
  expiresAt: Date;
  /** Who invited; omitted, the mail speaks in the passive voice. */
  invitedByName?: string;
  /** For the validity in minutes/hours/days; defaults to the current time. */
  now?: Date;
  locale?: Locale;
};

export async function invitationMail({
  inviteUrl,
  role,
  municipalityNames,
  expiresAt,
  invitedByName,
  now = new Date(),
  locale,
}: InvitationMailInput): Promise<MailContent> {
  const { t, portal, validity, greeting, signature, automatic } = await mailWriter(locale);
  const inviter = invitedByName ? oneLine(invitedByName) : "";
  const municipalities = municipalityNames.map(oneLine).filter(Boolean);

  const details = [t("Mail.invitation.role", { role: t(`Invitation.roles.${role}`) })];
  if (municipalities.length === 1) {
    details.push(t("Mail.invitation.municipality", { name: municipalities[0]! }));
  } else if (municipalities.length > 1) {
    details.push(t("Mail.invitation.municipalities"), ...municipalities.map((name) => `- ${name}`));
  }

  return {
    subject: t("Mail.invitation.subject", { portal }),
    text: compose([
      greeting,
      inviter ? t("Mail.invitation.introBy", { inviter, portal }) : t("Mail.invitation.intro", { portal }),
      details,
      t("Mail.invitation.action"),
      assertLink(inviteUrl),
      validity(expiresAt, now),
      t("Mail.invitation.unexpected"),
      signature,
      automatic,
    ]),
  };
}

export type PasswordResetMailInput = {
  resetUrl: string;
  expiresAt: Date;
  /** For the validity in minutes/hours/days; defaults to the current time. */
  now?: Date;
  locale?: Locale;
};

export async function passwordResetMail({ resetUrl, expiresAt, now = new Date(), locale }: PasswordResetMailInput): Promise<MailContent> {
  const { t, portal, validity, greeting, signature, automatic } = await mailWriter(locale);
  return {
    subject: t("Mail.passwordReset.subject", { portal }),
    text: compose([
      greeting,
      t("Mail.passwordReset.intro", { portal }),
      assertLink(resetUrl),
      validity(expiresAt, now),
      t("Mail.passwordReset.unexpected"),
      signature,
      automatic,
    ]),
  };
}

/**
 * The owner of an address: ten wrong passwords were typed for it, sign-in is blocked for a while. Says
 * how to get in at once (a password reset lifts the block) and what to do if it was not them.
 */
export async function signInLockedMail({
  resetRequestUrl,
  minutes,
  locale,
}: {
  resetRequestUrl: string;
  minutes: number;
  locale?: Locale;
}): Promise<MailContent> {
  const { t, portal, greeting, signature, automatic } = await mailWriter(locale);
  return {
    subject: t("Mail.signInLocked.subject", { portal }),
    text: compose([
      greeting,
      t("Mail.signInLocked.intro", { portal, minutes }),
      t("Mail.signInLocked.action"),
      assertLink(resetRequestUrl),
      t("Mail.signInLocked.unexpected"),
      signature,
      automatic,
    ]),
  };
}

/** Reviewers: a Steckbrief was submitted for review. */
export async function submittedMail({
  municipality,
  title,
  reviewUrl,
  locale,
}: {
  municipality: string;
  title: string;
  reviewUrl: string;
  locale?: Locale;
}): Promise<MailContent> {
  const { t, greeting, signature, automatic } = await mailWriter(locale);
  const names = { municipality: oneLine(municipality), title: oneLine(title) };
  return {
    subject: t("Mail.submitted.subject", names),
    text: compose([greeting, t("Mail.submitted.intro", names), [t("Mail.submitted.action"), assertLink(reviewUrl)], signature, automatic]),
  };
}

/** Editors: the programme staff asked for changes. */
export async function changesRequestedMail({
  title,
  comment,
  editUrl,
  locale,
}: {
  title: string;
  comment: string;
  editUrl: string;
  locale?: Locale;
}): Promise<MailContent> {
  const { t, greeting, signature, automatic } = await mailWriter(locale);
  const names = { title: oneLine(title) };
  return {
    subject: t("Mail.changesRequested.subject", names),
    text: compose([
      greeting,
      // Comments on single sections only (no overall comment): no empty quote.
      t(comment.trim() ? "Mail.changesRequested.intro" : "Mail.changesRequested.introSections", names),
      // The reviewer's own words, quoted line by line: a quoted line is never a link line of ours.
      comment.trim() ? comment.split(/\r?\n/).map((line) => `> ${line}`) : [],
      [t("Mail.changesRequested.action"), assertLink(editUrl)],
      signature,
      automatic,
    ]),
  };
}

/** Editors: their version is now public. */
export async function publishedMail({
  title,
  publicUrl,
  locale,
}: {
  title: string;
  publicUrl: string;
  locale?: Locale;
}): Promise<MailContent> {
  const { t, greeting, signature, automatic } = await mailWriter(locale);
  const names = { title: oneLine(title) };
  return {
    subject: t("Mail.published.subject", names),
    text: compose([greeting, [t("Mail.published.intro", names), assertLink(publicUrl)], t("Mail.published.thanks"), signature, automatic]),
  };
}

/** The programme staff: a message came in through the accessibility feedback form. */
export async function feedbackReceivedMail({
  reference,
  message,
  name,
  email,
  pageUrl,
  listUrl,
  locale,
}: {
  reference: string;
  message: string;
  name?: string;
  email?: string;
  /** absolute address of the page the problem is on, if the sender named one */
  pageUrl?: string;
  listUrl: string;
  locale?: Locale;
}): Promise<MailContent> {
  const { t, greeting, signature, automatic } = await mailWriter(locale);
  const sender = [
    t("Mail.feedbackReceived.name", { name: name ? oneLine(name) : t("Mail.feedbackReceived.notGiven") }),
    t("Mail.feedbackReceived.email", { email: email ? oneLine(email) : t("Mail.feedbackReceived.notGiven") }),
  ];
  return {
    subject: t("Mail.feedbackReceived.subject", { reference }),
    text: compose([
      greeting,
      t("Mail.feedbackReceived.intro", { reference }),
      // The sender's own words, quoted line by line: a quoted line is never a link line of ours.
      message.split(/\r?\n/).map((line) => `> ${line}`),
      sender,
      pageUrl && [t("Mail.feedbackReceived.page"), assertLink(pageUrl)],
      [t("Mail.feedbackReceived.action"), assertLink(listUrl)],
      email ? t("Mail.feedbackReceived.answer") : t("Mail.feedbackReceived.noAnswer"),
      signature,
      automatic,
    ]),
  };
}

/** The sender of a feedback message who gave an address: it arrived. */
export async function feedbackAcknowledgementMail({ reference, locale }: { reference: string; locale?: Locale }): Promise<MailContent> {
  const { t, greeting, signature, automatic } = await mailWriter(locale);
  return {
    subject: t("Mail.feedbackAcknowledgement.subject", { reference }),
    text: compose([
      greeting,
      t("Mail.feedbackAcknowledgement.intro", { reference }),
      t("Mail.feedbackAcknowledgement.next"),
      t("Mail.feedbackAcknowledgement.unexpected"),
      signature,
      automatic,
    ]),
  };
}
