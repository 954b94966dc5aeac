import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlaceholderNotice, TextPage, TextSection } from "@/components/layout/text-page";
import { TOKEN_VALIDITY_MS } from "@/lib/accounts/tokens";
import { RETENTION } from "@/lib/retention";

const HOUR_MS = 60 * 60 * 1000;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.privacy");
  return publicPageMetadata({ path: "/datenschutz", title: t("title"), description: t("intro") });
}

export default async function PrivacyPage({ params }: PageProps<"/[locale]/datenschutz">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Pages");
  return (
    <TextPage title={t("privacy.title")} lead={t("privacy.intro")}>
      <PlaceholderNotice>{t("placeholderNotice")}</PlaceholderNotice>
      <TextSection title={t("privacy.cookiesTitle")}>
        <p>{t("privacy.cookiesText")}</p>
      </TextSection>
      <TextSection title={t("privacy.contactsTitle")}>
        <p>{t("privacy.contactsText")}</p>
      </TextSection>
      {/* The periods are the ones the clean-ups use (lib/retention.ts; docs/RETENTION.md). */}
      <TextSection title={t("privacy.retentionTitle")}>
        <p>{t("privacy.retentionIntro")}</p>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>{t("privacy.retentionSessions", { hours: RETENTION.sessionHours, idleHours: RETENTION.sessionIdleHours })}</li>
          <li>{t("privacy.retentionSignInAttempts", { days: RETENTION.signInAttemptDays })}</li>
          <li>
            {t("privacy.retentionLinks", {
              invitationDays: TOKEN_VALIDITY_MS.INVITATION / (24 * HOUR_MS),
              resetHours: TOKEN_VALIDITY_MS.PASSWORD_RESET / HOUR_MS,
              days: RETENTION.authTokenDaysAfterEnd,
            })}
          </li>
          <li>{t("privacy.retentionOutbox", { days: RETENTION.outboxMailDays })}</li>
          <li>{t("privacy.retentionImports", { hours: RETENTION.importUploadHours })}</li>
          <li>{t("privacy.retentionFeedback", { days: RETENTION.accessibilityFeedbackDays, hours: RETENTION.feedbackClientHashHours })}</li>
          <li>{t("privacy.retentionAuditLog")}</li>
        </ul>
      </TextSection>
    </TextPage>
  );
}
