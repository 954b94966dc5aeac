import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind, Regierungsbezirk } from "@/generated/prisma/enums";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { publicVersionInclude, toPublicContent, toPublicMedia, type PublicContent, type PublicMedia } from "./public-content";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * Reads of the public pages. Everything returned here is a DTO for anonymous visitors
 * (./public-content.ts): only published, non-archived content, no internal ids.
 */

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

/**
 * Every published profile as a card, by kind, then municipality name. Loads them all: not for pages
 * (at 100,000 profiles the start page and the listing read one page through ./listing.ts).
 */
export const listPublishedProfileCards = cachedPublicRead(loadProfileCards, ["public-profile-cards"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.municipalities,
]);

async function loadProfileCards(): Promise<ProfileCard[]> {
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
    .flatMap(({ slug, isDemo, municipality, publishedVersion }) =>
      publishedVersion
        ? [{ slug, isDemo, ...publishedVersion, municipalityName: municipality.name, municipalityKind: municipality.kind }]
        : [],
    )
    .sort(
      (a, b) =>
        MUNICIPALITY_KIND_ORDER.indexOf(a.municipalityKind) - MUNICIPALITY_KIND_ORDER.indexOf(b.municipalityKind) ||
        collator.compare(a.municipalityName, b.municipalityName) ||
        collator.compare(a.title, b.title),
    );
}

export interface PublicMunicipality {
  name: string;
  slug: string;
  kind: MunicipalityKind;
  population: number | null;
  regierungsbezirk: Regierungsbezirk;
  landkreisName: string | null;
  website: string | null;
}

export interface PublicProfile {
  slug: string;
  isDemo: boolean;
  /** ISO timestamps (the DTO passes through the cache as JSON) */
  firstPublishedAt: string | null;
  publishedAt: string | null;
  municipality: PublicMunicipality;
  content: PublicContent;
  /** section keys (and "municipality") holding example content rather than facts (demo profiles) */
  exampleSections: string[];
  media: PublicMedia[];
}

export type PublicProfileLookup =
  { status: "published"; profile: PublicProfile } | { status: "archived"; municipalityName: string } | { status: "not-found" };

/**
 * One profile for its public page. An archived profile answers "archived" (the page then says it
 * was withdrawn) without any of its content.
 */
export const findPublicProfile = cachedPublicRead(loadPublicProfile, ["public-profile"], (slug: string) => [
  PUBLIC_TAGS.profile(slug),
  PUBLIC_TAGS.catalog,
  PUBLIC_TAGS.municipalities,
]);

/** What a public profile is read with (one profile here, many in the exports). */
export const publicProfileSelect = {
  slug: true,
  isDemo: true,
  archivedAt: true,
  firstPublishedAt: true,
  publishedVersion: { include: publicVersionInclude },
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
} satisfies Prisma.ProfileSelect;

type PublicProfileRow = Prisma.ProfileGetPayload<{ select: typeof publicProfileSelect }>;

/** The DTO of a published, non-archived profile (the caller has checked both). */
export function toPublicProfile(
  profile: PublicProfileRow & { publishedVersion: NonNullable<PublicProfileRow["publishedVersion"]> },
): PublicProfile {
  const { landkreis, ...municipality } = profile.municipality;
  const version = profile.publishedVersion;
  return {
    slug: profile.slug,
    isDemo: profile.isDemo,
    firstPublishedAt: profile.firstPublishedAt?.toISOString() ?? null,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    municipality: { ...municipality, landkreisName: landkreis?.name ?? null },
    content: toPublicContent(version),
    exampleSections: version.exampleSections,
    media: toPublicMedia(version),
  };
}

async function loadPublicProfile(slug: string): Promise<PublicProfileLookup> {
  const profile = await db.profile.findUnique({ where: { slug }, select: publicProfileSelect });
  if (!profile?.publishedVersion) return { status: "not-found" };
  if (profile.archivedAt) return { status: "archived", municipalityName: profile.municipality.name };
  return { status: "published", profile: toPublicProfile({ ...profile, publishedVersion: profile.publishedVersion }) };
}
