import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { SiteLink } from "@/components/layout/site-link";

/** Shown at the address of a withdrawn profile: says what happened, shows none of its content. */
export async function ArchivedNotice({ municipalityName }: { municipalityName: string }) {
  const t = await getTranslations("Archived");
  return (
    <PageContainer className="py-16">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 max-w-2xl">{t("text", { municipality: municipalityName })}</p>
      <p className="mt-8">
        <SiteLink href="/" className="font-semibold">
          {t("back")}
        </SiteLink>
      </p>
    </PageContainer>
  );
}
