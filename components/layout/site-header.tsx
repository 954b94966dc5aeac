import { getLocale, getTranslations } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { LanguageSwitch } from "./language-switch";
import { PageContainer } from "./page-container";
import { AccountLink } from "./account-link";
import { NavLink } from "./nav-link";
import { SiteLink, localizedHref } from "./site-link";

const serviceLinkClass = "inline-flex min-h-11 items-center gap-2 font-medium text-brand-800 sm:min-h-0 sm:py-1";

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations("Layout"), getLocale()]);
  const otherLanguage = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  const navItems = [
    { href: await localizedHref("/steckbriefe"), label: t("navProfiles") },
    { href: await localizedHref("/empfehlungen"), label: t("navRecommendations") },
    { href: await localizedHref("/karte"), label: t("navMap") },
    { href: await localizedHref("/statistik"), label: t("navStatistics") },
    { href: await localizedHref("/ueber-das-programm"), label: t("navProgramme") },
  ];
  const [easyLanguageHref, signInHref, editorialHref] = await Promise.all([
    localizedHref("/leichte-sprache"),
    localizedHref("/anmelden"),
    localizedHref("/redaktion"),
  ]);

  return (
    <header className="border-b border-line bg-white">
      <div className="h-1.5 bg-accent" aria-hidden="true" />
      <PageContainer className="flex flex-col gap-3 py-4 md:flex-row md:items-end md:justify-between md:gap-8">
        <SiteLink href="/" className="group flex items-center gap-3 text-ink no-underline">
          <span
            aria-hidden="true"
            className="grid size-11 shrink-0 place-items-center rounded-md bg-brand-700 text-lg font-bold text-white"
          >
            KFD
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-lg font-semibold group-hover:underline">{t("brandLine1")}</span>
            <span className="text-sm text-muted">{t("brandLine2")}</span>
          </span>
        </SiteLink>
        <div className="print-hidden flex flex-col gap-2 md:items-end">
          <nav aria-label={t("serviceNavigation")}>
            <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
              <li>
                <NavLink href={easyLanguageHref} className={serviceLinkClass} activeClassName="underline decoration-3">
                  {t("easyLanguage")}
                </NavLink>
              </li>
              <li>
                <LanguageSwitch target={otherLanguage} label={t("otherLanguage")} className={serviceLinkClass} />
              </li>
              <li>
                <AccountLink
                  className={serviceLinkClass}
                  signInHref={signInHref}
                  editorialHref={editorialHref}
                  signInLabel={t("signIn")}
                  editorialLabel={t("editorialArea")}
                />
              </li>
            </ul>
          </nav>
          <nav aria-label={t("mainNavigation")}>
            <ul className="flex flex-wrap gap-x-6 gap-y-1">
              {navItems.map((item) => (
                <li key={item.href}>
                  <NavLink
                    href={item.href}
                    className="inline-block border-b-3 py-2 font-medium text-brand-800 no-underline hover:border-brand-200"
                    activeClassName="border-brand-700 text-ink"
                    inactiveClassName="border-transparent"
                  >
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </PageContainer>
    </header>
  );
}
