import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { createProfile } from "@/lib/profiles/create-profile";
import { notifyPublished, notifySubmitted } from "@/lib/review/notifications";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Mails are written in the recipient's stored language (the language of the pages they last signed in
 * on), German when none is stored — never in the language of whoever caused the mail.
 */
const db = connectTestDatabase();
const password = "ein richtig langes Passwort";
type Authorize = (credentials: Record<string, string>, request: unknown) => Promise<unknown>;
const authorize = (authOptions.providers[0] as unknown as { options: { authorize: Authorize } }).options.authorize;

let englishReviewer: string;
let germanReviewer: string;
let englishEditor: string;
let versionId: string;

const mailTo = (to: string) => db.outboxMail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });

beforeAll(async () => {
  delete process.env.SMTP_URL; // mails land in the outbox
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("sprache"), name: "Sprachstadt", kind: "STADT", regierungsbezirk: "KARLSRUHE" },
  });
  englishReviewer = `${uniqueSlug("en-pruef")}@example.org`;
  germanReviewer = `${uniqueSlug("de-pruef")}@example.org`;
  englishEditor = `${uniqueSlug("en-red")}@example.org`;
  const passwordHash = await hashPassword(password);
  await db.user.createMany({
    data: [
      { email: englishReviewer, role: "REVIEWER", passwordHash },
      { email: germanReviewer, role: "REVIEWER", passwordHash },
    ],
  });
  const editor = await db.user.create({
    data: {
      email: englishEditor,
      role: "EDITOR",
      passwordHash,
      locale: "en",
      assignments: { create: { municipalityId: municipality.id } },
    },
  });
  const profile = await createProfile({
    actor: { id: editor.id, role: "EDITOR", municipalityIds: [municipality.id] },
    input: { municipalityId: municipality.id, title: "Sprachtitel" },
  });
  versionId = (await db.profile.findUniqueOrThrow({ where: { id: profile.id }, select: { workingVersionId: true } })).workingVersionId!;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("the language of mails", () => {
  it("stores the language of the sign-in page with the account, and ignores anything that is no language of the portal", async () => {
    expect(await authorize({ email: englishReviewer, password, locale: "en" }, {})).toMatchObject({ email: englishReviewer });
    expect((await db.user.findUniqueOrThrow({ where: { email: englishReviewer } })).locale).toBe("en");
    expect(await authorize({ email: germanReviewer, password, locale: "xx<script>" }, {})).toMatchObject({ email: germanReviewer });
    expect((await db.user.findUniqueOrThrow({ where: { email: germanReviewer } })).locale).toBeNull();
  });

  it("writes each reviewer's submission mail in their language, with links to the pages in that language", async () => {
    await notifySubmitted(versionId);
    const [english, german] = await Promise.all([mailTo(englishReviewer), mailTo(germanReviewer)]);
    expect(english.subject).toBe("Submitted for review: Sprachstadt");
    expect(english.text).toContain(`/en/redaktion/pruefung/${versionId}`);
    expect(german.subject).toBe("Zur Prüfung eingereicht: Sprachstadt");
    expect(german.text).toContain(`/redaktion/pruefung/${versionId}`);
    expect(german.text).not.toContain("/en/");
  });

  it("tells an editor who works in English of the publication in English", async () => {
    await notifyPublished(versionId);
    const mail = await mailTo(englishEditor);
    expect(mail.text).toMatch(/\/en\/steckbriefe\//);
    expect(mail.text).not.toMatch(/Veröffentlicht/);
  });
});
