import { hasLocale } from "next-intl";
import { routing, type Locale } from "@/lib/i18n/routing";

/**
 * The language of mails to a user: the one stored with the account (set at sign-in, lib/auth/options.ts),
 * else German. Mails to someone other than the person at the keyboard (a reviewer told of a submission,
 * an owner told of a lock) never follow the language of the request that caused them.
 */
export function recipientLanguage(user: { locale: string | null }): Locale {
  return user.locale && hasLocale(routing.locales, user.locale) ? user.locale : routing.defaultLocale;
}

/** Recipients grouped by their language, so that each mail is written once per language. */
export function byLanguage<T extends { locale: string | null }>(users: T[]): Map<Locale, T[]> {
  const groups = new Map<Locale, T[]>();
  for (const user of users) {
    const locale = recipientLanguage(user);
    groups.set(locale, [...(groups.get(locale) ?? []), user]);
  }
  return groups;
}
