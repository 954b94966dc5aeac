/**
 * German plain-text e-mails of the portal. Each template returns `{ subject, text }` for `sendMail`.
 *
 * Rules every template keeps:
 * - The link stands alone on its own line (mail clients link it reliably, and it can be copied whole;
 *   the tests extract it with a regex).
 * - It says until when the link is valid, in German, in the time zone of the programme (Europe/Berlin),
 *   whatever the server's zone is.
 * - It says what to do if the mail was not expected.
 * - Values from users (names) are put on one line, so they cannot fake a link line or a paragraph.
 */

export type MailContent = { subject: string; text: string };

const PORTAL_NAME = "Steckbriefe der kommunalen Flüchtlingsdialoge";
const SIGNATURE = ["Mit freundlichen Grüßen", `Die Redaktion der ${PORTAL_NAME}`];
const AUTOMATIC_NOTE = "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.";

const TIME_ZONE = "Europe/Berlin";
const dateFormat = new Intl.DateTimeFormat("de-DE", { timeZone: TIME_ZONE, dateStyle: "full" });
const timeFormat = new Intl.DateTimeFormat("de-DE", { timeZone: TIME_ZONE, timeStyle: "short" });

/** "Donnerstag, 3. Dezember 2026, 14:30 Uhr" (German time). */
export function formatGermanDateTime(date: Date): string {
  return `${dateFormat.format(date)}, ${timeFormat.format(date)} Uhr`;
}

/**
 * How long the link is still valid, as the reader counts: "60 Minuten", "24 Stunden", "7 Tage".
 * `undefined` when the expiry is already past (then only the end time is given).
 */
