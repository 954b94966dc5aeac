import Ajv2020 from "ajv/dist/2020";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listSteckbriefe } from "@/app/api/v1/steckbriefe/route";
import { GET as getSteckbrief } from "@/app/api/v1/steckbriefe/[slug]/route";
import { GET as downloadCsv } from "@/app/api/v1/steckbriefe.csv/route";
import { GET as downloadJson } from "@/app/api/v1/steckbriefe.json/route";
import { GET as listKommunen } from "@/app/api/v1/kommunen/route";
import { GET as listThemen } from "@/app/api/v1/themen/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as dcat } from "@/app/api/v1/dcat/route";
import { syncSearchDocuments } from "@/lib/search/index-documents";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchProfiles } from "@/lib/search/search-profiles";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/**
 * The open data API against real PostgreSQL: responses valid against the generated OpenAPI document,
 * the same hits as the HTML search, strict parameters (400, never 500), ETags, nothing unpublished
 * leaves, and the CSV parses back to what the API says.
 */
const db = connectTestDatabase();
const marker = uniqueSlug("offen").replace(/-/g, "");
const slugs = {
  published: uniqueSlug("api-oeffentlich"),
  formula: uniqueSlug("api-formel"),
  draftOnly: uniqueSlug("api-entwurf"),
  archived: uniqueSlug("api-archiv"),
  withWorkingVersion: uniqueSlug("api-arbeitsfassung"),
};
const SECRET_DRAFT_TEXT = `Unveröffentlichter Entwurfstext ${marker}`;

async function profile(
  slug: string,
  options: { published: boolean; archived?: boolean; title?: string; workingTitle?: string; teaser?: string },
) {
  const municipality = await db.municipality.create({
    data: {
      slug: uniqueSlug("api-kommune"),
      name: `Äpfelstädt ${slug}`,
      kind: "GEMEINDE",
      regierungsbezirk: "TUEBINGEN",
      population: 4321,
    },
  });
  const created = await db.profile.create({
    data: { slug, municipalityId: municipality.id, archivedAt: options.archived ? new Date() : null },
  });
  const version = await db.profileVersion.create({
    data: {
      profileId: created.id,
      number: 1,
      title: options.title ?? `Dialog ${marker} in Äpfelstädt`,
      teaser: options.teaser ?? `Begegnung über Wohnungen, Straße und Grüße ${marker}.`,
      costTotal: 2500,
      state: options.published ? "PUBLISHED" : "DRAFT",
      publishedAt: options.published ? new Date() : null,
      contacts: {
        create: [
          { function: "Integrationsbeauftragte", email: "integration@gemeinde.example", personName: `Ohne Einwilligung ${marker}` },
          { function: "Hauptamt", email: "hauptamt@gemeinde.example", personName: "Mit Einwilligung", nameConsentAt: new Date() },
        ],
      },
    },
  });
  await db.profile.update({
    where: { id: created.id },
    data: options.published ? { publishedVersionId: version.id, firstPublishedAt: new Date() } : { workingVersionId: version.id },
  });
  if (options.workingTitle) {
    const working = await db.profileVersion.create({
      data: { profileId: created.id, number: 2, title: options.workingTitle, state: "DRAFT", teaser: options.workingTitle },
    });
    await db.profile.update({ where: { id: created.id }, data: { workingVersionId: working.id } });
  }
}

const request = (path: string, headers: Record<string, string> = {}) => new Request(`http://localhost:3000${path}`, { headers });
const noContext = undefined as never;
const json = async (response: Response) => JSON.parse(await response.text()) as Record<string, unknown>;

let validate: (schemaName: string, data: unknown) => string[];

