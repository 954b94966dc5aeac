import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import { META_COLUMNS } from "@/lib/api/dictionary";
import { dataFieldName } from "@/lib/api/fields";
import { fieldErrorRefs, type MessageRef } from "@/lib/forms/field-errors";
import { profileContentSchema, type ProfileContent } from "@/lib/profiles/content-schema";
import { FIELD_KEYS, fieldLabelKey, labelKeyOfPath, PROFILE_FIELDS, type FieldKey, type ProfileFormValues } from "@/lib/profiles/fields";
import { emptyFormValues, versionToFormValues } from "@/lib/profiles/form-values";
import { isEditable } from "@/lib/profiles/version-states";
import { publicVersionInclude, toPublicContent, type PublishedVersionRow } from "@/lib/public/public-content";
import { kindSlugOf } from "@/lib/search/search-params";
import { cellToFormValue, sameCell, type CellLookups } from "./cells";

/**
 * The validation report of an upload: for each row, which profile it means, whether it is new, a
 * change, unchanged or faulty, and per column the problems — computed against the database as it is
 * now (the report page and, again, the confirmation inside its transaction).
 *
 * Matching a row to a profile (so that a re-import updates or skips instead of duplicating):
 * 1. a `slug` names the profile (an unknown slug is an error, never a new profile: a typo must not
 *    create a second Steckbrief);
 * 2. without a slug, `kommune` (the municipality's name; `kommuneArt` decides between namesakes) and
 *    `title`: the municipality's profile whose working or published title is the same (ignoring case
 *    and spaces) — else a new profile of that municipality;
 * 3. two rows meaning the same profile: the second is an error.
 *
 * A field counts as unchanged when its cell is what the download writes for the stored content (so a
 * downloaded file re-imports as no change); then the stored value is kept as it is (the CSV holds only
 * the plain text of formatted text, and contacts without consent times). Columns a file lacks are kept
 * too. A row equal to the working version or to the published version changes nothing. Only the
 * columns of the Steckbrief's fields are imported; the other meta columns (URL, Landkreis, population,
 * dates, example marks) come from the records and are ignored.
 */

export type RowStatus = "new" | "changed" | "unchanged" | "invalid";

export interface RowProblem {
  /** the file's column ("form" for the row as a whole) */
  column: string;
  /** catalogue key of the column's label */
  labelKey: string | null;
  message: MessageRef;
}

export type RowTarget =
  { kind: "new"; municipalityId: string; municipalitySlug: string } | { kind: "existing"; profileId: string; slug: string };

export interface PlannedRow {
  /** 1-based number of the data row (the CSV's line is one more, after the header) */
  row: number;
  municipalityName: string;
  title: string;
  status: RowStatus;
  problems: RowProblem[];
  /** columns whose value the import changes */
  changedColumns: string[];
  target: RowTarget | null;
  /** validated content for "new" and "changed" rows */
  content: ProfileContent | null;
  values: ProfileFormValues | null;
}

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<RowStatus, number>;
}

const FIELD_OF_COLUMN = new Map(FIELD_KEYS.map((key) => [dataFieldName(key), key]));
const comparable = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/** Catalogue key of a column's label (the data dictionary's labels). */
export function columnLabelKey(column: string): string | null {
  const field = FIELD_OF_COLUMN.get(column);
  if (field) return fieldLabelKey(field);
  return column in META_COLUMNS ? `OpenData.columns.${column}` : null;
}

const versionInclude = publicVersionInclude;
type StoredVersion = PublishedVersionRow;

const profileSelect = {
  id: true,
  slug: true,
  archivedAt: true,
  municipalityId: true,
  municipality: { select: { name: true } },
  publishedVersion: { include: versionInclude },
  workingVersion: { include: versionInclude },
} satisfies Prisma.ProfileSelect;
type StoredProfile = Prisma.ProfileGetPayload<{ select: typeof profileSelect }>;

interface MunicipalityRef {
  id: string;
  slug: string;
  name: string;
  kind: MunicipalityKind;
}

export async function planImport(tx: Prisma.TransactionClient, rows: Record<string, string>[]): Promise<ImportPlan> {
  const [municipalities, topics, formats] = await Promise.all([
    tx.municipality.findMany({ select: { id: true, slug: true, name: true, kind: true } }),
    tx.topic.findMany({ select: { id: true, slug: true, name: true } }),
    tx.format.findMany({ select: { id: true, slug: true, name: true } }),
  ]);
  const lookup = (items: { id: string; slug: string; name: string }[]) =>
    new Map(items.flatMap((item) => [[item.name.toLowerCase(), item.id] as const, [item.slug, item.id] as const]));
  const lookups: CellLookups = { topics: lookup(topics), formats: lookup(formats) };
  const byName = new Map<string, MunicipalityRef[]>();
  for (const municipality of municipalities) {
    const key = comparable(municipality.name);
    byName.set(key, [...(byName.get(key) ?? []), municipality]);
  }

  const slugs = [...new Set(rows.map((row) => row.slug?.trim()).filter((slug): slug is string => Boolean(slug)))];
  const rowMunicipalities = new Set(
    rows.filter((row) => !row.slug?.trim()).flatMap((row) => (byName.get(comparable(row.kommune ?? "")) ?? []).map((m) => m.id)),
  );
  const profiles = await tx.profile.findMany({
    where: { OR: [{ slug: { in: slugs } }, { municipalityId: { in: [...rowMunicipalities] } }] },
    select: profileSelect,
  });
  const bySlug = new Map(profiles.map((profile) => [profile.slug, profile]));

  const seen = new Map<string, number>();
  const planned = rows.map((cells, index) => planRow(cells, index + 1, { byName, bySlug, profiles, lookups, seen }));
  const counts = { new: 0, changed: 0, unchanged: 0, invalid: 0 };
  for (const row of planned) counts[row.status] += 1;
  return { rows: planned, counts };
}

