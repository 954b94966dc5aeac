import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "../../lib/slug";
import { richTextToPlain } from "../../lib/rich-text/parse";
import { demoContent } from "./content";
import { FORMAT_SLUGS, TOPIC_SLUGS, type DemoProfile } from "./types";

const municipalities = demoContent.flatMap((file) => file.municipalities);
const profiles = demoContent.flatMap((file) => file.profiles);
const municipalityBySlug = new Map(municipalities.map((municipality) => [municipality.slug, municipality]));

/** Every free text of a profile, as plain text. */
function texts(profile: DemoProfile): string[] {
  return [
    profile.title,
    profile.teaser,
    profile.occasion,
    profile.goals,
    profile.concept,
    profile.moderation.organisation,
    profile.moderation.description,
    profile.refugeeParticipation,
    profile.ratingComment,
    ...profile.keyResults,
    profile.measures,
    profile.nextSteps,
    profile.costs.spentOn,
    profile.recommendations,
    profile.quote?.text ?? "",
  ].map(richTextToPlain);
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((sentence) => sentence.replace(/^[–-]\s*/, "").trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 4);
}

describe("demo content", () => {
  it("covers the overview page: 4 Landkreise, 21 Städte, 7 Gemeinden", () => {
    const kinds = profiles.map((profile) => municipalityBySlug.get(profile.municipalitySlug)?.kind);
    expect(kinds.filter((kind) => kind === "LANDKREIS")).toHaveLength(4);
    expect(kinds.filter((kind) => kind === "STADT")).toHaveLength(21);
    expect(kinds.filter((kind) => kind === "GEMEINDE")).toHaveLength(7);
  });

  it("uses unique, well-formed slugs", () => {
    const all = [...municipalities.map((m) => m.slug), ...profiles.map((p) => p.slug)];
    expect(new Set(municipalities.map((m) => m.slug)).size).toBe(municipalities.length);
    expect(new Set(profiles.map((p) => p.slug)).size).toBe(profiles.length);
    for (const slug of all) expect(isSlug(slug), slug).toBe(true);
    for (const municipality of municipalities) expect(municipality.slug).toBe(slugify(municipality.name));
  });

  it("gives every municipality real-looking data and a valid Landkreis", () => {
    for (const municipality of municipalities) {
      expect(municipality.latitude, municipality.slug).toBeGreaterThan(47.5);
      expect(municipality.latitude, municipality.slug).toBeLessThan(49.8);
      expect(municipality.longitude, municipality.slug).toBeGreaterThan(7.4);
      expect(municipality.longitude, municipality.slug).toBeLessThan(10.6);
      expect(municipality.population, municipality.slug).toBeGreaterThan(1000);
      expect(municipality.website, municipality.slug).toMatch(/^https:\/\//);
      if (municipality.ags !== null) expect(municipality.ags).toMatch(/^08\d{6}$/);
      if (municipality.kind === "LANDKREIS") expect(municipality.landkreisSlug).toBeNull();
      if (municipality.landkreisSlug) expect(municipalityBySlug.get(municipality.landkreisSlug)?.kind).toBe("LANDKREIS");
    }
  });

  it("fills every section of every profile", () => {
    for (const profile of profiles) {
      for (const text of texts(profile).slice(0, -1)) expect(text.trim().length, profile.slug).toBeGreaterThan(10);
      expect(profile.teaser.split(/(?<=[.!?])\s+/).length, profile.slug).toBeLessThanOrEqual(4);
      expect(profile.formatSlugs.length, profile.slug).toBeGreaterThan(0);
      expect(profile.topicSlugs.length, profile.slug).toBeGreaterThan(0);
      for (const slug of profile.formatSlugs) expect(FORMAT_SLUGS).toContain(slug);
      for (const slug of profile.topicSlugs) expect(TOPIC_SLUGS).toContain(slug);
      expect(profile.participantGroups.length, profile.slug).toBeGreaterThan(0);
      expect(profile.languages.length, profile.slug).toBeGreaterThan(0);
      expect(profile.keyResults.length, profile.slug).toBeGreaterThanOrEqual(1);
      expect(profile.keyResults.length, profile.slug).toBeLessThanOrEqual(3);
      expect(profile.contacts.length, profile.slug).toBeGreaterThan(0);
      expect(profile.eventDates.length, profile.slug).toBeGreaterThan(0);
      expect(profile.eventCount, profile.slug).toBeGreaterThanOrEqual(profile.eventDates.length);
    }
  });

  it("keeps dates within the programme and costs consistent", () => {
    for (const profile of profiles) {
      for (const date of profile.eventDates) {
        expect(date, profile.slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(date >= "2016-01-21" && date <= "2017-06-30", `${profile.slug} ${date}`).toBe(true);
      }
      expect(profile.costs.funding, profile.slug).toBeLessThanOrEqual(3000);
      expect(profile.costs.ownShare, profile.slug).toBeGreaterThanOrEqual(0);
      expect(Math.round((profile.costs.total - profile.costs.funding) * 100), profile.slug).toBe(Math.round(profile.costs.ownShare * 100));
    }
  });

  it("uses only role mailboxes at example domains and no personal data", () => {
    for (const profile of profiles) {
      for (const contact of profile.contacts) {
        expect(contact.email, profile.slug).toMatch(/^[a-z0-9.+-]+@[a-z0-9.-]+\.example$/);
        expect(contact.phone).toBeNull();
      }
    }
  });

  it("has no placeholders", () => {
    for (const profile of profiles) {
      const all = texts(profile).join("\n");
      expect(all, profile.slug).not.toMatch(/\blorem\b|\bipsum\b|\bTODO\b|\bTBD\b|\bxxx\b|<\/?[a-z]+[\s>]/i);
    }
  });

  it("never repeats a sentence across profiles", () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const profile of profiles) {
      for (const sentence of new Set(texts(profile).flatMap(sentences))) {
        const key = sentence.toLowerCase();
        const other = seen.get(key);
        if (other && other !== profile.slug) repeated.push(`"${sentence}" (${other}, ${profile.slug})`);
        seen.set(key, profile.slug);
      }
    }
    expect(repeated).toEqual([]);
  });
});
