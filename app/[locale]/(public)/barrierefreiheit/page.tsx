import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteLink } from "@/components/layout/site-link";
import { PlaceholderNotice, TextPage, TextSection } from "@/components/layout/text-page";
import { publicBaseUrl } from "@/lib/env";
import { signFormStart } from "@/lib/feedback/form-token";
import { FEEDBACK_MESSAGE_MAX, feedbackPagePath } from "@/lib/feedback/schema";
import { ACCESSIBILITY_STATEMENT } from "@/lib/feedback/statement";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { RETENTION } from "@/lib/retention";
import { FeedbackForm } from "./feedback-form";

/**
 * Rendered per request: the feedback form carries the signed time it was shown (its minimum fill time),
 * and `?seite=/karte` from a "Barriere melden" link prefills the page the problem is on.
 */
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.accessibility");
  return publicPageMetadata({ path: "/barrierefreiheit", title: t("title"), description: t("intro") });
}

/** The Erklärung zur Barrierefreiheit in the structure of Baden-Württemberg's model statement, with its feedback form. */
export default async function AccessibilityPage({ params, searchParams }: PageProps<"/[locale]/barrierefreiheit">) {
  setRequestLocale((await params).locale);
  const [t, tPages, tForm, format] = await Promise.all([
    getTranslations("Pages.accessibility"),
    getTranslations("Pages"),
    getTranslations("AccessibilityFeedback"),
    getFormatter(),
  ]);
  const seite = (await searchParams).seite;
  const initialPage = feedbackPagePath(typeof seite === "string" ? seite : undefined) ?? "";
  const date = (iso: string) => format.dateTime(new Date(`${iso}T12:00:00Z`), { dateStyle: "long" });
  const link = (href: string) =>
    function LinkTo(chunks: React.ReactNode) {
      return <SiteLink href={href}>{chunks}</SiteLink>;
    };

  return (
    <TextPage title={t("title")} lead={t("intro")}>
      <TextSection title={t("scopeTitle")}>
        <p>{t("scopeText", { url: publicBaseUrl() })}</p>
      </TextSection>
      <TextSection title={t("statusTitle")}>
        <p>{t("statusText")}</p>
      </TextSection>
      <TextSection title={t("gapsTitle")}>
        <p>{t("gapsIntro")}</p>
        <ul className="flex list-disc flex-col gap-2 pl-6">
          <li>{t("gapLanguages")}</li>
          <li>{t("gapChecks")}</li>
          <li>{t("gapMap")}</li>
          <li>{t("gapPdf")}</li>
        </ul>
      </TextSection>
      <TextSection title={t("preparationTitle")}>
        <p>
          {t("preparationText", { prepared: date(ACCESSIBILITY_STATEMENT.prepared), reviewed: date(ACCESSIBILITY_STATEMENT.lastReviewed) })}
        </p>
      </TextSection>
      <TextSection title={t("contactTitle")}>
        <p>{t("contactText")}</p>
        <p>{t.rich("contactImprint", { link: link("/impressum") })}</p>
        <PlaceholderNotice>{tPages("placeholderNotice")}</PlaceholderNotice>
      </TextSection>
      <TextSection title={t("enforcementTitle")}>
        <p>{t("enforcementText")}</p>
        <PlaceholderNotice>{t("enforcementPlaceholder")}</PlaceholderNotice>
      </TextSection>
      <TextSection id="rueckmeldung" title={t("formTitle")}>
        <FeedbackForm
          startedAt={signFormStart()}
          initialPage={initialPage}
          consent={<p>{t.rich("consent", { days: RETENTION.accessibilityFeedbackDays, link: link("/datenschutz") })}</p>}
          texts={{
            errorSummary: tForm("errorSummary"),
            message: tForm("message"),
            messageHint: tForm("messageHint", { max: FEEDBACK_MESSAGE_MAX }),
            page: tForm("page"),
            pageHint: tForm("pageHint"),
            name: tForm("name"),
            email: tForm("email"),
            emailHint: tForm("emailHint"),
            honeypot: tForm("honeypot"),
            submit: tForm("submit"),
            submitting: tForm("submitting"),
            sentTitle: tForm("sentTitle"),
            sentText: tForm("sentText", { reference: "{reference}" }),
            sentMail: tForm("sentMail"),
            sentNoMail: tForm("sentNoMail"),
          }}
        />
      </TextSection>
    </TextPage>
  );
}
