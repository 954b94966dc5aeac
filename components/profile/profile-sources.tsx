import { getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { BreakableAddress } from "@/components/ui/breakable-address";

/** Link text of a source address: host and path, without the scheme. */
const sourceLabel = (url: string) => decodeURI(url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, ""));

/**
 * The body of "Quellen": what a Steckbrief rests on. Demo profiles say how they were written
 * (standard sentence); the note says where the basis differs (a probable assignment, an example
 * municipality).
 */
export async function ProfileSources({ urls, note, isDemo }: { urls: string[]; note: string; isDemo: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("Profile"), getLocale()]);
  if (!note && !isDemo && urls.length === 0) return <p className="text-muted">{t("notSpecified")}</p>;
  return (
    <>
      {note && (
        <p lang={profileTextLang(locale)} className="max-w-prose rounded-md border-l-4 border-info bg-info-bg p-4">
          {note}
        </p>
      )}
      {isDemo && <p className="max-w-prose">{t("sourcesStandard")}</p>}
      {urls.length > 0 && (
        <ul className="flex max-w-prose flex-col gap-2">
          {urls.map((url) => (
            <li key={url}>
              <a href={url} rel="noopener noreferrer">
                <BreakableAddress text={sourceLabel(url)} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
