import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/public/page-metadata";
import { PageContainer } from "@/components/layout/page-container";
import { SiteLink } from "@/components/layout/site-link";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.easyLanguage");
  return publicPageMetadata({ path: "/leichte-sprache", title: t("title"), description: t("metaDescription") });
}

/**
 * The parts of a section, in their order: sentences (each on a line of its own, as the rules of Leichte
 * Sprache ask), a list, a link. The texts are `Pages.easyLanguage.<section>.s<n>`, `.list<n>`, `.link`.
 */
type Block = { sentences: [number, number] } | { list: number } | { link: string };

const SECTIONS: { id: string; key: string; blocks: Block[]; words: number }[] = [
  { id: "was-steht-hier", key: "about", blocks: [{ sentences: [1, 12] }, { list: 4 }], words: 2 },
  { id: "so-geht-es", key: "use", blocks: [{ sentences: [1, 2] }, { list: 4 }, { sentences: [3, 13] }], words: 3 },
  {
    id: "barriere-freiheit",
    key: "barriers",
    blocks: [{ sentences: [1, 7] }, { list: 4 }, { sentences: [8, 9] }, { link: "/barrierefreiheit" }],
    words: 1,
  },
  {
    id: "probleme-melden",
    key: "feedback",
    blocks: [{ sentences: [1, 8] }, { link: "/barrierefreiheit#rueckmeldung" }, { sentences: [9, 12] }],
    words: 2,
  },
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * The portal in Leichte Sprache: what it holds, how to use it, the accessibility statement's main
 * points and how to report a problem. Large type, short lines, one statement per line, hard words
 * explained beside the text, and a marked place for the video in German Sign Language.
 */
export default async function EasyLanguagePage({ params }: PageProps<"/[locale]/leichte-sprache">) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("Pages.easyLanguage");

  return (
    <PageContainer className="py-10 sm:py-14">
      <div className="easy-language max-w-3xl text-xl leading-relaxed sm:text-2xl sm:leading-relaxed">
        <h1 className="text-4xl sm:text-5xl">{t("title")}</h1>
        <p className="mt-6">{t("lead")}</p>

        <nav aria-labelledby="leichte-sprache-inhalt" className="mt-8 rounded-lg border-2 border-brand-700 p-5 sm:p-6">
          <h2 id="leichte-sprache-inhalt" className="text-2xl sm:text-3xl">
            {t("contents")}
          </h2>
          <ul className="mt-4 flex flex-col gap-3">
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`} className="font-semibold">
                  {t(`${section.key}.title`)}
                </a>
              </li>
            ))}
            <li>
              <a href="#gebaerden-sprache" className="font-semibold">
                {t("signLanguage.title")}
              </a>
            </li>
          </ul>
        </nav>

        {SECTIONS.map((section) => (
          <section key={section.id} id={section.id} aria-labelledby={`${section.id}-titel`} className="mt-14 scroll-mt-6">
            <h2 id={`${section.id}-titel`} className="text-3xl sm:text-4xl">
              {t(`${section.key}.title`)}
            </h2>
            <div className="mt-5 flex flex-col gap-3">
              {section.blocks.map((block, index) => {
                if ("sentences" in block)
                  return range(...block.sentences).map((n) => <p key={`${index}-${n}`}>{t(`${section.key}.s${n}`)}</p>);
                if ("list" in block)
                  return (
                    <ul key={index} className="flex list-disc flex-col gap-3 pl-8 marker:text-brand-700">
                      {range(1, block.list).map((n) => (
                        <li key={n}>{t(`${section.key}.list${n}`)}</li>
                      ))}
                    </ul>
                  );
                return (
                  <p key={index} className="my-2">
                    <SiteLink
                      href={block.link}
                      className="inline-flex min-h-12 items-center rounded-md bg-brand-700 px-5 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:underline"
                    >
                      {t(`${section.key}.link`)}
                    </SiteLink>
                  </p>
                );
              })}
            </div>
            {/* Not an <aside>: a landmark in every section, all with the same name, only adds noise to the landmark list. */}
            <div className="mt-6 rounded-lg bg-surface p-5 sm:p-6">
              <p className="font-semibold text-brand-800">{t("wordTitle")}</p>
              <dl className="mt-3 flex flex-col gap-4">
                {range(1, section.words).map((n) => (
                  <div key={n}>
                    <dt className="font-semibold">{t(`${section.key}.word${n}`)}</dt>
                    <dd>{t(`${section.key}.word${n}Text`)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          </section>
        ))}

        <section id="gebaerden-sprache" aria-labelledby="gebaerden-sprache-titel" className="mt-14 scroll-mt-6">
          <h2 id="gebaerden-sprache-titel" className="text-3xl sm:text-4xl">
            {t("signLanguage.title")}
          </h2>
          <div className="mt-5 flex flex-col gap-3">
            <p>{t("signLanguage.s1")}</p>
            <p>{t("signLanguage.s2")}</p>
          </div>
          {/* The video's place: once it exists, a <video> with controls and captions goes here. */}
          <div
            data-testid="dgs-video-platz"
            className="mt-6 grid aspect-video w-full max-w-2xl place-items-center rounded-lg border-4 border-dashed border-brand-700 bg-surface p-6 text-center text-lg"
          >
            <p>{t("signLanguage.placeholder")}</p>
          </div>
        </section>
      </div>
    </PageContainer>
  );
}
