import "server-only";
import { createFormatter, createTranslator } from "next-intl";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { publicBaseUrl } from "@/lib/env";
import { loadMessages } from "@/lib/i18n/messages";
import { routing, type Locale } from "@/lib/i18n/routing";
import { PROFILE_FIELDS, sectionTitleKey } from "@/lib/profiles/fields";
import { parseRichText, type Inline } from "@/lib/rich-text/parse";
import { factText, publicLabel, type FieldTextHelpers } from "./field-text";
import { LISTING_PATH } from "./listing-params";
import { AT_A_GLANCE_FIELDS, PUBLIC_LAYOUT, type PublicBlock } from "./page-layout";
import type { PublicContact } from "./public-content";
import { findPublicProfile, type PublicProfile } from "./queries";
import { PdfWriter, type Segment } from "./pdf/writer";

export type ProfilePdfLookup = { status: "published"; base64: string } | { status: "archived" | "not-found" };

/**
 * The PDF of a publicly visible profile, rendered once and then served from the cache until the profile,
 * the catalogue or its municipality changes (the same tags as its page). Base64, since cached values
 * pass through JSON.
 */
export const findProfilePdf = cachedPublicRead(
  async (slug: string): Promise<ProfilePdfLookup> => {
    const lookup = await findPublicProfile(slug);
    if (lookup.status !== "published") return { status: lookup.status };
    const pdf = await renderProfilePdf(lookup.profile, { base: publicBaseUrl(), locale: routing.defaultLocale });
    return { status: "published", base64: pdf.toString("base64") };
  },
  ["public-profile-pdf"],
  (slug: string) => [PUBLIC_TAGS.profile(slug), PUBLIC_TAGS.catalog, PUBLIC_TAGS.municipalities],
);

/**
 * The Steckbrief as a PDF (`/steckbriefe/<slug>.pdf`): the portal's name on every page, the title and
 * teaser, the facts, the municipality, and every section of the public page in its order and with its
 * wording — laid out from the same registry (lib/public/page-layout.ts, ./field-text.ts), so a new
 * field reaches the PDF without a second list. The date of the published version and the page's address
 * stand on every page. Only the public DTO goes in (contact names only with consent, lib/public/public-content.ts).
 */
