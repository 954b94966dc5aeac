import type { Metadata } from "next";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextPage, TextSection } from "@/components/layout/text-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.programme");
  return publicPageMetadata({ path: "/ueber-das-programm", title: t("title"), description: t("lead") });
}

export default async function ProgrammePage({ params }: PageProps<"/[locale]/ueber-das-programm">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Pages.programme");
  const timeline = ["decision", "kickoff", "round1", "round2"] as const;
  return (
    <TextPage title={t("title")} lead={t("lead")}>
      <TextSection title={t("timelineTitle")}>
        <ol className="flex list-decimal flex-col gap-2 pl-6 marker:font-semibold marker:text-brand-700">
          {timeline.map((key) => (
            <li key={key}>{t(`timeline.${key}`)}</li>
          ))}
        </ol>
      </TextSection>
      <TextSection title={t("fundingTitle")}>
        <p>{t("fundingText")}</p>
      </TextSection>
      <TextSection title={t("evaluationTitle")}>
        <p>{t("evaluationText")}</p>
      </TextSection>
      <TextSection id="inhalte" title={t("contentTitle")}>
        <p>{t("contentText1")}</p>
        <p>{t("contentText2")}</p>
      </TextSection>
    </TextPage>
  );
}
