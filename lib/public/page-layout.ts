import { FIELD_KEYS, PROFILE_FIELDS, SECTIONS, fieldsOfSection, type FieldKey, type SectionKey } from "@/lib/profiles/fields";

/**
 * How the public page lays out a Steckbrief, derived from the field registry: per section a list
 * of blocks, each showing one or more fields. Pure, so that a test can prove that every field
 * reaches the page; the page (components/profile/profile-content.tsx) renders the blocks.
 *
 * - `facts`: consecutive short values (numbers, amounts, dates, choices, lists) as one definition list
 * - `prose`: a long text, under its label when the section has more than one field
 * - `ratings`: the self-ratings as meters
 * - `list`: numbered entries (the most important results)
 * - `tags`: a managed list (topics, formats)
 * - `contacts`: contact cards
 * - `quote`: the quote with its author (the quote section's own presentation)
 * - `sources`: what the facts rest on — a note and links (the sources section's own presentation)
 * The title section is the page's header (title and teaser), not a section.
 */
export type PublicBlock =
  | { type: "facts"; fields: FieldKey[] }
  | { type: "prose"; field: FieldKey; titled: boolean }
  | { type: "ratings"; fields: FieldKey[] }
  | { type: "list"; field: FieldKey }
  | { type: "tags"; field: FieldKey; titled: boolean }
  | { type: "contacts"; field: FieldKey }
  | { type: "quote"; text: FieldKey; author: FieldKey; role: FieldKey }
  | { type: "sources"; urls: FieldKey; note: FieldKey };

export interface PublicSectionLayout {
  key: SectionKey;
  anchor: string;
  blocks: PublicBlock[];
}

/** Fields shown in the page header rather than in a section. */
export const HEADER_FIELDS = fieldsOfSection("title");

function blocksOf(section: SectionKey): PublicBlock[] {
  const keys = fieldsOfSection(section);
  if (section === "quote") return [{ type: "quote", text: "quoteText", author: "quoteAuthor", role: "quoteRole" }];
  if (section === "sources") return [{ type: "sources", urls: "sourceUrls", note: "sourceNote" }];
  const titled = keys.length > 1;
  const blocks: PublicBlock[] = [];
  for (const key of keys) {
    const kind = PROFILE_FIELDS[key].kind;
    const last = blocks.at(-1);
    switch (kind) {
      case "richText":
      case "plainText":
        blocks.push({ type: "prose", field: key, titled });
        break;
      case "rating":
        if (last?.type === "ratings") last.fields.push(key);
        else blocks.push({ type: "ratings", fields: [key] });
        break;
      case "slots":
        blocks.push({ type: "list", field: key });
        break;
      case "relation":
        blocks.push({ type: "tags", field: key, titled });
        break;
      case "contacts":
        blocks.push({ type: "contacts", field: key });
        break;
      default:
        if (last?.type === "facts") last.fields.push(key);
        else blocks.push({ type: "facts", fields: [key] });
    }
  }
  return blocks;
}

export const PUBLIC_LAYOUT: PublicSectionLayout[] = SECTIONS.filter((section) => section.key !== "title").map((section) => ({
  key: section.key,
  anchor: section.anchor,
  blocks: blocksOf(section.key),
}));

/** The fields of the "at a glance" box (registry: `atAGlance`). */
export const AT_A_GLANCE_FIELDS = FIELD_KEYS.filter((key) => "atAGlance" in PROFILE_FIELDS[key]);

/** Every field a block shows. */
export function fieldsOfBlock(block: PublicBlock): FieldKey[] {
  switch (block.type) {
    case "facts":
    case "ratings":
      return block.fields;
    case "quote":
      return [block.text, block.author, block.role];
    case "sources":
      return [block.urls, block.note];
    default:
      return [block.field];
  }
}
