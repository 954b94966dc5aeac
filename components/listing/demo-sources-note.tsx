import { getTranslations } from "next-intl/server";
import { SiteLink } from "@/components/layout/site-link";

/** Says once, above demo profiles' cards, where their content comes from (PRODUCT.md, "Content to start with"). */
export async function DemoSourcesNote({ className = "" }: { className?: string }) {
  const t = await getTranslations("Home");
  return (
    <aside aria-labelledby="inhalte-titel" className={`rounded-lg border-l-4 border-accent bg-surface p-5 ${className}`}>
      <h2 id="inhalte-titel" className="text-lg">
        {t("demoSourcesTitle")}
      </h2>
      <p className="mt-2 max-w-prose">{t("demoSourcesText")}</p>
      <p className="mt-2">
        <SiteLink href="/ueber-das-programm#inhalte" className="font-semibold">
          {t("demoSourcesMore")}
        </SiteLink>
      </p>
    </aside>
  );
}
