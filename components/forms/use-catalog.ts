"use client";

import { useTranslations } from "next-intl";
import type { Translate } from "@/lib/i18n/translate";

/**
 * The whole catalogue with keys computed at run time (e.g. from the field registry: "Fields.<key>.label").
 * Typed loosely on purpose: which keys exist is checked by lib/i18n/catalogue.test.ts, not by the compiler.
 */
export function useCatalog(): Translate & { has: (key: string) => boolean } {
  return useTranslations() as unknown as Translate & { has: (key: string) => boolean };
}
