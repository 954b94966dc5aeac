import { describe, expect, it } from "vitest";
import {
  changesRequestedMail,
  feedbackAcknowledgementMail,
  feedbackReceivedMail,
  invitationMail,
  passwordResetMail,
  publishedMail,
  submittedMail,
  validityDuration,
} from "./templates";

/** How the tests (unit, integration, e2e) take the link out of a mail: a line that is only a URL. */
const LINK_LINE = /^(https?:\/\/\S+)$/m;

const now = new Date("2026-11-26T09:00:00Z");
// 3 December 2026, 13:30 UTC = 14:30 in Berlin (winter time, UTC+1).
const inSevenDays = new Date("2026-12-03T13:30:00Z");

describe("invitationMail", async () => {
  const inviteUrl = "https://steckbriefe.example.org/einladung/abc123-DEF_456?x=1";
  const mail = await invitationMail({
    inviteUrl,
    role: "EDITOR",
    municipalityNames: ["Stadt Tübingen", "Gemeinde Öhringen"],
    expiresAt: inSevenDays,
    invitedByName: "Erika Müller",
    now,
  });

  it("puts the link alone on its own line", () => {
    expect(mail.text.match(LINK_LINE)?.[1]).toBe(inviteUrl);
    expect(mail.text.split("\n")).toContain(inviteUrl);
  });

  it("gives the expiry in German, in Berlin time, and the duration", () => {
    expect(mail.text).toContain("Donnerstag, 3. Dezember 2026, 14:30 Uhr");
    expect(mail.text).toContain("7 Tage gültig");
  });

  it("names the inviter, the role and the municipalities, and says what to do if unexpected", () => {
    expect(mail.subject).toBe("Einladung zum Portal „Steckbriefe der kommunalen Flüchtlingsdialoge“");
    expect(mail.text).toMatch(/^Guten Tag,$/m);
    expect(mail.text).toContain("Erika Müller hat Sie eingeladen");
    expect(mail.text).toContain("Ihre Rolle: Redaktion Ihrer Kommune");
    expect(mail.text).toMatch(/^- Stadt Tübingen$/m);
    expect(mail.text).toMatch(/^- Gemeinde Öhringen$/m);
    expect(mail.text).toContain("nicht erwartet");
  });

  it("works without inviter and municipalities", async () => {
    const plain = await invitationMail({ inviteUrl, role: "ADMIN", municipalityNames: [], expiresAt: inSevenDays, now });
    expect(plain.text).toContain("Sie wurden eingeladen");
    expect(plain.text).toContain("Ihre Rolle: Administration des Portals");
    expect(plain.text).not.toContain("Kommune");
    expect(plain.text.match(LINK_LINE)?.[1]).toBe(inviteUrl);
  });

  it("uses the singular for one municipality", async () => {
    const one = await invitationMail({
      inviteUrl,
      role: "EDITOR",
      municipalityNames: ["Landkreis Ravensburg"],
      expiresAt: inSevenDays,
      now,
    });
    expect(one.text).toMatch(/^Kommune: Landkreis Ravensburg$/m);
  });

  it("keeps user-supplied names on one line, so they cannot add a line with a link", async () => {
    const tricky = await invitationMail({
      inviteUrl,
      role: "EDITOR",
      municipalityNames: ["Stadt\nhttps://evil.example/x"],
      expiresAt: inSevenDays,
      invitedByName: "Mallory\n\nhttps://evil.example/phish\n",
      now,
    });
    const linkLines = tricky.text.split("\n").filter((line) => /^https?:\/\/\S+$/.test(line));
    expect(linkLines).toEqual([inviteUrl]);
  });

  it("refuses a link that is not an absolute http(s) URL without whitespace", async () => {
    const base = { role: "EDITOR" as const, municipalityNames: [], expiresAt: inSevenDays, now };
    await expect(invitationMail({ ...base, inviteUrl: "/einladung/abc" })).rejects.toThrow(TypeError);
    await expect(invitationMail({ ...base, inviteUrl: "https://x.example/a b" })).rejects.toThrow(TypeError);
    await expect(invitationMail({ ...base, inviteUrl: "javascript:alert(1)" })).rejects.toThrow(TypeError);
  });
});

describe("passwordResetMail", async () => {
  const resetUrl = "http://localhost:3000/passwort-zuruecksetzen/Zm9vYmFy";
  // 1 July 2026, 10:15 UTC = 12:15 in Berlin (summer time, UTC+2).
  const expiresAt = new Date("2026-07-01T10:15:00Z");
  const mail = await passwordResetMail({ resetUrl, expiresAt, now: new Date("2026-07-01T09:15:00Z") });

  it("puts the link alone on its own line", () => {
    expect(mail.text.match(LINK_LINE)?.[1]).toBe(resetUrl);
  });

  it("gives the expiry in German summer time and the duration", () => {
    expect(mail.text).toContain("Mittwoch, 1. Juli 2026, 12:15 Uhr");
    expect(mail.text).toContain("60 Minuten gültig");
  });

  it("is formal and says what to do if unexpected", () => {
    expect(mail.subject).toBe("Passwort zurücksetzen – Steckbriefe der kommunalen Flüchtlingsdialoge");
    expect(mail.text).toContain("Falls Sie kein neues Passwort angefordert haben");
    expect(mail.text).toContain("Ihr bisheriges Passwort bleibt gültig");
    expect(mail.text).not.toMatch(/\b(du|dein|dich)\b/i);
  });

  it("gives only the end time when the expiry has already passed", async () => {
    const late = await passwordResetMail({ resetUrl, expiresAt, now: new Date("2026-07-01T11:00:00Z") });
    expect(late.text).toContain("Der Link ist bis Mittwoch, 1. Juli 2026, 12:15 Uhr gültig");
  });
});

