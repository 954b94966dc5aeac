"use client";

import { useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { languageSwitchFallback, pathInLanguage } from "@/lib/i18n/language-alternate";
import type { Locale } from "@/lib/i18n/routing";

const noSubscription = () => () => {};

/**
 * A link to the current page in the other language, keeping the query. In the browser it leads there
 * directly (path from the router, query from the address bar); the server-rendered link — what a
 * browser without JavaScript follows — cannot know the query (one cached page serves every visitor), so
 * it leads through app/api/sprache, which takes the query from the Referer. The label is in the
 * language it leads to ("English", "Deutsch").
 */
export function LanguageSwitch({ target, label, className }: { target: Locale; label: string; className?: string }) {
  const pathname = usePathname();
  const href = useSyncExternalStore(
    noSubscription,
    () => pathInLanguage(pathname, window.location.search, target),
    () => languageSwitchFallback(pathname, target),
  );
  return (
    <a href={href} hrefLang={target} lang={target} className={className}>
      {label}
    </a>
  );
}
