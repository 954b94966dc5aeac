import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageContainer } from "@/components/layout/page-container";
import { SignOutButton, SignOutEverywhereButton } from "@/components/layout/sign-out-button";
import { ClientMessages } from "@/components/layout/client-messages";
import { EDITORIAL_CLIENT_NAMESPACES } from "@/lib/i18n/client-namespaces";
import { signOutEverywhereAction } from "./actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";

/** Never cached: every editorial page shows the signed-in person's own view. */
export const dynamic = "force-dynamic";

/**
 * Frame of the editorial area. It only shows who is signed in; it protects nothing —
 * every page and action below checks the session and the policy itself.
 */
export default async function EditorialLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const [t, tInvite, tReview, tAudit, tAdmin, tImport, tFeedback] = await Promise.all([
    getTranslations("Editorial"),
    getTranslations("InviteForm"),
    getTranslations("ReviewQueue"),
    getTranslations("AuditLog"),
    getTranslations("AdminNavigation"),
    getTranslations("Import"),
    getTranslations("FeedbackList"),
  ]);
  return (
    <ClientMessages namespaces={EDITORIAL_CLIENT_NAMESPACES}>
      {user && (
        <div className="border-b border-line bg-brand-50">
          <PageContainer className="flex flex-wrap items-center justify-between gap-3 py-2">
            <nav aria-label={t("areaNavigation")}>
              <ul className="flex flex-wrap gap-x-5 gap-y-1">
                <li>
                  <Link href="/redaktion" className="font-semibold">
                    {t("dashboard")}
                  </Link>
                </li>
                {can(user, { action: "review.queue" }) && (
                  <li>
                    <Link href="/redaktion/pruefung" className="font-semibold">
                      {tReview("navLabel")}
                    </Link>
                  </li>
                )}
                {can(user, { action: "profile.import" }) && (
                  <li>
                    <Link href="/redaktion/import" className="font-semibold">
                      {tImport("navLabel")}
                    </Link>
                  </li>
                )}
                {can(user, { action: "user.invite", role: "EDITOR", existingAccount: false }) && (
                  <li>
                    <Link href="/redaktion/einladen" className="font-semibold">
                      {tInvite("navLabel")}
                    </Link>
                  </li>
                )}
                {can(user, { action: "audit.read" }) && (
                  <li>
                    <Link href="/redaktion/protokoll" className="font-semibold">
                      {tAudit("navLabel")}
                    </Link>
                  </li>
                )}
                {can(user, { action: "feedback.read" }) && (
                  <li>
                    <Link href="/redaktion/rueckmeldungen" className="font-semibold">
                      {tFeedback("navLabel")}
                    </Link>
                  </li>
                )}
                {can(user, { action: "outbox.read" }) && (
                  <li>
                    <Link href="/redaktion/postausgang" className="font-semibold">
                      {t("outbox")}
                    </Link>
                  </li>
                )}
                {can(user, { action: "user.manage" }) && (
                  <li>
                    <Link href="/redaktion/verwaltung" className="font-semibold">
                      {tAdmin("navLabel")}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
            <div className="flex flex-wrap items-center gap-3 text-base">
              <span>
                {t("signedInAs", { email: user.email })} · {t(`roles.${user.role}`)}
              </span>
              <SignOutButton label={t("signOut")} />
              <SignOutEverywhereButton label={t("signOutEverywhere")} action={signOutEverywhereAction} />
            </div>
          </PageContainer>
        </div>
      )}
      {children}
    </ClientMessages>
  );
}