beforeAll(async () => {
  await profile(slugs.published, { published: true });
  await profile(slugs.formula, {
    published: true,
    title: `=HYPERLINK("http://böse.example") ${marker}`,
    teaser: `@SUMME(1) -1 +1 ${marker}`,
  });
  await profile(slugs.draftOnly, { published: false, title: SECRET_DRAFT_TEXT });
  await profile(slugs.archived, { published: true, archived: true, title: `Archiviert ${marker}` });
  await profile(slugs.withWorkingVersion, { published: true, workingTitle: SECRET_DRAFT_TEXT });
  await syncSearchDocuments(db);

  const document = await json(await openApi(request("/api/v1/openapi.json"), noContext));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ $id: "openapi", components: document.components } as object);
  ajv.addFormat("date-time", true).addFormat("date", true).addFormat("uri", true);
  validate = (schemaName, data) => {
    const check = ajv.compile({ $ref: `openapi#/components/schemas/${schemaName}` });
    return check(data) ? [] : (check.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
});

afterAll(async () => {
  await db.$disconnect();
});

describe("GET /api/v1/steckbriefe", () => {
  it("answers the same hits as the HTML search, valid against the OpenAPI document", async () => {
    const response = await listSteckbriefe(request(`/api/v1/steckbriefe?q=${marker}&typ=gemeinde&proSeite=50`), noContext);
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = await json(response);
    expect(validate("SteckbriefListe", body)).toEqual([]);
    const search = await searchProfiles(parseSearchParams({ q: marker, typ: "gemeinde" }), { pageSize: 50 });
    expect((body.items as { slug: string }[]).map((item) => item.slug)).toEqual(search.items.map((item) => item.slug));
    expect(body.total).toBe(search.total);
    expect([...(body.items as { slug: string }[]).map((item) => item.slug)].sort()).toEqual(
      [slugs.published, slugs.formula, slugs.withWorkingVersion].sort(),
    );
  });

  it("never lets a draft, a working version, an archived profile or an unconsented name out", async () => {
    const text = await (await listSteckbriefe(request(`/api/v1/steckbriefe?q=${marker}&proSeite=100`), noContext)).text();
    expect(text).not.toContain(SECRET_DRAFT_TEXT);
    expect(text).not.toContain(slugs.draftOnly);
    expect(text).not.toContain(slugs.archived);
    expect(text).not.toContain("Ohne Einwilligung");
  });

  it("answers 400 problem+json in German and English for invalid parameters, never 500", async () => {
    for (const query of [
      "typ=dorf",
      "seite=0",
      "seite=abc",
      "proSeite=101",
      "sort=zufall",
      "unbekannt=1",
      `q=${"x".repeat(10_000)}`,
      "jahr=-5",
      "q=a&q=b",
    ]) {
      const response = await listSteckbriefe(request(`/api/v1/steckbriefe?${query}`), noContext);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("content-type")).toContain("application/problem+json");
      const problem = await json(response);
      expect(validate("Problem", problem), query).toEqual([]);
      expect(problem.title).toBe("Ungültige Parameter");
      expect(problem.title_en).toBe("Invalid parameters");
      expect((problem.invalidParams as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it("answers 304 to a client that has the current ETag", async () => {
    const first = await listSteckbriefe(request(`/api/v1/steckbriefe?q=${marker}`), noContext);
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toContain("max-age");
    const second = await listSteckbriefe(request(`/api/v1/steckbriefe?q=${marker}`, { "if-none-match": etag }), noContext);
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
  });
});

describe("GET /api/v1/steckbriefe/<slug>", () => {
  const get = (slug: string) => getSteckbrief(request(`/api/v1/steckbriefe/${slug}`), { params: Promise.resolve({ slug }) });

  it("gives the published version with consented names only, valid against the OpenAPI document", async () => {
    const response = await get(slugs.withWorkingVersion);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(validate("Steckbrief", body)).toEqual([]);
    const content = body.content as { title: string; contacts: { personName: string | null }[]; costTotal: number };
    expect(content.title).toBe(`Dialog ${marker} in Äpfelstädt`);
    expect(content.contacts.map((contact) => contact.personName)).toEqual([null, "Mit Einwilligung"]);
    expect(content.costTotal).toBe(2500);
    expect(JSON.stringify(body)).not.toContain(SECRET_DRAFT_TEXT);
  });

  it("answers 404 for drafts and unknown or malformed slugs, 410 for archived profiles", async () => {
    expect((await get(slugs.draftOnly)).status).toBe(404);
    expect((await get("gibt-es-nicht-" + marker)).status).toBe(404);
    expect((await get("../../etc/passwd")).status).toBe(404);
    expect((await get("x".repeat(5000))).status).toBe(404);
    const gone = await get(slugs.archived);
    expect(gone.status).toBe(410);
    expect(validate("Problem", await json(gone))).toEqual([]);
  });
});

describe("municipalities, topics, OpenAPI and DCAT", () => {
  it("lists municipalities with published profiles only", async () => {
    const body = await json(await listKommunen(request("/api/v1/kommunen?proSeite=100&seite=1"), noContext));
    expect(validate("KommunenListe", body)).toEqual([]);
    const all: { name: string; profileCount: number }[] = [];
    for (let page = 1; page <= Math.ceil((body.total as number) / 100); page += 1) {
      all.push(
        ...((await json(await listKommunen(request(`/api/v1/kommunen?proSeite=100&seite=${page}`), noContext))).items as typeof all),
      );
    }
    const names = all.map((entry) => entry.name);
    expect(names).toContain(`Äpfelstädt ${slugs.published}`);
    expect(names).not.toContain(`Äpfelstädt ${slugs.draftOnly}`);
    expect(names).not.toContain(`Äpfelstädt ${slugs.archived}`);
    expect((await listKommunen(request("/api/v1/kommunen?typ=stadt"), noContext)).status).toBe(400);
  });

  it("lists topics with counts", async () => {
    const body = await json(await listThemen(request("/api/v1/themen"), noContext));
    expect(validate("ThemenListe", body)).toEqual([]);
  });

  it("describes the data set in DCAT-AP.de with its distributions and licence", async () => {
    const response = await dcat(request("/api/v1/dcat"), noContext);
    expect(response.headers.get("content-type")).toContain("application/ld+json");
    const body = await json(response);
    expect(body["@type"]).toBe("dcat:Dataset");
    const distributions = body["dcat:distribution"] as { "dct:license": { "@id": string } }[];
    expect(distributions.length).toBeGreaterThanOrEqual(3);
    for (const distribution of distributions) expect(distribution["dct:license"]["@id"]).toContain("dl-by-de/2.0");
  });
});

describe("downloads", () => {
  it("CSV: UTF-8 with BOM, semicolons, formulas neutralised, the same rows as the API", async () => {
    const response = await downloadCsv(request(`/api/v1/steckbriefe.csv?q=${marker}`), noContext);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("link")).toContain('rel="license"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).replace(/^\uFEFF/, "");
    const rows = parse(text, { delimiter: ";", columns: true }) as Record<string, string>[];
    const api = await json(await listSteckbriefe(request(`/api/v1/steckbriefe?q=${marker}&sort=name&proSeite=100`), noContext));
    expect(rows.map((row) => row.slug)).toEqual((api.items as { slug: string }[]).map((item) => item.slug));
    for (const item of api.items as { slug: string; title: string; municipality: { name: string } }[]) {
      const row = rows.find((entry) => entry.slug === item.slug)!;
      expect(row.kommune).toBe(item.municipality.name);
      expect(row.costTotal).toBe("2500");
      if (item.slug !== slugs.formula) expect(row.title).toBe(item.title);
    }
    const formula = rows.find((row) => row.slug === slugs.formula)!;
    for (const cell of [formula.title, formula.teaser]) expect(cell).toMatch(/^'[=@]/);
    expect(text).not.toContain(SECRET_DRAFT_TEXT);
    expect(text).not.toContain("Ohne Einwilligung");
    expect(text).toContain("Mit Einwilligung");
  });

  it("JSON: every hit as the API's Steckbrief, and invalid filters answer 400", async () => {
    const body = await json(await downloadJson(request(`/api/v1/steckbriefe.json?q=${marker}`), noContext));
    const items = body.items as unknown[];
    expect(items).toHaveLength(3);
    for (const item of items) expect(validate("Steckbrief", item)).toEqual([]);
    expect((await downloadCsv(request("/api/v1/steckbriefe.csv?seite=2"), noContext)).status).toBe(400);
  });
});
