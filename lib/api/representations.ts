import type { z } from "zod";
import { publicBaseUrl } from "@/lib/env";
import type { PublicProfile } from "@/lib/public/queries";
import { bezirkSlugOf, kindSlugOf } from "@/lib/search/search-params";
import type { SearchResultItem } from "@/lib/search/search-profiles";
import { toDataContent } from "./fields";
import type { Steckbrief, SteckbriefSummary } from "./schemas";

/** The API's representations of the public read model's DTOs (absolute links, slugs for enums). */

const absolute = (path: string) => new URL(path, publicBaseUrl()).toString();
export const profileUrl = (slug: string) => absolute(`/steckbriefe/${slug}`);
export const profileApiUrl = (slug: string) => absolute(`/api/v1/steckbriefe/${slug}`);

export function toSteckbriefSummary(item: SearchResultItem): z.infer<typeof SteckbriefSummary> {
  return {
    slug: item.slug,
    url: profileUrl(item.slug),
    apiUrl: profileApiUrl(item.slug),
    title: item.title,
    teaser: item.teaser,
    municipality: {
      name: item.municipalityName,
      kind: kindSlugOf(item.municipalityKind),
      regierungsbezirk: bezirkSlugOf(item.regierungsbezirk),
    },
    topics: item.topics,
    years: item.years,
    participantCount: item.participantCount,
    costTotal: item.costTotal,
    firstPublishedAt: item.firstPublishedAt,
    isExample: item.isDemo,
  };
}

export function toSteckbrief(profile: PublicProfile): z.infer<typeof Steckbrief> {
  const { municipality } = profile;
  return {
    slug: profile.slug,
    url: profileUrl(profile.slug),
    firstPublishedAt: profile.firstPublishedAt,
    publishedAt: profile.publishedAt,
    isExample: profile.isDemo,
    exampleSections: profile.exampleSections,
    municipality: {
      slug: municipality.slug,
      name: municipality.name,
      kind: kindSlugOf(municipality.kind),
      regierungsbezirk: bezirkSlugOf(municipality.regierungsbezirk),
      landkreis: municipality.landkreisName,
      population: municipality.population,
      website: municipality.website,
    },
    content: toDataContent(profile.content),
    media: profile.media.map(({ id, ...media }) => ({ url: absolute(`/api/medien/${id}`), ...media })),
  };
}
