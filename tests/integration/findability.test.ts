import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/feed.xml/route";
import { GET as pdfRoute } from "@/app/api/pdf/[slug]/route";
import sitemapRoute from "@/app/sitemaps/sitemap";
import { GET as sitemapIndexRoute } from "@/app/sitemap.xml/route";
import { atomFeedXml, listFeedEntries } from "@/lib/public/feed";
import steckbrief from "@/lib/i18n/messages/de/steckbrief.json";
import { PUBLIC_LAYOUT } from "@/lib/public/page-layout";
import { PUBLICLY_VISIBLE } from "@/lib/public/publicly-visible";
import { countSitemaps, PUBLIC_PAGE_PATHS, SITEMAP_URL_LIMIT, sitemapEntries } from "@/lib/public/sitemap";
import { pdfText } from "../support/pdf-text";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * Sitemap, Atom feed and PDF: what they carry is exactly the public read model — published, not
 * archived, the published version (never the working one), contact names only with consent.
 */
const db = connectTestDatabase();
const slugs = {
  published: uniqueSlug("auffindbar"),
  draftOnly: uniqueSlug("nur-entwurf"),
  archived: uniqueSlug("zurueckgezogen"),
};
const SECRET = {
  draftTitle: "Geheimer Titel des Entwurfs",
  workingTitle: "Unveröffentlichte Arbeitsfassung",
  archivedTitle: "Titel des archivierten Steckbriefs",
  unconsentedName: "Rosalinde Ohnezustimmung",
};
// Now: the feed has the 50 newest, and other test files leave published profiles in the same database.
const PUBLISHED_AT = new Date();
const PUBLISHED_DAY = new Intl.DateTimeFormat("de-DE", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/Berlin",
}).format(PUBLISHED_AT);
const TEASER = `Bürgerinnen & Bürger, Geflüchtete und Verwaltung sprachen über „Wohnraum“ <script>alert("x")</script> – Kosten 1.500 €, Straße, Größe, Öl.`;

async function profile(slug: string, { published, archived, title }: { published: boolean; archived: boolean; title: string }) {
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("kommune"), name: `Müllheim-Süd ${slug}`, kind: "STADT", regierungsbezirk: "FREIBURG" },
  });
  const created = await db.profile.create({
    data: {
      slug,
      municipalityId: municipality.id,
      archivedAt: archived ? new Date() : null,
      firstPublishedAt: published ? PUBLISHED_AT : null,
    },
  });
  const version = await db.profileVersion.create({
    data: {
      profileId: created.id,
      number: 1,
      title,
      teaser: TEASER,
      occasion: "Der Anlass: **große** Nachfrage nach Wohnraum.\n\n- erste Überlegung\n- zweite Überlegung",
      languages: ["Deutsch", "Українська", "Polski (Łódź)"],
      costTotal: "1500.00",
      state: published ? "PUBLISHED" : "DRAFT",
      publishedAt: published ? PUBLISHED_AT : null,
      contacts: {
        create: [
          { function: "Integrationsbeauftragte", email: "integration@stadt.example", personName: SECRET.unconsentedName },
          { function: "Bürgermeisteramt", email: "bm@stadt.example", personName: "Jürgen Mitzustimmung", nameConsentAt: new Date() },
        ],
      },
    },
  });
  await db.profile.update({
    where: { id: created.id },
    data: published ? { publishedVersionId: version.id } : { workingVersionId: version.id },
  });
  if (published && !archived) {
    // A working version in progress: never public until it is published itself.
    const working = await db.profileVersion.create({
      data: { profileId: created.id, number: 2, title: SECRET.workingTitle, state: "DRAFT" },
    });
    await db.profile.update({ where: { id: created.id }, data: { workingVersionId: working.id } });
  }
}

beforeAll(async () => {
  await profile(slugs.published, { published: true, archived: false, title: "Dialog über Wohnraum in Müllheim" });
  await profile(slugs.draftOnly, { published: false, archived: false, title: SECRET.draftTitle });
  await profile(slugs.archived, { published: true, archived: true, title: SECRET.archivedTitle });
});

afterAll(async () => {
  await db.$disconnect();
});

const pdfRequest = (slug: string) => pdfRoute(new Request(`http://localhost/api/pdf/${slug}`), { params: Promise.resolve({ slug }) });

describe("sitemap", () => {
  it("lists the public pages and exactly the publicly visible profiles, with the published version's time", async () => {
    const entries = await sitemapEntries(0, SITEMAP_URL_LIMIT);
    const visible = await db.profile.count({ where: PUBLICLY_VISIBLE });
    expect(entries).toHaveLength(PUBLIC_PAGE_PATHS.length + visible);
    expect(entries.slice(0, PUBLIC_PAGE_PATHS.length).map((entry) => entry.path)).toEqual([...PUBLIC_PAGE_PATHS]);
    const paths = entries.map((entry) => entry.path);
    expect(entries.find((entry) => entry.path === `/steckbriefe/${slugs.published}`)?.lastModified).toBe(PUBLISHED_AT.toISOString());
    expect(paths).not.toContain(`/steckbriefe/${slugs.draftOnly}`);
    expect(paths).not.toContain(`/steckbriefe/${slugs.archived}`);
  });

  it("splits into several sitemaps over the limit, each address once", async () => {
    const visible = await db.profile.count({ where: PUBLICLY_VISIBLE });
    const limit = 3;
    const count = await countSitemaps(limit);
    expect(count).toBe(Math.ceil((PUBLIC_PAGE_PATHS.length + visible) / limit));
    const chunks = await Promise.all(Array.from({ length: count }, (_, index) => sitemapEntries(index, limit)));
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(limit);
    const all = chunks.flat().map((entry) => entry.path);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual((await sitemapEntries(0, 1000)).map((entry) => entry.path));
  });

  it("answers absolute addresses, and an index that names every sitemap", async () => {
    const entries = await sitemapRoute({ id: Promise.resolve("0") });
    expect(entries[0]!.url).toMatch(/^https?:\/\/[^/]+\/$/);
    expect(entries.map((entry) => entry.url)).toContainEqual(expect.stringMatching(new RegExp(`/steckbriefe/${slugs.published}$`)));
    const index = await sitemapIndexRoute();
    expect(index.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const xml = await index.text();
    expect(xml).toContain("<sitemapindex");
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/sitemaps\/sitemap\/0\.xml<\/loc>/);
  });
});

