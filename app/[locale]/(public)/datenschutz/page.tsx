import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlaceholderNotice, TextPage, TextSection } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.privacy");
  return { title: t("title") };
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
    </TextPage>
  );
}
