import "server-only";
import { db } from "@/lib/db";
import { publishDueVersions } from "@/lib/review/workflow";
import type { MunicipalityKind, Prisma } from "@/generated/prisma/client";

/**
 * Read access for the public pages. Security decision: these queries skip the policy because
 * they only ever return *published* versions of profiles that are not archived — the `where`
 * below is the whole rule, so no draft or archived text can reach a public page.
 */
const PUBLICLY_VISIBLE = {
  archivedAt: null,
  publishedVersionId: { not: null },
} satisfies Prisma.ProfileWhereInput;

export const MUNICIPALITY_KIND_ORDER: MunicipalityKind[] = ["LANDKREIS", "STADT", "GEMEINDE"];

export interface ProfileCard {
  slug: string;
  title: string;
  teaser: string;
  municipalityName: string;
  municipalityKind: MunicipalityKind;
  /** demo content: the start page then says once where the content comes from */
  isDemo: boolean;
}

/** Published profiles for listing cards, in the order of the overview page: by kind, then municipality name. */
export async function listPublishedProfileCards(): Promise<ProfileCard[]> {
  await publishDueVersions();
  const profiles = await db.profile.findMany({
    where: PUBLICLY_VISIBLE,
    select: {
      slug: true,
      isDemo: true,
      municipality: { select: { name: true, kind: true } },
      publishedVersion: { select: { title: true, teaser: true } },
    },
  });
  const collator = new Intl.Collator("de");
  return profiles
    .flatMap((profile) =>
      profile.publishedVersion
        ? [
            {
              slug: profile.slug,
              title: profile.publishedVersion.title,
              teaser: profile.publishedVersion.teaser,
              municipalityName: profile.municipality.name,
              municipalityKind: profile.municipality.kind,
              isDemo: profile.isDemo,
            },
          ]
        : [],
    )
    .sort(
      (a, b) =>
        MUNICIPALITY_KIND_ORDER.indexOf(a.municipalityKind) - MUNICIPALITY_KIND_ORDER.indexOf(b.municipalityKind) ||
        collator.compare(a.municipalityName, b.municipalityName) ||
        collator.compare(a.title, b.title),
    );
}

export function groupCardsByKind(cards: ProfileCard[]): Record<MunicipalityKind, ProfileCard[]> {
  const groups: Record<MunicipalityKind, ProfileCard[]> = { LANDKREIS: [], STADT: [], GEMEINDE: [] };
  for (const card of cards) groups[card.municipalityKind].push(card);
  return groups;
}

const publishedVersionInclude = {
  topics: { include: { topic: true }, orderBy: { topic: { sortOrder: "asc" } } },
  formats: { include: { format: true }, orderBy: { format: { sortOrder: "asc" } } },
  contacts: { orderBy: { sortOrder: "asc" } },
  media: { orderBy: { sortOrder: "asc" } },
} satisfies Prisma.ProfileVersionInclude;

export type PublishedVersion = Prisma.ProfileVersionGetPayload<{ include: typeof publishedVersionInclude }>;

export type PublicProfileLookup =
  { status: "published"; profile: PublicProfile } | { status: "archived"; municipalityName: string } | { status: "not-found" };

export interface PublicProfile {
  slug: string;
  isDemo: boolean;
  firstPublishedAt: Date | null;
  municipality: {
    name: string;
    slug: string;
    kind: MunicipalityKind;
    population: number | null;
    regierungsbezirk: string;
    landkreisName: string | null;
    website: string | null;
  };
  version: PublishedVersion;
}

/**
 * One profile for its public page. An archived profile answers "archived" (the page then
 * says it was withdrawn) without returning any of its content.
 */
export async function findPublicProfile(slug: string): Promise<PublicProfileLookup> {
  await publishDueVersions();
  const profile = await db.profile.findUnique({
    where: { slug },
    select: {
      slug: true,
      isDemo: true,
      archivedAt: true,
      firstPublishedAt: true,
      publishedVersionId: true,
      municipality: {
        select: {
          name: true,
          slug: true,
          kind: true,
          population: true,
          regierungsbezirk: true,
          website: true,
          landkreis: { select: { name: true } },
        },
      },
    },
  });
  if (!profile || !profile.publishedVersionId) return { status: "not-found" };
  if (profile.archivedAt) return { status: "archived", municipalityName: profile.municipality.name };

  const version = await db.profileVersion.findUniqueOrThrow({
    where: { id: profile.publishedVersionId },
    include: publishedVersionInclude,
  });
  const { landkreis, ...municipality } = profile.municipality;
  return {
    status: "published",
    profile: {
      slug: profile.slug,
      isDemo: profile.isDemo,
      firstPublishedAt: profile.firstPublishedAt,
      municipality: { ...municipality, landkreisName: landkreis?.name ?? null },
      version,
    },
  };
}

/** Contacts as the public may see them: a person's name only with recorded consent. */
export function publicContacts(version: PublishedVersion) {
  return version.contacts.map((contact) => ({
    id: contact.id,
    function: contact.function,
    office: contact.office,
    email: contact.email,
    phone: contact.phone,
    personName: contact.nameConsentAt ? contact.personName : null,
  }));
}
