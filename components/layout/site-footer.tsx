import { getTranslations } from "next-intl/server";
import { AccountLink } from "./account-link";
import { NavLink } from "./nav-link";
import { PageContainer } from "./page-container";
import { localizedHref } from "./site-link";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const links = await Promise.all(
    [
      { href: "/vergleich", label: t("navCompare") },
      { href: "/daten", label: t("openData") },
      { href: "/impressum", label: t("imprint") },
      { href: "/datenschutz", label: t("privacy") },
      { href: "/barrierefreiheit", label: t("accessibility") },
      // The form of the accessibility statement. The footer is rendered once for every page (cached), so
      // it cannot pass the current page; the form asks for it instead.
      { href: "/barrierefreiheit#rueckmeldung", label: t("reportBarrier"), fragment: true },
      { href: "/leichte-sprache", label: t("easyLanguage") },
    ].map(async (link) => ({ ...link, href: await localizedHref(link.href) })),
  );
  const [signInHref, editorialHref] = await Promise.all([localizedHref("/anmelden"), localizedHref("/redaktion")]);
  return (
    <footer className="print-hidden mt-16 border-t border-line bg-surface">
      <PageContainer className="grid gap-6 py-10 md:grid-cols-[2fr_1fr]">
        <div>
          <p className="font-semibold">{t("brandLine1")}</p>
          <p className="mt-2 max-w-prose text-base text-muted">{t("footerAbout")}</p>
          <p className="mt-2 text-base text-muted">{t("noCookies")}</p>
        </div>
        <nav aria-label={t("footerNavigation")}>
          <ul className="flex flex-col gap-2">
            {links.map((link) =>
              link.fragment ? (
                <li key={link.href}>
                  <a href={link.href} className="text-brand-800">
                    {link.label}
                  </a>
                </li>
              ) : (
                <li key={link.href}>
                  <NavLink href={link.href} className="text-brand-800" activeClassName="font-semibold">
                    {link.label}
                  </NavLink>
                </li>
              ),
            )}
            {/* Signed in, there is nothing to sign in to: the header leads to the editorial area. */}
            <AccountLink
              listItem
              className="text-brand-800"
              signInHref={signInHref}
              editorialHref={editorialHref}
              signInLabel={t("editorialSignIn")}
            />
          </ul>
        </nav>
      </PageContainer>
    </footer>
  );
}
