"use client";

import { useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { pathInLanguage } from "@/lib/i18n/language-alternate";
import type { Locale } from "@/lib/i18n/routing";

const noSubscription = () => () => {};

/**
 * A link to the current page in the other language, keeping the query. The router knows the path on
 * the server too (so the link is right without JavaScript; a cached listing's internal route is turned
 * back into its page and query, lib/public/query-routes.ts); the address bar's query is added in the
 * browser. The label is in the language it leads to ("English", "Deutsch").
 */
export function LanguageSwitch({ target, label, className }: { target: Locale; label: string; className?: string }) {
  const pathname = usePathname();
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  return (
    <a href={pathInLanguage(pathname, search, target)} hrefLang={target} lang={target} className={className}>
      {label}
    </a>
  );
}
