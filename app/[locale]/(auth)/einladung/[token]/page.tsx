import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { lookupInvitation } from "@/lib/accounts/invitations";
import { Link } from "@/lib/i18n/navigation";
import { AcceptInvitationForm, RenewInvitationButton } from "./invitation-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invitation");
  return { title: t("metaTitle"), robots: { index: false }, referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: PageProps<"/[locale]/einladung/[token]">) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const [t, invitation] = await Promise.all([getTranslations("Invitation"), lookupInvitation(token)]);

  if (invitation.state !== "valid") {
    const key = invitation.state;
    return (
      <PageContainer className="py-10 sm:py-14">
        <div className="max-w-2xl">
          <h1 className="text-3xl sm:text-4xl">{t(`${key}Title`)}</h1>
          <p className="mt-4">{t(`${key}Text`)}</p>
          {key === "expired" && <RenewInvitationButton token={token} />}
          {key === "used" && (
            <p className="mt-6 flex flex-wrap gap-6">
              <Link href="/anmelden" className="font-semibold">
                {t("toSignIn")}
              </Link>
              <Link href="/passwort-vergessen" className="font-semibold">
                {t("toPasswordReset")}
              </Link>
            </p>
          )}
        </div>
      </PageContainer>
    );
  }

  return (
    <PageContainer className="py-10 sm:py-14">
      <div className="max-w-2xl">
        <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="mt-4">{t("intro", { role: t(`roles.${invitation.role!}`) })}</p>
        {invitation.municipalityNames && invitation.municipalityNames.length > 0 && (
          <p className="mt-2">{t("municipalities", { names: invitation.municipalityNames.join(", ") })}</p>
        )}
        <p className="mt-2 font-semibold">{t("forEmail", { email: invitation.email! })}</p>
        <AcceptInvitationForm token={token} email={invitation.email!} />
      </div>
    </PageContainer>
  );
}
