import { Fragment, type ReactNode } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { profileTextLang } from "@/lib/i18n/content-language";
import { ExampleMarker } from "@/components/profile/example-marker";
import { ProfileSection, SubSection } from "@/components/profile/profile-section";
import { ProfileSources } from "@/components/profile/profile-sources";
import { DefinitionList } from "@/components/ui/definition-list";
import { RatingMeter } from "@/components/ui/rating-meter";
import { RichText } from "@/components/ui/rich-text";
import { TagList } from "@/components/ui/tag-list";
import { BreakableAddress } from "@/components/ui/breakable-address";
import { PROFILE_FIELDS, sectionTitleKey, type FieldKey, type SectionKey } from "@/lib/profiles/fields";
import { factText, publicLabel, type FieldTextHelpers } from "@/lib/public/field-text";
import { AT_A_GLANCE_FIELDS, PUBLIC_LAYOUT, type PublicBlock } from "@/lib/public/page-layout";
import type { PublicContact, PublicContent } from "@/lib/public/public-content";

type Catalog = Awaited<ReturnType<typeof getTranslations>> & { has: (key: string) => boolean };
interface Helpers extends FieldTextHelpers {
  /** heading level of a section's labelled parts */
  subLevel?: 3 | 4;
  /** `lang` of the profile's own texts on this page (German texts inside an English page) */
  textLang?: string;
}

async function helpers(): Promise<Helpers> {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const catalog = t as unknown as Catalog;
  return {
    t: (key, values) => catalog(key as never, values as never),
    has: (key) => catalog.has(key as never),
    format,
    textLang: profileTextLang(locale),
  };
}

/** What a page knows besides the content: whether it is demo content and which sections are examples. */
export interface ProfileContext {
  isDemo: boolean;
  /** section keys (and "municipality") whose content is example content (demo profiles) */
  exampleSections: readonly string[];
}

function Block({
  block,
  content,
  context,
  h,
}: {
  block: PublicBlock;
  content: PublicContent;
  context: ProfileContext;
  h: Helpers;
}): ReactNode {
  const notSpecified = h.t("Profile.notSpecified");
  switch (block.type) {
    case "facts":
      return (
        <DefinitionList
          className={block.fields.length === 3 ? "sm:grid-cols-3" : "sm:grid-cols-2"}
          items={block.fields.map((key) => ({ term: publicLabel(h, key), description: factText(key, content, h) ?? notSpecified }))}
        />
      );
    case "prose": {
      const text = content[block.field] as string;
      const body = !text ? (
        <p className="text-muted">{notSpecified}</p>
      ) : PROFILE_FIELDS[block.field].kind === "richText" ? (
        <div lang={h.textLang}>
          <RichText text={text} />
        </div>
      ) : (
        <p lang={h.textLang} className="max-w-prose whitespace-pre-line">
          {text}
        </p>
      );
      return block.titled ? (
        <SubSection level={h.subLevel} title={publicLabel(h, block.field)}>
          {body}
        </SubSection>
      ) : (
        body
      );
    }
    case "ratings":
      return (
        <>
          <p className="text-base text-muted">{h.t("RatingScale.explanation")}</p>
          <div className="flex flex-col gap-3">
            {block.fields.map((key) => {
              const value = content[key] as number | null;
              return value === null ? null : (
                <RatingMeter key={key} value={value} label={publicLabel(h, key)} valueText={h.t("RatingScale.value", { value })} />
              );
            })}
          </div>
        </>
      );
    case "list":
      return (
        <SubSection level={h.subLevel} title={publicLabel(h, block.field)}>
          {(content[block.field] as string[]).length === 0 ? (
            <p className="text-muted">{notSpecified}</p>
          ) : (
            <ol lang={h.textLang} className="flex max-w-prose list-decimal flex-col gap-2 pl-6 marker:font-semibold marker:text-brand-700">
              {(content[block.field] as string[]).map((entry) => (
                <li key={entry}>{entry}</li>
              ))}
            </ol>
          )}
        </SubSection>
      );
    case "tags": {
      const names = (content[block.field] as { name: string }[]).map((entry) => entry.name);
      return block.titled ? (
        <SubSection level={h.subLevel} title={publicLabel(h, block.field)}>
          <TagList items={names} lang={h.textLang} />
        </SubSection>
      ) : (
        <TagList items={names} label={publicLabel(h, block.field)} lang={h.textLang} />
      );
    }
    case "contacts":
      return <ContactCards contacts={content[block.field] as PublicContact[]} h={h} />;
    case "sources":
      return <ProfileSources urls={content[block.urls] as string[]} note={content[block.note] as string} isDemo={context.isDemo} />;
    case "quote": {
      const text = content[block.text] as string;
      if (!text) return <p className="text-muted">{h.t("Profile.noQuote")}</p>;
      const role = content[block.role] as string;
      return (
        <figure lang={h.textLang} className="max-w-prose border-l-4 border-accent pl-5">
          <blockquote className="text-xl italic">„{text}“</blockquote>
          <figcaption className="mt-3 text-base text-muted">
            — {content[block.author] as string}
            {role ? `, ${role}` : ""}
          </figcaption>
        </figure>
      );
    }
  }
}

