import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { getPasswordResetTokenState } from "@/lib/accounts/password-reset";
import { TOKEN_VALIDITY_MS } from "@/lib/accounts/tokens";
import { InvalidResetLinkNotice, ResetPasswordForm } from "./reset-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PasswordReset");
  // The token is in the URL: no indexing, and no Referer that could carry it to another site.
  return { title: t("resetTitle"), robots: { index: false }, referrer: "no-referrer" };
}

/**
 * Public: the token in the link is the authorization. The page only looks at its state; the action checks
 * it again (and uses it up) when the new password is saved.
 */
export default async function ResetPasswordPage({ params }: PageProps<"/[locale]/passwort-zuruecksetzen/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, state] = await Promise.all([getTranslations("PasswordReset"), getPasswordResetTokenState(token)]);
  const validityHours = Math.round(TOKEN_VALIDITY_MS.PASSWORD_RESET / 3_600_000);
  return (
    <PageContainer className="py-10 sm:py-14">
      <div className="max-w-xl">
        {state === "valid" ? (
          <>
            <h1 className="text-3xl sm:text-4xl">{t("resetTitle")}</h1>
            <p className="mt-4">{t("resetIntro")}</p>
            <noscript>
              <p className="mt-6 rounded-md border-l-4 border-red-800 bg-red-50 p-4">{t("noScript")}</p>
            </noscript>
            <ResetPasswordForm token={token} validityHours={validityHours} />
          </>
        ) : (
          <InvalidResetLinkNotice reason={state} validityHours={validityHours} />
        )}
      </div>
    </PageContainer>
  );
}