describe("workflow mails", () => {
  it("tell reviewers about a submission, with the link alone on its line", async () => {
    const mail = await submittedMail({
      municipality: "Stadt\nTübingen",
      title: "Dialog",
      reviewUrl: "https://x.example/redaktion/pruefung/1",
    });
    expect(mail.subject).toBe("Zur Prüfung eingereicht: Stadt Tübingen");
    expect(mail.text).toContain("Stadt Tübingen hat eine Fassung des Steckbriefs „Dialog“ zur Prüfung eingereicht.");
    expect(mail.text.match(LINK_LINE)?.[1]).toBe("https://x.example/redaktion/pruefung/1");
  });

  it("quote the reviewer's comment line by line, so it cannot add a link line", async () => {
    const mail = await changesRequestedMail({
      title: "Dialog",
      comment: "Bitte ergänzen.\nhttps://evil.example/x",
      editUrl: "https://x.example/redaktion/steckbriefe/a",
    });
    expect(mail.subject).toBe("Änderungen erbeten: Dialog");
    expect(mail.text).toMatch(/^> Bitte ergänzen\.$/m);
    expect(mail.text.split("\n").filter((line) => /^https?:\/\/\S+$/.test(line))).toEqual(["https://x.example/redaktion/steckbriefe/a"]);
  });

  it("say so when only single sections were commented, without an empty quote", async () => {
    const mail = await changesRequestedMail({ title: "Dialog", comment: "  ", editUrl: "https://x.example/redaktion/steckbriefe/a" });
    expect(mail.text).toContain("bittet um Änderungen in einzelnen Abschnitten.");
    expect(mail.text).not.toMatch(/^>/m);
  });

  it("thank editors for a publication", async () => {
    const mail = await publishedMail({ title: "Dialog", publicUrl: "https://x.example/steckbriefe/a" });
    expect(mail.subject).toBe("Veröffentlicht: Dialog");
    expect(mail.text).toContain("Vielen Dank für Ihre Mitarbeit!");
    expect(mail.text).toMatch(/^Das Programmteam der Steckbriefe der kommunalen Flüchtlingsdialoge$/m);
  });
});

describe("accessibility feedback mails", () => {
  it("quote the sender's words line by line and keep their name on one line, so neither can add a link line", async () => {
    const mail = await feedbackReceivedMail({
      reference: "BF-00042",
      message: "Die Karte geht nicht.\nhttps://evil.example/klick",
      name: "Erika\nhttps://evil.example/name",
      pageUrl: "https://steckbriefe.example.org/karte?typ=stadt",
      listUrl: "https://steckbriefe.example.org/redaktion/rueckmeldungen",
    });
    expect(mail.subject).toBe("Rückmeldung zur Barrierefreiheit BF-00042");
    expect(mail.text).toMatch(/^> https:\/\/evil\.example\/klick$/m);
    expect(mail.text).toContain("Name: Erika https://evil.example/name");
    expect(mail.text).toContain("E-Mail: nicht angegeben");
    expect([...mail.text.matchAll(/^(https?:\/\/\S+)$/gm)].map((match) => match[1])).toEqual([
      "https://steckbriefe.example.org/karte?typ=stadt",
      "https://steckbriefe.example.org/redaktion/rueckmeldungen",
    ]);
    expect(mail.text).toContain("keine E-Mail-Adresse angegeben");
  });

  it("acknowledge with the reference only, never the message (the address may be someone else's)", async () => {
    const mail = await feedbackAcknowledgementMail({ reference: "BF-00042" });
    expect(mail.subject).toBe("Ihre Rückmeldung zur Barrierefreiheit (BF-00042)");
    expect(mail.text).toContain("unter der Nummer BF-00042");
    expect(mail.text).not.toMatch(LINK_LINE);
  });
});

describe("dates and durations", () => {
  it("formats in Berlin time whatever the server's zone, also across the year", async () => {
    const late = await passwordResetMail({
      resetUrl: "https://x.example/r",
      expiresAt: new Date("2026-12-31T23:30:00Z"),
      now: new Date("2027-01-01T00:00:00Z"),
    });
    expect(late.text).toContain("bis Freitag, 1. Januar 2027, 00:30 Uhr gültig");
  });

  it("says the hour right on the night summer time ends", async () => {
    // 25 October 2026: 00:30 UTC is 02:30 summer time, 01:30 UTC is 02:30 winter time.
    const first = await passwordResetMail({ resetUrl: "https://x.example/r", expiresAt: new Date("2026-10-25T00:30:00Z"), now });
    const second = await passwordResetMail({ resetUrl: "https://x.example/r", expiresAt: new Date("2026-10-25T02:30:00Z"), now });
    expect(first.text).toContain("Sonntag, 25. Oktober 2026, 02:30 Uhr");
    expect(second.text).toContain("Sonntag, 25. Oktober 2026, 03:30 Uhr");
  });

  it.each([
    [30, "30 Minuten"],
    [1, "1 Minute"],
    [60, "60 Minuten"],
    [24 * 60, "24 Stunden"],
    [3 * 24 * 60, "3 Tage"],
    [7 * 24 * 60 - 0.001, "7 Tage"],
  ])("%s minutes → %s", async (minutes, expected) => {
    const expiresAt = new Date(now.getTime() + minutes * 60_000);
    expect(validityDuration(expiresAt, now)).toBeDefined();
    const mail = await passwordResetMail({ resetUrl: "https://x.example/r", expiresAt, now });
    expect(mail.text).toContain(`Der Link ist ${expected} gültig (bis `);
  });
});
