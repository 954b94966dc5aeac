"use client";

import { useEffect } from "react";
import { useParams } from "next/navigation";
import { Button } from "@/components/forms/field";
import { PageContainer } from "@/components/layout/page-container";
import de from "@/lib/i18n/messages/de/error-page.json";
import en from "@/lib/i18n/messages/en/error-page.json";

/**
 * The texts of this page come straight from its own small catalogue part: an error boundary must be a
 * client component, and the public pages carry no client message provider (nor the next-intl runtime)
 * only for a page that is rarely shown. Its texts are plain, without placeholders.
 */
const CATALOGUES: Record<string, typeof de> = { de, en };
type ErrorKey = `Error.${keyof (typeof de)["Error"]}`;

/** Error page (German, or English under /en) inside the site layout for unexpected failures (details go to the log only). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const messages = (CATALOGUES[locale] ?? de).Error;
  const t = (key: ErrorKey) => messages[key.slice("Error.".length) as keyof typeof messages];
  useEffect(() => {
    console.error(error); // the browser's console; the server logged it with the same digest (instrumentation.ts)
  }, [error]);
  return (
    <PageContainer className="py-16">
      <h1 className="text-3xl sm:text-4xl">{t("Error.title")}</h1>
      <p role="alert" className="mt-4 max-w-2xl">
        {t("Error.text")}
      </p>
      {error.digest && (
        <p className="mt-4 max-w-2xl">
          {t("Error.reference")} <code className="font-mono">{error.digest}</code>
        </p>
      )}
      <div className="mt-8">
        <Button type="button" onClick={reset}>
          {t("Error.retry")}
        </Button>
      </div>
    </PageContainer>
  );
}
