import { getTranslations } from "next-intl/server";
import { SiteLink } from "@/components/layout/site-link";
import { PageContainer } from "@/components/layout/page-container";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <PageContainer className="py-16">
      <p className="text-5xl font-bold text-brand-700" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-2xl">{t("text")}</p>
      <p className="mt-8">
        <SiteLink href="/" className="font-semibold">
          {t("back")}
        </SiteLink>
      </p>
    </PageContainer>
  );
}