export function formatValidity(expiresAt: Date, now: Date): string | undefined {
  const minutes = Math.round((expiresAt.getTime() - now.getTime()) / 60_000);
  if (minutes < 1) return undefined;
  if (minutes < 120) return minutes === 1 ? "1 Minute" : `${minutes} Minuten`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} Stunden`;
  return `${Math.round(hours / 24)} Tage`;
}

function validityLine(expiresAt: Date, now: Date): string {
  const until = formatGermanDateTime(expiresAt);
  const duration = formatValidity(expiresAt, now);
  return duration
    ? `Der Link ist ${duration} gültig (bis ${until}) und kann nur einmal verwendet werden.`
    : `Der Link ist bis ${until} gültig und kann nur einmal verwendet werden.`;
}

/** Collapses every kind of whitespace, line breaks included, into single spaces. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** The link goes into the mail verbatim; it must be absolute http(s) and contain no whitespace. */
function assertLink(url: string): string {
  if (/\s/.test(url) || !/^https?:\/\//i.test(url) || !URL.canParse(url)) {
    throw new TypeError(`Ungültiger Link für eine E-Mail: ${JSON.stringify(url)}`);
  }
  return url;
}

function compose(paragraphs: (string | string[] | false | undefined)[]): string {
  return (
    paragraphs
      .filter((paragraph): paragraph is string | string[] => Boolean(paragraph && paragraph.length))
      .map((paragraph) => (Array.isArray(paragraph) ? paragraph.join("\n") : paragraph))
      .join("\n\n") + "\n"
  );
}

export type InvitationMailInput = {
  inviteUrl: string;
  /** The role as shown in the portal, e.g. "Redaktion" or "Administration". */
  roleLabel: string;
  /** Municipalities whose Steckbriefe the invitee may edit; empty for roles without assignment. */
  municipalityNames: string[];
  expiresAt: Date;
  /** Who invited; omitted, the mail speaks in the passive voice. */
  invitedByName?: string;
  /** For the validity in minutes/hours/days; defaults to the current time. */
  now?: Date;
};

export function invitationMail({
  inviteUrl,
  roleLabel,
  municipalityNames,
  expiresAt,
  invitedByName,
  now = new Date(),
}: InvitationMailInput): MailContent {
  const inviter = invitedByName ? oneLine(invitedByName) : "";
  const municipalities = municipalityNames.map(oneLine).filter(Boolean);

  const intro = inviter
    ? `${inviter} hat Sie eingeladen, im Portal „${PORTAL_NAME}“ mitzuarbeiten.`
    : `Sie wurden eingeladen, im Portal „${PORTAL_NAME}“ mitzuarbeiten.`;

  const details = [`Ihre Rolle: ${oneLine(roleLabel)}`];
  if (municipalities.length === 1) {
    details.push(`Kommune: ${municipalities[0]}`);
  } else if (municipalities.length > 1) {
    details.push("Kommunen:", ...municipalities.map((name) => `- ${name}`));
  }

  return {
    subject: `Einladung zum Portal „${PORTAL_NAME}“`,
    text: compose([
      "Guten Tag,",
      intro,
      details,
      "Um die Einladung anzunehmen und Ihr Passwort festzulegen, öffnen Sie bitte diesen Link:",
      assertLink(inviteUrl),
      validityLine(expiresAt, now),
      "Falls Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail einfach ignorieren; " + "der Link verfällt dann ungenutzt.",
      SIGNATURE,
      AUTOMATIC_NOTE,
    ]),
  };
}

export type PasswordResetMailInput = {
  resetUrl: string;
  expiresAt: Date;
  /** For the validity in minutes/hours/days; defaults to the current time. */
  now?: Date;
};

export function passwordResetMail({ resetUrl, expiresAt, now = new Date() }: PasswordResetMailInput): MailContent {
  return {
    subject: `Passwort zurücksetzen – ${PORTAL_NAME}`,
    text: compose([
      "Guten Tag,",
      `für Ihr Konto im Portal „${PORTAL_NAME}“ wurde ein neues Passwort angefordert. ` + "Über diesen Link können Sie es festlegen:",
      assertLink(resetUrl),
      validityLine(expiresAt, now),
      "Falls Sie kein neues Passwort angefordert haben, können Sie diese E-Mail ignorieren; " + "Ihr bisheriges Passwort bleibt gültig.",
      SIGNATURE,
      AUTOMATIC_NOTE,
    ]),
  };
}

/** Reviewers: a Steckbrief was submitted for review. */
export function submittedMail({ municipality, title, reviewUrl }: { municipality: string; title: string; reviewUrl: string }): MailContent {
  return {
    subject: `Zur Prüfung eingereicht: ${oneLine(municipality)}`,
    text: [
      "Guten Tag,",
      "",
      `die Redaktion von ${oneLine(municipality)} hat eine Fassung des Steckbriefs „${oneLine(title)}“ zur Prüfung eingereicht.`,
      "",
      "Zur Prüfung:",
      assertLink(reviewUrl),
      "",
      ...SIGNATURE,
      "",
      AUTOMATIC_NOTE,
    ].join("\n"),
  };
}

/** Editors: the programme staff asked for changes. */
export function changesRequestedMail({ title, comment, editUrl }: { title: string; comment: string; editUrl: string }): MailContent {
  return {
    subject: `Änderungen erbeten: ${oneLine(title)}`,
    text: [
      "Guten Tag,",
      "",
      `das Programmteam hat Ihren Steckbrief „${oneLine(title)}“ geprüft und bittet um Änderungen:`,
      "",
      ...comment.split(/\r?\n/).map((line) => `> ${line}`),
      "",
      "Die Anmerkungen zu einzelnen Abschnitten sehen Sie im Formular direkt bei den Feldern:",
      assertLink(editUrl),
      "",
      ...SIGNATURE,
      "",
      AUTOMATIC_NOTE,
    ].join("\n"),
  };
}

/** Editors: their version is now public. */
export function publishedMail({ title, publicUrl }: { title: string; publicUrl: string }): MailContent {
  return {
    subject: `Veröffentlicht: ${oneLine(title)}`,
    text: [
      "Guten Tag,",
      "",
      `Ihr Steckbrief „${oneLine(title)}“ ist freigegeben und jetzt öffentlich zu sehen:`,
      assertLink(publicUrl),
      "",
      "Vielen Dank für Ihre Mitarbeit!",
      "",
      ...SIGNATURE,
      "",
      AUTOMATIC_NOTE,
    ].join("\n"),
  };
}