export async function renderProfilePdf(profile: PublicProfile, { base, locale }: { base: string; locale: Locale }): Promise<Buffer> {
  const messages = await loadMessages(locale);
  const translator = createTranslator({ locale, messages });
  const format = createFormatter({ locale, timeZone: "Europe/Berlin" });
  const h: FieldTextHelpers = {
    t: (key, values) => translator(key as never, values as never),
    has: (key) => translator.has(key as never),
    format,
  };
  const { t } = h;
  const { content, municipality } = profile;
  const url = new URL(`${LISTING_PATH}/${profile.slug}`, base).href;
  const versionTime = profile.publishedAt ?? profile.firstPublishedAt;
  const versionDate = versionTime
    ? format.dateTime(new Date(versionTime), { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Berlin" })
    : null;
  const example = (section: string) => profile.exampleSections.includes(section);

  const pdf = new PdfWriter(t("Metadata.siteName"), {
    title: `${content.title} (${municipality.name})`,
    author: municipality.name,
    subject: t("Pdf.subject"),
  });
  pdf.text(`${t(`Kinds.${municipality.kind}`)} · ${municipality.name}`, { style: "bold", size: 11 });
  pdf.heading(content.title, 1);
  if (content.teaser) pdf.text(content.teaser, { size: 11.5, after: 8 });
  if (versionDate) pdf.muted(t("Pdf.version", { date: versionDate }));
  pdf.muted(url);
  if (profile.isDemo) pdf.paragraph([{ text: `${t("Profile.demoNoticeTitle")}: `, style: "bold" }, { text: t("Profile.demoNotice") }]);
  pdf.rule();

  pdf.heading(t("Profile.factsTitle"), 2);
  for (const key of AT_A_GLANCE_FIELDS) {
    const text = factText(key, content, h);
    const marker = text !== null && example(PROFILE_FIELDS[key].section) ? ` (${t("Profile.exampleMarkerShort")})` : "";
    pdf.fact(publicLabel(h, key), `${text ?? t("Profile.notSpecified")}${marker}`);
  }

  pdf.heading(t("Profile.sections.municipality"), 2);
  if (example("municipality")) pdf.muted(t("Profile.exampleMarker"));
  pdf.fact(t("Profile.fields.municipalityName"), municipality.name);
  pdf.fact(t("Profile.fields.kind"), t(`Kinds.${municipality.kind}`));
  pdf.fact(
    t("Profile.fields.population"),
    municipality.population === null ? t("Profile.notSpecified") : format.number(municipality.population),
  );
  if (municipality.kind !== "LANDKREIS") {
    const landkreis =
      municipality.landkreisName ?? (municipality.kind === "STADT" ? t("Profile.fields.kreisfrei") : t("Profile.notSpecified"));
    pdf.fact(t("Profile.fields.landkreis"), landkreis);
  }
  pdf.fact(t("Profile.fields.regierungsbezirk"), t(`Regierungsbezirke.${municipality.regierungsbezirk}`));
  if (municipality.website) pdf.fact(t("Profile.fields.website"), municipality.website);

  for (const section of PUBLIC_LAYOUT) {
    // The media are not Steckbrief fields; the page shows them before the sources (as a list here).
    if (section.key === "sources" && profile.media.length > 0) {
      pdf.heading(t("Profile.sections.media"), 2);
      for (const item of profile.media) {
        pdf.bullet([{ text: item.title || item.fileName, link: new URL(`/api/medien/${item.id}`, base).href }]);
      }
    }
    pdf.heading(t(sectionTitleKey(section.key)), 2);
    if (example(section.key)) pdf.muted(t("Profile.exampleMarker"));
    for (const block of section.blocks) writeBlock(pdf, block, profile, h);
  }

  return pdf.finish((page, pages) =>
    [url, versionDate && t("Pdf.version", { date: versionDate }), t("Pdf.page", { page, pages })].filter(Boolean).join(" · "),
  );
}

function inlineSegments(inlines: Inline[], bold = false): Segment[] {
  return inlines.flatMap((node): Segment[] => {
    if (node.type === "text") return [{ text: node.text, style: bold ? "bold" : "regular" }];
    if (node.type === "bold") return inlineSegments(node.children, true);
    return inlineSegments(node.children, bold).map((segment) => ({ ...segment, link: node.href }));
  });
}

function writeRichText(pdf: PdfWriter, text: string) {
  for (const block of parseRichText(text)) {
    if (block.type === "paragraph") pdf.paragraph(inlineSegments(block.children));
    else for (const item of block.items) pdf.bullet(inlineSegments(item));
  }
}

function writeBlock(pdf: PdfWriter, block: PublicBlock, profile: PublicProfile, h: FieldTextHelpers) {
  const { content } = profile;
  const { t } = h;
  const notSpecified = t("Profile.notSpecified");
  switch (block.type) {
    case "facts":
      for (const key of block.fields) pdf.fact(publicLabel(h, key), factText(key, content, h) ?? notSpecified);
      return;
    case "prose": {
      if (block.titled) pdf.heading(publicLabel(h, block.field), 3);
      const text = content[block.field] as string;
      if (!text) pdf.muted(notSpecified);
      else if (PROFILE_FIELDS[block.field].kind === "richText") writeRichText(pdf, text);
      else for (const paragraph of text.split(/\n\s*\n/)) pdf.text(paragraph.trim());
      return;
    }
    case "ratings":
      pdf.muted(t("RatingScale.explanation"));
      for (const key of block.fields) {
        const value = content[key] as number | null;
        if (value !== null) pdf.fact(publicLabel(h, key), t("RatingScale.value", { value }));
      }
      return;
    case "list": {
      pdf.heading(publicLabel(h, block.field), 3);
      const entries = content[block.field] as string[];
      if (entries.length === 0) pdf.muted(notSpecified);
      entries.forEach((entry, index) => pdf.bullet([{ text: entry }], `${index + 1}.`));
      return;
    }
    case "tags": {
      const names = (content[block.field] as { name: string }[]).map((entry) => entry.name);
      if (block.titled) pdf.heading(publicLabel(h, block.field), 3);
      pdf.text(names.join(", ") || notSpecified);
      return;
    }
    case "contacts":
      for (const contact of content[block.field] as PublicContact[]) writeContact(pdf, contact, t);
      return;
    case "quote": {
      const text = content[block.text] as string;
      if (!text) return pdf.muted(t("Profile.noQuote"));
      const role = content[block.role] as string;
      pdf.text(`„${text}“`, { style: "italic", size: 11 });
      pdf.text(`— ${content[block.author] as string}${role ? `, ${role}` : ""}`, { color: "#444444" });
      return;
    }
    case "sources": {
      const urls = content[block.urls] as string[];
      const note = content[block.note] as string;
      if (!note && !profile.isDemo && urls.length === 0) return pdf.muted(notSpecified);
      if (note) pdf.text(note);
      if (profile.isDemo) pdf.text(t("Profile.sourcesStandard"));
      for (const url of urls) pdf.bullet([{ text: url, link: url }]);
      return;
    }
  }
}

function writeContact(pdf: PdfWriter, contact: PublicContact, t: FieldTextHelpers["t"]) {
  pdf.text(contact.function, { style: "bold", after: 1 });
  if (contact.personName) pdf.text(contact.personName, { after: 1 });
  if (contact.office) pdf.text(contact.office, { after: 1 });
  if (contact.email) pdf.fact(t("Fields.contact.publicEmail"), contact.email);
  if (contact.phone) pdf.fact(t("Fields.contact.publicPhone"), contact.phone);
  pdf.space(6);
}