interface Context {
  byName: Map<string, MunicipalityRef[]>;
  bySlug: Map<string, StoredProfile>;
  profiles: StoredProfile[];
  lookups: CellLookups;
  /** target key → the row that claimed it first */
  seen: Map<string, number>;
}

function planRow(cells: Record<string, string>, row: number, context: Context): PlannedRow {
  const slug = cells.slug?.trim() ?? "";
  const municipalityCell = cells.kommune?.trim() ?? "";
  const title = cells.title?.trim() ?? "";
  const result: PlannedRow = {
    row,
    municipalityName: municipalityCell,
    title,
    status: "invalid",
    problems: [],
    changedColumns: [],
    target: null,
    content: null,
    values: null,
  };
  const problem = (column: string, key: string, values?: MessageRef["values"]) => {
    result.problems.push({ column, labelKey: columnLabelKey(column), message: { key, values } });
    return result;
  };

  // Which profile the row means.
  let profile: StoredProfile | null = null;
  let municipality: MunicipalityRef | null = null;
  if (slug) {
    profile = context.bySlug.get(slug) ?? null;
    if (!profile) return problem("slug", "Import.row.unknownSlug", { slug });
    result.municipalityName = profile.municipality.name;
    if (municipalityCell && comparable(municipalityCell) !== comparable(profile.municipality.name))
      return problem("kommune", "Import.row.municipalityMismatch", { name: profile.municipality.name });
  } else {
    if (!municipalityCell) return problem("kommune", "Import.row.municipalityRequired");
    const candidates = context.byName.get(comparable(municipalityCell)) ?? [];
    const kind = cells.kommuneArt?.trim().toLowerCase();
    const matching = candidates.length > 1 && kind ? candidates.filter((candidate) => kindSlugOf(candidate.kind) === kind) : candidates;
    if (matching.length === 0) return problem("kommune", "Import.row.unknownMunicipality", { name: municipalityCell });
    if (matching.length > 1) return problem("kommuneArt", "Import.row.ambiguousMunicipality", { name: municipalityCell });
    municipality = matching[0]!;
    if (title) {
      const sameTitle = context.profiles.filter(
        (candidate) =>
          candidate.municipalityId === municipality!.id &&
          [candidate.workingVersion?.title, candidate.publishedVersion?.title].some(
            (existing) => existing !== undefined && comparable(existing) === comparable(title),
          ),
      );
      if (sameTitle.length > 1) return problem("title", "Import.row.ambiguousTitle");
      profile = sameTitle[0] ?? null;
    }
  }
  if (profile?.archivedAt) return problem("slug", "Import.row.archived");

  const targetKey = profile ? profile.id : `${municipality!.id}:${comparable(title)}`;
  const first = context.seen.get(targetKey);
  if (first !== undefined) return problem(slug ? "slug" : "title", "Import.row.duplicate", { row: first });
  context.seen.set(targetKey, row);
  result.target = profile
    ? { kind: "existing", profileId: profile.id, slug: profile.slug }
    : { kind: "new", municipalityId: municipality!.id, municipalitySlug: municipality!.slug };

  // What changes, field by field.
  const fieldColumns = Object.keys(cells).filter((column) => FIELD_OF_COLUMN.has(column));
  const stored = [profile?.workingVersion, profile?.publishedVersion].filter((version): version is StoredVersion => Boolean(version));
  const unchangedAgainst = (version: StoredVersion) => {
    const content = toPublicContent(version);
    return fieldColumns.every((column) => sameCell(cells[column]!, FIELD_OF_COLUMN.get(column)!, content));
  };
  if (stored.some(unchangedAgainst)) {
    result.status = "unchanged";
    return result;
  }
  const base = stored[0] ?? null;
  if (profile?.workingVersion && !isEditable(profile.workingVersion.state)) return problem("form", "Import.row.locked");

  const values = (base ? versionToFormValues(base) : emptyFormValues()) as Record<FieldKey, unknown>;
  const baseContent = base ? toPublicContent(base) : null;
  for (const column of fieldColumns) {
    const key = FIELD_OF_COLUMN.get(column)!;
    if (baseContent && sameCell(cells[column]!, key, baseContent)) continue;
    const converted = cellToFormValue(key, cells[column]!, context.lookups);
    if ("error" in converted) {
      problem(column, converted.error.key, converted.error.values);
      continue;
    }
    values[key] = converted.value;
    result.changedColumns.push(column);
  }
  const parsed = profileContentSchema.safeParse(values);
  if (!parsed.success) {
    for (const [path, message] of Object.entries(fieldErrorRefs(parsed.error))) {
      const key = path.split(".")[0] as FieldKey;
      const column = key in PROFILE_FIELDS ? dataFieldName(key) : "form";
      result.problems.push({ column, labelKey: labelKeyOfPath(path) ?? columnLabelKey(column), message });
    }
  }
  if (result.problems.length > 0) return result;
  result.status = profile ? "changed" : "new";
  result.content = parsed.data!;
  result.values = values as ProfileFormValues;
  return result;
}
