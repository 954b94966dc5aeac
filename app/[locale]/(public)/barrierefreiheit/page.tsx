import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextPage, TextSection } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.accessibility");
  return publicPageMetadata({ path: "/barrierefreiheit", title: t("title"), description: t("intro") });
}

export default async function AccessibilityPage({ params }: PageProps<"/[locale]/barrierefreiheit">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Pages.accessibility");
  return (
    <TextPage title={t("title")} lead={t("intro")}>
      <TextSection title={t("statusTitle")}>
        <p>{t("statusText")}</p>
      </TextSection>
      <TextSection title={t("feedbackTitle")}>
        <p>{t("feedbackText")}</p>
      </TextSection>
    </TextPage>
  );
}
