import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/require-user";
import { localizePath } from "@/lib/i18n/localize-path";
import { Link } from "@/lib/i18n/navigation";
import { SignInForm } from "./sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/anmelden">) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const returnTo = safeReturnPath(query.ruecksprung, localizePath("/redaktion", locale));
  if (await getCurrentUser()) redirect(returnTo);
  const t = await getTranslations("Auth");
  return (
    <PageContainer className="py-10 sm:py-14">
      <div className="max-w-xl">
        <h1 className="text-3xl sm:text-4xl">{t("signInTitle")}</h1>
        <p className="mt-4">{t("signInIntro")}</p>
        {query.abgelaufen !== undefined && (
          <p role="status" className="mt-6 rounded-md border-l-4 border-accent bg-surface p-4">
            {t("sessionExpired")}
          </p>
        )}
        <noscript>
          <p className="mt-6 rounded-md border-l-4 border-red-800 bg-red-50 p-4">{t("noScript")}</p>
        </noscript>
        <SignInForm returnTo={returnTo} initialError={query.error === "CredentialsSignin"} />
        <p className="mt-8">
          <Link href="/passwort-vergessen">{t("forgotPassword")}</Link>
        </p>
        <p className="mt-3 text-muted">{t("noAccount")}</p>
      </div>
    </PageContainer>
  );
}
