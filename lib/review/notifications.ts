import "server-only";
import { editorsOfMunicipality, rolesWith } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { absoluteUrl } from "@/lib/accounts/tokens";
import type { Locale } from "@/lib/i18n/routing";
import { byLanguage } from "@/lib/mail/recipient-language";
import { sendMail } from "@/lib/mail/send-mail";
import { changesRequestedMail, publishedMail, submittedMail, type MailContent } from "@/lib/mail/templates";
import { log } from "@/lib/operations/log";

/**
 * E-mails of the workflow: reviewers on submission, editors on a change request and on
 * publication. Sent after the decision is committed; a failing mail is logged (and kept in the
 * outbox) but never undoes the decision.
 */
async function sendEach(recipients: string[], mail: MailContent) {
  for (const to of recipients) {
    await sendMail({ to, ...mail }).catch((error: unknown) => log.error("workflow mail failed", { error }));
  }
}

/** One mail per language of the recipients (each in their own, lib/mail/recipient-language.ts). */
async function sendInTheirLanguage(recipients: Recipient[], write: (locale: Locale) => Promise<MailContent>) {
  for (const [locale, group] of byLanguage(recipients)) {
    await sendEach(
      group.map((recipient) => recipient.email),
      await write(locale),
    );
  }
}

type Recipient = { email: string; locale: string | null };

async function versionContext(versionId: string) {
  return db.profileVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      title: true,
      reviewComment: true,
      profile: { select: { slug: true, municipalityId: true, municipality: { select: { name: true } } } },
    },
  });
}

async function editorsOf(municipalityId: string): Promise<Recipient[]> {
  return db.user.findMany({
    where: { ...editorsOfMunicipality(municipalityId), disabledAt: null },
    select: { email: true, locale: true },
  });
}

export async function notifySubmitted(versionId: string) {
  const version = await versionContext(versionId);
  // Everyone who may decide on it is told.
  const reviewers = await db.user.findMany({
    where: { role: { in: rolesWith({ action: "review.decide" }) }, disabledAt: null },
    select: { email: true, locale: true },
  });
  await sendInTheirLanguage(reviewers, (locale) =>
    submittedMail({
      municipality: version.profile.municipality.name,
      title: version.title,
      reviewUrl: absoluteUrl(`/redaktion/pruefung/${versionId}`, locale),
      locale,
    }),
  );
}

export async function notifyChangesRequested(versionId: string) {
  const version = await versionContext(versionId);
  await sendInTheirLanguage(await editorsOf(version.profile.municipalityId), (locale) =>
    changesRequestedMail({
      title: version.title,
      comment: version.reviewComment ?? "",
      editUrl: absoluteUrl(`/redaktion/steckbriefe/${version.profile.slug}`, locale),
      locale,
    }),
  );
}

export async function notifyPublished(versionId: string) {
  const version = await versionContext(versionId);
  await sendInTheirLanguage(await editorsOf(version.profile.municipalityId), (locale) =>
    publishedMail({ title: version.title, publicUrl: absoluteUrl(`/steckbriefe/${version.profile.slug}`, locale), locale }),
  );
}
