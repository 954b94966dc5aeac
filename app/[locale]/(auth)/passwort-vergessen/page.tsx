import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { TOKEN_VALIDITY_MS } from "@/lib/accounts/tokens";
import { Link } from "@/lib/i18n/navigation";
import { RequestPasswordResetForm } from "./request-password-reset-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PasswordReset");
  return { title: t("requestTitle"), robots: { index: false } };
}

/** Public: anyone may ask for a link; the page works without JavaScript. */
export default async function ForgotPasswordPage({ params }: PageProps<"/[locale]/passwort-vergessen">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("PasswordReset");
  return (
    <PageContainer className="py-10 sm:py-14">
      <div className="max-w-xl">
        <h1 className="text-3xl sm:text-4xl">{t("requestTitle")}</h1>
        <p className="mt-4">{t("requestIntro")}</p>
        <RequestPasswordResetForm validityHours={Math.round(TOKEN_VALIDITY_MS.PASSWORD_RESET / 3_600_000)} />
        <p className="mt-8">
          <Link href="/anmelden">{t("backToSignIn")}</Link>
        </p>
      </div>
    </PageContainer>
  );
}