function ContactCards({ contacts, h }: { contacts: PublicContact[]; h: Helpers }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {contacts.map((contact, index) => (
        <li key={index} className="min-w-0 rounded-lg border border-line p-4 hyphens-auto">
          <div lang={h.textLang}>
            <p className="font-semibold">{contact.function}</p>
            {contact.personName && <p>{contact.personName}</p>}
            {contact.office && <p className="text-muted">{contact.office}</p>}
          </div>
          <DefinitionList
            className="mt-3"
            items={[
              {
                term: h.t("Fields.contact.publicEmail"),
                description: contact.email ? (
                  <a href={`mailto:${contact.email}`}>
                    <BreakableAddress text={contact.email} />
                  </a>
                ) : null,
              },
              {
                term: h.t("Fields.contact.publicPhone"),
                description: contact.phone ? <a href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>{contact.phone}</a> : null,
              },
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

/**
 * Every section of a published Steckbrief, laid out from the field registry (lib/public/page-layout.ts);
 * sections of example content carry the marker. `before` puts page parts outside the registry (the
 * media) in front of a section.
 */
export async function ProfileSections({
  content,
  context,
  before = {},
  backToSections,
}: {
  content: PublicContent;
  context: ProfileContext;
  before?: Partial<Record<string, ReactNode>>;
  /** the label of each section's link back to the section list (ProfileSection) */
  backToSections?: string;
}) {
  const h = await helpers();
  return PUBLIC_LAYOUT.map((section) => (
    <Fragment key={section.key}>
      {before[section.key]}
      <ProfileSection
        id={section.anchor}
        title={h.t(sectionTitleKey(section.key))}
        marker={context.exampleSections.includes(section.key) ? <ExampleMarker /> : undefined}
        backToSections={backToSections}
      >
        {section.blocks.map((block, index) => (
          <Block key={index} block={block} content={content} context={context} h={h} />
        ))}
      </ProfileSection>
    </Fragment>
  ));
}

/** A short value as the page shows it: its text, or "keine Angabe"; a value from a section of example content says so. */
function factValue(key: FieldKey, content: PublicContent, context: ProfileContext, h: Helpers): ReactNode {
  const text = factText(key, content, h);
  const example = text !== null && context.exampleSections.includes(PROFILE_FIELDS[key].section);
  return (
    <>
      {text ?? h.t("Profile.notSpecified")}
      {example && <ExampleMarker variant="inline" />}
    </>
  );
}

/** The "at a glance" facts (registry: `atAGlance`). */
export async function AtAGlance({ content, context }: { content: PublicContent; context: ProfileContext }) {
  const h = await helpers();
  return (
    <DefinitionList
      className="mt-4"
      items={AT_A_GLANCE_FIELDS.map((key) => ({ term: publicLabel(h, key), description: factValue(key, content, context, h) }))}
    />
  );
}

/** One short field's public label and value, for pages that set profiles side by side (the comparison). */
export async function publicFacts(keys: readonly FieldKey[], content: PublicContent, context: ProfileContext) {
  const h = await helpers();
  return keys.map((key) => ({ key, label: publicLabel(h, key), value: factValue(key, content, context, h) }));
}

/** The body of one section of a profile (without its heading), for the comparison. */
export async function SectionBody({
  sectionKey,
  content,
  context,
}: {
  sectionKey: SectionKey;
  content: PublicContent;
  context: ProfileContext;
}) {
  const h: Helpers = { ...(await helpers()), subLevel: 4 };
  const section = PUBLIC_LAYOUT.find((entry) => entry.key === sectionKey);
  if (!section) return null;
  return (
    <>
      {context.exampleSections.includes(sectionKey) && <ExampleMarker />}
      {section.blocks.map((block, index) => (
        <Block key={index} block={block} content={content} context={context} h={h} />
      ))}
    </>
  );
}

/** Titles and anchors of the sections, for the page's table of contents. */
export async function sectionLinks() {
  const h = await helpers();
  return PUBLIC_LAYOUT.map((section) => ({ anchor: section.anchor, title: h.t(sectionTitleKey(section.key)) }));
}
