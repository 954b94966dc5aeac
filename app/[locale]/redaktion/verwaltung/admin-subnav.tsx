import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/policy";
import { Link } from "@/lib/i18n/navigation";

export type AdminSection = "home" | "users" | "municipalities" | "catalog";

const SECTIONS: { section: AdminSection; href: string; allowed: (user: CurrentUser) => boolean }[] = [
  { section: "home", href: "/redaktion/verwaltung", allowed: () => true },
  { section: "users", href: "/redaktion/verwaltung/nutzer", allowed: (user) => can(user, { action: "user.manage" }) },
  { section: "municipalities", href: "/redaktion/verwaltung/kommunen", allowed: (user) => can(user, { action: "municipality.manage" }) },
  { section: "catalog", href: "/redaktion/verwaltung/themen", allowed: (user) => can(user, { action: "catalog.manage" }) },
];

/**
 * Sub-navigation of the admin area. A component on each page rather than a layout: a layout
 * would also frame the 404 page that non-admins get here and so reveal the area's sections.
 */
export async function AdminSubnav({ user, current }: { user: CurrentUser; current: AdminSection }) {
  const t = await getTranslations("AdminNavigation");
  return (
    <nav aria-label={t("subnavLabel")} className="mb-8 border-b border-line pb-3">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {SECTIONS.filter((entry) => entry.allowed(user)).map((entry) => (
          <li key={entry.section}>
            <Link
              href={entry.href}
              aria-current={entry.section === current ? "page" : undefined}
              className="font-semibold aria-[current=page]:text-ink aria-[current=page]:no-underline"
            >
              {t(entry.section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** True when the user may use at least one part of the admin area. */
export function canUseAdminArea(user: CurrentUser): boolean {
  return SECTIONS.slice(1).some((entry) => entry.allowed(user));
}
