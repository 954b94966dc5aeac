import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MunicipalityKind } from "@/generated/prisma/enums";
import { cachedPublicRead, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { db } from "@/lib/db";
import { KIND_BY_SLUG, PAGE_SIZE, type KindSlug } from "./listing-params";
import { MUNICIPALITY_KIND_ORDER, type ProfileCard } from "./queries";
import { PUBLICLY_VISIBLE } from "./visibility";

/**
 * The listing's reads (`/steckbriefe` and the start page), for 100,000 profiles: one page of cards
 * and counts, never all cards. Everything goes through the one "publicly visible" where.
 *
 * Order: newest first by the first publication (a later correction does not move a profile to the
 * top), ties by municipality name, then slug — a total order, so that pages neither repeat nor skip
 * a profile. Profiles that somehow lack a date come last. Index: "Profile_listing_idx"
 * (firstPublishedAt DESC NULLS LAST, slug; only publicly visible rows) — PostgreSQL walks it in
 * order and sorts only within equal dates (incremental sort); see the migration for the plans.
 */

const LISTING_ORDER = [
  { firstPublishedAt: { sort: "desc", nulls: "last" } },
  { municipality: { name: "asc" } },
  { slug: "asc" },
] satisfies Prisma.ProfileOrderByWithRelationInput[];

const CARD_SELECT = {
  slug: true,
  isDemo: true,
  municipality: { select: { name: true, kind: true } },
  publishedVersion: { select: { title: true, teaser: true } },
} satisfies Prisma.ProfileSelect;

type CardRow = Prisma.ProfileGetPayload<{ select: typeof CARD_SELECT }>;

function toCard({ slug, isDemo, municipality, publishedVersion }: CardRow): ProfileCard[] {
  return publishedVersion
    ? [{ slug, isDemo, ...publishedVersion, municipalityName: municipality.name, municipalityKind: municipality.kind }]
    : [];
}

function visibleWhere(kind: MunicipalityKind | undefined): Prisma.ProfileWhereInput {
  return kind ? { ...PUBLICLY_VISIBLE, municipality: { kind } } : PUBLICLY_VISIBLE;
}

export interface ListingPage {
  /** profiles matching the filter (all pages) */
  total: number;
  /** the requested page's cards, at most PAGE_SIZE */
  cards: ProfileCard[];
  /** any card on this page is demo content (the page then says once where the content comes from) */
  hasDemo: boolean;
}

/**
 * One page of the listing for a URL state. A page beyond the last has no cards (the route answers
 * 404 then). The filters of the search slot in here: each one more condition on `where`.
 */
export const findListingPage = cachedPublicRead(loadListingPage, ["public-listing-page"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.municipalities,
]);

/** A page of the newest-first listing, of one kind or all (the start page's order; the listing page itself searches). */
export interface ListingPageQuery {
  typ?: KindSlug;
  seite: number;
}

async function loadListingPage(state: ListingPageQuery): Promise<ListingPage> {
  const where = visibleWhere(state.typ ? KIND_BY_SLUG[state.typ] : undefined);
  const [total, rows] = await Promise.all([
    db.profile.count({ where }),
    db.profile.findMany({ where, orderBy: LISTING_ORDER, skip: (state.seite - 1) * PAGE_SIZE, take: PAGE_SIZE, select: CARD_SELECT }),
  ]);
  const cards = rows.flatMap(toCard);
  return { total, cards, hasDemo: cards.some((card) => card.isDemo) };
}

export type KindCounts = Record<MunicipalityKind, number>;

/** Publicly visible profiles per municipality kind (the listing's filter and the start page). */
export const countProfilesByKind = cachedPublicRead(loadKindCounts, ["public-kind-counts"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.municipalities,
]);

async function loadKindCounts(): Promise<KindCounts> {
  const counts = await Promise.all(MUNICIPALITY_KIND_ORDER.map((kind) => db.profile.count({ where: visibleWhere(kind) })));
  return Object.fromEntries(MUNICIPALITY_KIND_ORDER.map((kind, index) => [kind, counts[index]!])) as KindCounts;
}

export interface KindGroup {
  kind: MunicipalityKind;
  total: number;
  /** the most recent profiles of this kind, newest first */
  recent: ProfileCard[];
}

/** The start page: per kind its count and its `perGroup` most recent profiles. */
export const findStartPageGroups = cachedPublicRead(loadStartPageGroups, ["public-start-groups"], () => [
  PUBLIC_TAGS.profiles,
  PUBLIC_TAGS.municipalities,
]);

async function loadStartPageGroups(perGroup: number): Promise<KindGroup[]> {
  const [counts, recent] = await Promise.all([
    loadKindCounts(),
    Promise.all(
      MUNICIPALITY_KIND_ORDER.map((kind) =>
        db.profile.findMany({ where: visibleWhere(kind), orderBy: LISTING_ORDER, take: perGroup, select: CARD_SELECT }),
      ),
    ),
  ]);
  return MUNICIPALITY_KIND_ORDER.map((kind, index) => ({ kind, total: counts[kind], recent: recent[index]!.flatMap(toCard) }));
}
