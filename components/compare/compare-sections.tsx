import { getTranslations } from "next-intl/server";
import { SectionBody } from "@/components/profile/profile-content";
import { sectionTitleKey } from "@/lib/profiles/fields";
import { PUBLIC_LAYOUT } from "@/lib/public/page-layout";
import type { PublicProfile } from "@/lib/public/queries";

const COLUMNS: Record<number, string> = { 2: "md:grid-cols-2", 3: "md:grid-cols-2 lg:grid-cols-3", 4: "md:grid-cols-2 xl:grid-cols-4" };

/**
 * Every section of the Steckbrief, the compared profiles side by side (stacked on a phone, each
 * part headed by its municipality). The sections and their blocks come from the registry's page
 * layout, so a new field appears here as on the profile page.
 */
export async function CompareSections({ profiles }: { profiles: PublicProfile[] }) {
  const t = await getTranslations();
  return PUBLIC_LAYOUT.map((section) => (
    <section key={section.key} aria-labelledby={`vergleich-${section.anchor}`} className="mt-10 border-t border-line pt-8">
      <h2 id={`vergleich-${section.anchor}`} className="text-2xl">
        {t(sectionTitleKey(section.key) as never)}
      </h2>
      <div className={`mt-4 grid gap-8 ${COLUMNS[profiles.length] ?? ""}`}>
        {profiles.map((profile) => (
          <div key={profile.slug} className="flex min-w-0 flex-col gap-4">
            <h3 className="text-lg font-semibold text-brand-800">{profile.municipality.name}</h3>
            <SectionBody
              sectionKey={section.key}
              content={profile.content}
              context={{ isDemo: profile.isDemo, exampleSections: profile.exampleSections }}
            />
          </div>
        ))}
      </div>
    </section>
  ));
}