describe("Atom feed", () => {
  it("has the published profile, newest first, escaped, with the municipality as author", async () => {
    const response = await feedRoute();
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("max-age");
    const xml = await response.text();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"')).toBe(true);
    const entry = xml.split("<entry>").find((part) => part.includes(slugs.published))!;
    expect(entry).toMatch(new RegExp(`<id>https?://[^<]+/steckbriefe/${slugs.published}</id>`));
    expect(entry).toContain("<title>Dialog über Wohnraum in Müllheim (Müllheim-Süd");
    expect(entry).toContain(`<updated>${PUBLISHED_AT.toISOString()}</updated>`);
    expect(entry).toContain(`<author><name>Müllheim-Süd ${slugs.published}</name></author>`);
    expect(entry).toContain("&amp; Bürger");
    expect(entry).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(xml).not.toContain("<script>");
    const updated = [...xml.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((match) => match[1]!);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(updated.length).toBeLessThanOrEqual(50);
  });

  it("writes only well-formed markup even for control characters in texts", () => {
    const xml = atomFeedXml(
      [
        {
          slug: "a",
          title: "Titel\u0007 <b>",
          teaser: "x]]>y",
          municipalityName: "A&B",
          published: "2024-01-01T00:00:00.000Z",
          updated: "2024-01-01T00:00:00.000Z",
        },
      ],
      { title: "T", subtitle: "S", author: "P" },
      "https://portal.example",
    );
    expect(xml).toContain("<title>Titel &lt;b&gt; (A&amp;B)</title>");
    expect(xml).toContain("x]]&gt;y");
    expect(xml).not.toContain("\u0007");
  });
});

// Retried: twice in about twenty runs (never alone, never reproduced since) a PDF test failed within half a
// second on a fresh database; the error was not captured. A broken PDF still fails all three attempts.
describe("PDF", { retry: 2 }, () => {
  it("renders the published version: header, sections, umlauts, €, other scripts and the version date", async () => {
    const response = await pdfRequest(slugs.published);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(`inline; filename="${slugs.published}.pdf"`);
    expect(response.headers.get("cache-control")).toContain("max-age");
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfText(pdf);
    expect(text).toContain("Steckbriefe der kommunalen Flüchtlingsdialoge");
    expect(text).toContain("Dialog über Wohnraum in Müllheim");
    // Every section of the public page, by its catalogue title, as a line of its own.
    const lines = text.split("\n");
    for (const section of PUBLIC_LAYOUT) expect(lines, section.key).toContain(steckbrief.Sections[section.key]);
    expect(text).toContain("Straße, Größe, Öl");
    expect(text).toContain("1.500 €");
    expect(text).toContain("Українська");
    expect(text).toContain("Łódź");
    expect(text).toContain(`Veröffentlichte Fassung vom ${PUBLISHED_DAY}`);
    expect(text).toContain("Jürgen Mitzustimmung");
    expect(text).toMatch(/Seite 1 von \d/);
  });

  it("answers 410 for an archived profile and 404 for a draft-only or unknown one", async () => {
    expect((await pdfRequest(slugs.archived)).status).toBe(410);
    expect((await pdfRequest(slugs.draftOnly)).status).toBe(404);
    expect((await pdfRequest(uniqueSlug("gibt-es-nicht"))).status).toBe(404);
    expect((await pdfRequest("../etc")).status).toBe(404);
  });
});

describe("no leak through sitemap, feed or PDF", { retry: 2 }, () => {
  it("carries no unconsented name, draft, working version or archived profile", async () => {
    const sitemaps = await Promise.all(
      Array.from({ length: await countSitemaps(SITEMAP_URL_LIMIT) }, (_, index) => sitemapEntries(index, SITEMAP_URL_LIMIT)),
    );
    const channels = {
      sitemap: JSON.stringify(sitemaps),
      feed: await (await feedRoute()).text(),
      feedData: JSON.stringify(await listFeedEntries(50)),
      pdf: await pdfText(Buffer.from(await (await pdfRequest(slugs.published)).arrayBuffer())),
    };
    for (const [channel, text] of Object.entries(channels)) {
      for (const secret of Object.values(SECRET)) expect(text, `${channel}: ${secret}`).not.toContain(secret);
      expect(text, channel).not.toContain(slugs.draftOnly);
      expect(text, channel).not.toContain(slugs.archived);
    }
  });
});
