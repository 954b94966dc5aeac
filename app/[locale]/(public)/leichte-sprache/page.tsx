import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextPage, TextSection } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.easyLanguage");
  return publicPageMetadata({ path: "/leichte-sprache", title: t("title"), description: t("p1") });
}

export default async function EasyLanguagePage({ params }: PageProps<"/[locale]/leichte-sprache">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Pages.easyLanguage");
  const paragraphs = ["p1", "p2", "p3", "p4", "p5"] as const;
  return (
    <TextPage title={t("title")}>
      <div className="flex flex-col gap-4 text-xl leading-relaxed">
        {paragraphs.map((key) => (
          <p key={key}>{t(key)}</p>
        ))}
      </div>
      <TextSection title={t("signLanguageTitle")}>
        <p>{t("signLanguageText")}</p>
      </TextSection>
    </TextPage>
  );
}
