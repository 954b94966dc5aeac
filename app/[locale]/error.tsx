"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/forms/field";
import { PageContainer } from "@/components/layout/page-container";

/** German error page inside the site layout for unexpected failures (details go to the log only). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("Error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <PageContainer className="py-16">
      <h1 className="text-3xl sm:text-4xl">{t("title")}</h1>
      <p role="alert" className="mt-4 max-w-2xl">
        {t("text")}
      </p>
      <div className="mt-8">
        <Button type="button" onClick={reset}>
          {t("retry")}
        </Button>
      </div>
    </PageContainer>
  );
}
