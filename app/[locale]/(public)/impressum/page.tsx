import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PlaceholderNotice, TextPage, TextSection } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.imprint");
  return publicPageMetadata({ path: "/impressum", title: t("title"), description: t("metaDescription") });
}

export default async function ImprintPage({ params }: PageProps<"/[locale]/impressum">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Pages");
  return (
    <TextPage title={t("imprint.title")}>
      <PlaceholderNotice>{t("placeholderNotice")}</PlaceholderNotice>
      <TextSection title={t("imprint.provider")}>
        <p>{t("imprint.providerText")}</p>
      </TextSection>
      <TextSection title={t("imprint.responsible")}>
        <p>{t("imprint.responsibleText")}</p>
      </TextSection>
    </TextPage>
  );
}
