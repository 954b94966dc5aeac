import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveProfileDraftAction } from "@/app/[locale]/redaktion/steckbriefe/[slug]/actions";
import { GET as listSteckbriefe } from "@/app/api/v1/steckbriefe/route";
import { GET as getSteckbrief } from "@/app/api/v1/steckbriefe/[slug]/route";
import { GET as downloadCsv } from "@/app/api/v1/steckbriefe.csv/route";
import { GET as downloadJson } from "@/app/api/v1/steckbriefe.json/route";
import { GET as listKommunen } from "@/app/api/v1/kommunen/route";
import { GET as listThemen } from "@/app/api/v1/themen/route";
import { GET as dcat } from "@/app/api/v1/dcat/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { GET as profilePdf } from "@/app/api/pdf/[slug]/route";
import { createMunicipalityAction } from "@/app/[locale]/redaktion/verwaltung/kommunen/actions";
import { createCatalogItemAction } from "@/app/[locale]/redaktion/verwaltung/themen/actions";
import { MUNICIPALITY_FIELDS } from "@/lib/admin/municipality-schema";
import type { Actor } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { draftShapeSchema, parseDraftContent } from "@/lib/profiles/content-schema";
import { FIELD_KEYS, PROFILE_FIELDS, labelKeyOfPath, type FieldKey } from "@/lib/profiles/fields";
import { emptyFormValues, versionFormInclude, versionToFormValues } from "@/lib/profiles/form-values";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { parseAuditLogQuery } from "@/lib/audit/audit-filters";
import { listAuditEntries } from "@/lib/audit/audit-queries";
import { submitAccessibilityFeedback } from "@/lib/feedback/submit-feedback";
import { accessibilityFeedbackSchema } from "@/lib/feedback/schema";
import { signFormStart } from "@/lib/feedback/form-token";
import { parseSearchParams } from "@/lib/search/search-params";
import { searchProfiles } from "@/lib/search/search-profiles";
import { beginRequestAs, formData, requestScope } from "../support/request-context";
import { hostileDate, hostileNumber, hostileRuns, hostileText, NUL, wrongType } from "../support/hostile";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/*
 * Issue 14, "Hostile input everywhere": random and hostile values (script and HTML injection, SQL
 * meta-characters, megabyte strings, control characters, NUL, lone surrogates, bidi marks, emoji,
 * extreme numbers and dates) sent to every field of the registry, to the save action, to the open
 * data API and to the parameter parsers. Each is stored as it was (or as the draft schema keeps it),
 * or refused with a German message at its field — never another exception, never a 500, and nothing
 * already saved is lost. Only the framework's request scope is replaced (see request-context.ts).
 */
const context = await vi.hoisted(() => import("../support/request-context"));
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), ...context.nextHeaders }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), ...context.nextCache }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), ...context.nextServer }));

const db = connectTestDatabase();
let editor: Actor;
let editorId: string;
let adminActor: Actor;
let profileId: string;
let topicIds: string[] = [];
let formatIds: string[] = [];

beforeAll(async () => {
  const municipality = await db.municipality.create({
    data: { slug: uniqueSlug("feindselig"), name: "Feindseligen", kind: "GEMEINDE", regierungsbezirk: "KARLSRUHE" },
  });
  const user = await db.user.create({
    data: {
      email: `${uniqueSlug("ho-editor")}@example.org`,
      role: "EDITOR",
      assignments: { create: { municipalityId: municipality.id } },
    },
  });
  const admin = await db.user.create({ data: { email: `${uniqueSlug("ho-admin")}@example.org`, role: "ADMIN" } });
  editorId = user.id;
  editor = { id: user.id, role: "EDITOR", municipalityIds: [municipality.id] };
  adminActor = { id: admin.id, role: "ADMIN", municipalityIds: [] };
  profileId = await db.$transaction(async (tx) => {
    const profile = await tx.profile.create({ data: { slug: uniqueSlug("feindselig-profil"), municipalityId: municipality.id } });
    const version = await tx.profileVersion.create({
      data: {
        profileId: profile.id,
        number: 1,
        title: "Veröffentlicht",
        occasion: "Bleibt öffentlich",
        state: "PUBLISHED",
        publishedAt: new Date(),
      },
    });
    await tx.profile.update({ where: { id: profile.id }, data: { publishedVersionId: version.id } });
    return profile.id;
  });
  [topicIds, formatIds] = await Promise.all([
    db.topic.findMany({ take: 3, select: { id: true } }).then((rows) => rows.map((row) => row.id)),
    db.format.findMany({ take: 2, select: { id: true } }).then((rows) => rows.map((row) => row.id)),
  ]);
});

afterAll(async () => {
  await db.$disconnect();
});

/* ------------------------------------------------------------------------------------------------
 * Values per kind of field, derived from the registry: a new field is covered by its kind.
 * --------------------------------------------------------------------------------------------- */

const hugeText = hostileText({ huge: true });
const shortText = hostileText();
const uuid = fc.uuid({ version: 4 });

function hostileValueOf(key: FieldKey, { wrongTypes = true, huge = true } = {}): fc.Arbitrary<unknown> {
  const field = PROFILE_FIELDS[key];
  const text = huge ? hugeText : shortText;
  const anyOf = (...arbitraries: fc.Arbitrary<unknown>[]) =>
    wrongTypes
      ? fc.oneof(...arbitraries.map((arbitrary) => ({ arbitrary, weight: 4 })), { arbitrary: wrongType, weight: 1 })
      : fc.oneof(...arbitraries);
  switch (field.kind) {
    case "text":
    case "plainText":
    case "richText":
    case "list":
      return anyOf(text);
    case "links":
      return anyOf(
        text,
        fc
          .array(
            fc.oneof(
              shortText,
              shortText.map((part) => `https://example.org/${part}`),
              fc.webUrl(),
            ),
            { maxLength: 25 },
          )
          .map((lines) => lines.join("\n")),
      );
    case "integer":
    case "euro":
    case "rating":
      return anyOf(hostileNumber, shortText);
    case "choice":
      return anyOf(fc.constantFrom(...field.values, "", null), shortText);
    case "choices":
      return anyOf(fc.array(fc.oneof(fc.constantFrom(...field.values), shortText), { maxLength: 8 }));
    case "dates":
      return anyOf(fc.array(fc.oneof(hostileDate, shortText), { maxLength: 70 }));
    case "slots":
      return anyOf(fc.array(text, { maxLength: field.count + 1 }));
    case "relation": {
      const known = field.relation === "topics" ? topicIds : formatIds;
      return anyOf(fc.array(fc.oneof(uuid, shortText, ...(known.length ? [fc.constantFrom(...known)] : [])), { maxLength: 35 }));
    }
    case "contacts": {
      const contact = fc.record(
        {
          function: shortText,
          office: shortText,
          email: fc.oneof(
            shortText,
            fc.emailAddress(),
            shortText.map((part) => `${part}@example.org`),
          ),
          phone: fc.oneof(shortText, fc.constantFrom("+49 (0)711 / 123-456", "0".repeat(31), "++++++")),
          personName: shortText,
          nameConsentAt: fc.oneof(shortText, hostileDate),
        },
        { requiredKeys: [] },
      );
      return anyOf(fc.array(fc.oneof(contact, wrongType), { maxLength: 12 }));
    }
  }
}

const GERMAN_MESSAGE = /^(?![A-Z][A-Za-z]*\.[\w.-]+$).*\p{L}/su;

/** What the form must show after a save: the value the draft schema kept as typed, or what the column holds. */
function expectedFormValue(key: FieldKey, values: Record<string, unknown>) {
  const parsed = parseDraftContent(values);
  if (!parsed.success) throw new Error("expected a parsable draft");
  if (key in parsed.invalidInputs) return JSON.parse(JSON.stringify(parsed.invalidInputs[key as keyof typeof parsed.invalidInputs]));
  return undefined; // compared through the column (below)
}

async function currentWorking() {
  const profile = await db.profile.findUniqueOrThrow({
    where: { id: profileId },
    include: { workingVersion: { include: versionFormInclude } },
  });
  return profile.workingVersion;
}

/**
 * One save of `values` as the editor; returns what happened. A refusal must be invalid-input with
 * German messages at fields, and must leave the stored version exactly as it was.
 */
async function saveHostile(values: Record<string, unknown>, sentKeys: readonly string[]) {
  const before = await currentWorking();
  const input = { profileId, versionId: before?.id ?? null, baseRevision: before?.revision ?? 0, values };
  let outcome: Awaited<ReturnType<typeof saveWorkingVersion>>;
  try {
    outcome = await saveWorkingVersion({ actor: editor, input });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "invalid-input") throw error;
    const messages = translateFieldErrors(await getServerTranslator("de"), error.fieldErrors ?? {}, labelKeyOfPath);
    expect(Object.keys(messages).length).toBeGreaterThan(0);
    for (const [path, message] of Object.entries(messages)) {
      expect(sentKeys, `error at a field that was not sent: ${path}`).toContain(path.split(".")[0]);
      expect(message).toMatch(GERMAN_MESSAGE);
    }
    const after = await currentWorking();
    expect(after?.revision).toBe(before?.revision);
    if (before && after) expect(versionToFormValues(after)).toEqual(versionToFormValues(before));
    return { refused: true as const };
  }
  expect(outcome.outcome).toBe("saved");
  const after = (await currentWorking())!;
  return { refused: false as const, stored: versionToFormValues(after), after };
}

describe("every field of the registry under hostile values", () => {
  it.each(FIELD_KEYS)("%s: stored as the draft schema keeps it, or refused in German — never another error", async (key) => {
    await fc.assert(
      fc.asyncProperty(hostileValueOf(key), async (value) => {
        const values = { ...emptyFormValues("Feindselige Eingaben"), [key]: value } as Record<string, unknown>;
        const result = await saveHostile(values, [key]);
        if (result.refused) return;
        const kept = expectedFormValue(key, values);
        if (kept !== undefined) {
          expect(result.stored[key]).toEqual(kept);
        } else if (["text", "plainText", "richText"].includes(PROFILE_FIELDS[key].kind) && typeof value === "string") {
          // Text is stored exactly (trimmed): escaping is the renderer's job, not the database's.
          expect(result.stored[key]).toBe((value as string).trim());
        }
      }),
      hostileRuns(12),
    );
  });

  it("a whole form of hostile values, each of a shape a draft takes: always saved, each field as the draft schema keeps it", async () => {
    const acceptable = (key: FieldKey) => {
      const field = PROFILE_FIELDS[key];
      if (field.kind === "relation") return fc.subarray(field.relation === "topics" ? topicIds : formatIds);
      const shape = draftShapeSchema.shape[key];
      return hostileValueOf(key, { wrongTypes: false, huge: false }).filter((value) => shape.safeParse(value).success);
    };
    const everyField = fc.record(
      Object.fromEntries(FIELD_KEYS.map((key) => [key, acceptable(key)])) as Record<string, fc.Arbitrary<unknown>>,
    );
    await fc.assert(
      fc.asyncProperty(everyField, async (values) => {
        const result = await saveHostile(values, FIELD_KEYS);
        expect(result.refused).toBe(false);
        if (result.refused) return;
        for (const key of FIELD_KEYS) {
          const kept = expectedFormValue(key, values);
          if (kept !== undefined) expect(result.stored[key]).toEqual(kept);
        }
      }),
      hostileRuns(25),
    );
  });

  it("the save action refuses NUL and crafted shapes with a German message at the field, and keeps what was saved", async () => {
    await beginRequestAs(db, editorId);
    const key = fc.constantFrom(...FIELD_KEYS);
    await fc.assert(
      fc.asyncProperty(key, hostileText({ nul: true, surrogates: true }), async (field, value) => {
        const before = await currentWorking();
        const withNul = `${value}${NUL}`;
        const kind = PROFILE_FIELDS[field].kind;
        const sent = ["choices", "dates", "slots", "relation"].includes(kind)
          ? [withNul]
          : kind === "contacts"
            ? [{ function: withNul, email: "a@example.org" }]
            : withNul;
        const result = await saveProfileDraftAction({
          profileId,
          versionId: before?.id ?? null,
          baseRevision: before?.revision ?? 0,
          values: { ...emptyFormValues("Feindselige Eingaben"), [field]: sent },
        });
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe("invalid-input");
        const paths = Object.keys(result.error.fieldErrors ?? {});
        expect(paths.some((path) => path.startsWith(`values.${field}`))).toBe(true);
        for (const message of Object.values(result.error.fieldErrors ?? {})) expect(message).toMatch(GERMAN_MESSAGE);
        expect((await currentWorking())?.revision).toBe(before?.revision);
      }),
      hostileRuns(25),
    );
  });
});

describe("what the properties found (each failed before its fix)", () => {
  async function save(values: Record<string, unknown>) {
    const before = await currentWorking();
    return saveWorkingVersion({
      actor: editor,
      input: { profileId, versionId: before?.id ?? null, baseRevision: before?.revision ?? 0, values },
    });
  }

  it("a blank or missing title is refused at the title in German (was: CHECK constraint, internal error)", async () => {
    for (const title of ["", "   ", "\u00A0\t", undefined]) {
      const values = { ...emptyFormValues("x"), occasion: "Darf nicht verloren gehen", title } as Record<string, unknown>;
      const result = await saveHostile(values, ["title"]);
      expect(result.refused).toBe(true);
    }
    const error = await save({ ...emptyFormValues("  "), occasion: "y" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    const messages = translateFieldErrors(await getServerTranslator("de"), (error as AppError).fieldErrors!, labelKeyOfPath);
    expect(messages.title).toBe("Bitte füllen Sie dieses Feld aus.");
  });

  it("a source address with a space is kept as typed, not written into the column (was: CHECK constraint, internal error)", async () => {
    const typed = "https://example.org/ mit Leerzeichen\nhttps://example.org/gut";
    const result = await save({ ...emptyFormValues("Quellen"), sourceUrls: typed });
    expect(result).toMatchObject({ outcome: "saved", invalidFields: ["sourceUrls"] });
    const stored = (await currentWorking())!;
    expect(stored.sourceUrls).toEqual(["https://example.org/gut"]);
    expect(versionToFormValues(stored).sourceUrls).toBe(typed);
  });

  it("a crafted contact with unknown keys is saved without them (was: Prisma refused `undefined` in the JSON column)", async () => {
    const contacts = [{ "": [undefined], function: "Amt", polluted: "<script>" }, { personName: " \u000e" }];
    const result = await save({ ...emptyFormValues("Kontakte"), contacts });
    expect(result.outcome).toBe("saved");
    const stored = (await currentWorking())!;
    expect(JSON.stringify(stored.invalidInputs)).not.toContain("polluted");
    expect(versionToFormValues(stored).contacts).toEqual([{ function: "Amt" }, { personName: " \u000e" }]);
  });

  it("lone surrogates through the save action: saved or refused at the field, never an internal error", async () => {
    await beginRequestAs(db, editorId);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...FIELD_KEYS), hostileText({ surrogates: true }), async (field, value) => {
        const before = await currentWorking();
        const kind = PROFILE_FIELDS[field].kind;
        const sent = ["choices", "dates", "slots", "relation"].includes(kind)
          ? [value]
          : kind === "contacts"
            ? [{ function: value, email: "a@example.org" }]
            : value;
        const result = await saveProfileDraftAction({
          profileId,
          versionId: before?.id ?? null,
          baseRevision: before?.revision ?? 0,
          values: { ...emptyFormValues("Ungültiges Unicode"), [field]: sent },
        });
        if (!result.ok) expect(result.error.code).toBe("invalid-input");
      }),
      {
        ...hostileRuns(40),
        examples: [
          ["occasion", "\uD800"],
          ["eventDates", "a\uDC00b"],
          ["contacts", "\uDFFF"],
        ],
      },
    );
  });
});

describe("administration forms under hostile values", () => {
  it("creating a municipality: created, or refused in German at its fields — never an internal error", async () => {
    // Valid choices often enough that hostile text reaches the database, not only the refusal of an unknown kind.
    const choice: Record<string, fc.Arbitrary<string>> = {
      kind: fc.constantFrom("GEMEINDE", "STADT", "LANDKREIS"),
      regierungsbezirk: fc.constantFrom("FREIBURG", "KARLSRUHE", "STUTTGART", "TUEBINGEN"),
      landkreisId: fc.constant(""),
    };
    const form = fc.record(
      Object.fromEntries(
        MUNICIPALITY_FIELDS.map((field) => [
          field,
          choice[field]
            ? fc.oneof({ arbitrary: choice[field], weight: 4 }, hostileText())
            : fc.oneof(hostileText(), hostileNumber.map(String)),
        ]),
      ),
    );
    await fc.assert(
      fc.asyncProperty(form, async (values) => {
        await beginRequestAs(db, adminActor.id);
        const state = await createMunicipalityAction(null, formData(values as Record<string, string>));
        if (state && !state.ok) {
          expect(state.error.code).not.toBe("internal");
          for (const message of Object.values(state.error.fieldErrors ?? {})) expect(message).toMatch(GERMAN_MESSAGE);
        }
      }),
      hostileRuns(25),
    );
  });

  it("creating a topic or format: created, or refused in German — never an internal error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("topic", "format", "<script>"), hostileText({ huge: true }), async (kind, name) => {
        await beginRequestAs(db, adminActor.id);
        const state = await createCatalogItemAction(null, formData({ kind, name }));
        if (state && !state.ok) expect(state.error.code).not.toBe("internal");
      }),
      hostileRuns(25),
    );
  });
});

/* ------------------------------------------------------------------------------------------------
 * The open data API: hostile query parameters and path segments, never a 500.
 * --------------------------------------------------------------------------------------------- */

const QUERY_NAMES = [
  "q",
  "seite",
  "page",
  "pageSize",
  "limit",
  "typ",
  "bezirk",
  "kreis",
  "thema",
  "format",
  "jahr",
  "teilnehmende",
  "kosten",
  "sort",
  "fields",
  "__proto__",
  "",
];

const hostileQuery = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...QUERY_NAMES), hostileText({ nul: true })),
      fc.oneof(hostileText({ nul: true }), hostileNumber.map(String), hostileDate),
    ),
    {
      maxLength: 6,
    },
  )
  .map((pairs) => {
    const query = new URLSearchParams();
    for (const [name, value] of pairs) query.append(name, value);
    return query.toString();
  });

async function expectNo500(response: Response) {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400 && response.status !== 429) {
    expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
    const problem = await response.json();
    expect(problem.status).toBe(response.status);
  } else {
    await response.arrayBuffer();
  }
}

describe("the open data API under hostile parameters", () => {
  const routes = { listSteckbriefe, downloadCsv, downloadJson, listKommunen, listThemen, dcat, openApi };
  const previousLimit = process.env.API_RATE_LIMIT;
  beforeAll(() => {
    process.env.API_RATE_LIMIT = "0"; // the properties send hundreds of requests from one client
  });
  afterAll(() => {
    if (previousLimit === undefined) delete process.env.API_RATE_LIMIT;
    else process.env.API_RATE_LIMIT = previousLimit;
  });

  it.each(Object.keys(routes))("%s answers < 500, problem+json on 4xx", async (name) => {
    const handler = routes[name as keyof typeof routes] as (request: Request, context: never) => Promise<Response>;
    await fc.assert(
      fc.asyncProperty(hostileQuery, async (query) => {
        await beginRequestAs(db, null);
        await expectNo500(await handler(requestScope.request(`/api/v1/x?${query}`), {} as never));
      }),
      hostileRuns(name === "listSteckbriefe" ? 40 : 15),
    );
  });

  it("a single Steckbrief with a hostile slug answers < 500", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText({ nul: true, surrogates: true, huge: true }), hostileQuery, async (slug, query) => {
        await beginRequestAs(db, null);
        const response = await getSteckbrief(requestScope.request(`/api/v1/steckbriefe/x?${query}`), {
          params: Promise.resolve({ slug }),
        } as never);
        await expectNo500(response);
      }),
      hostileRuns(30),
    );
  });
});

describe("published hostile text in the public read model", () => {
  it("the PDF and the API's Steckbrief answer 200 for hostile published text, the JSON holding it exactly", async () => {
    const municipality = await db.municipality.create({
      data: {
        slug: uniqueSlug("oeffentlich-feindselig"),
        name: "Öffentlich <b>Feindselig</b>",
        kind: "STADT",
        regierungsbezirk: "STUTTGART",
      },
    });
    const published = fc.record({
      title: hostileText().filter((title) => title.trim().length >= 3 && title.length <= 120),
      teaser: hostileText().map((teaser) => teaser.slice(0, 600)),
      occasion: hostileText().map((occasion) => occasion.slice(0, 6000)),
      quoteText: hostileText().map((quote) => quote.slice(0, 800)),
      quoteAuthor: hostileText().map((author) => author.slice(0, 150)),
    });
    await fc.assert(
      fc.asyncProperty(published, async (texts) => {
        const slug = uniqueSlug("feindselig-veroeffentlicht");
        await db.$transaction(async (tx) => {
          const profile = await tx.profile.create({ data: { slug, municipalityId: municipality.id } });
          const version = await tx.profileVersion.create({
            data: { profileId: profile.id, number: 1, ...texts, state: "PUBLISHED", publishedAt: new Date() },
          });
          await tx.profile.update({ where: { id: profile.id }, data: { publishedVersionId: version.id } });
        });
        const pdf = await profilePdf(requestScope.request(`/api/pdf/${slug}`), { params: Promise.resolve({ slug }) } as never);
        expect(pdf.status).toBe(200);
        expect((await pdf.arrayBuffer()).byteLength).toBeGreaterThan(1000);
        const api = await getSteckbrief(requestScope.request(`/api/v1/steckbriefe/${slug}`), {
          params: Promise.resolve({ slug }),
        } as never);
        expect(api.status).toBe(200);
        const body = await api.json();
        expect(JSON.stringify(body)).toContain(JSON.stringify(texts.title.trim()).slice(1, -1));
      }),
      hostileRuns(8),
    );
  });
});

/* ------------------------------------------------------------------------------------------------
 * Parsers and services behind search, the audit log and the feedback form.
 * --------------------------------------------------------------------------------------------- */

const hostileParams = fc.dictionary(
  fc.oneof(fc.constantFrom(...QUERY_NAMES, "aktion", "person", "objekt", "von", "bis", "aelter-als", "neuer-als"), shortText),
  fc.oneof(hostileText({ nul: true, surrogates: true }), fc.array(shortText, { maxLength: 3 }), hostileDate),
  { maxKeys: 6 },
);

describe("search, audit log and feedback under hostile input", () => {
  it("the search runs every parse of hostile parameters without an error", async () => {
    await fc.assert(
      fc.asyncProperty(hostileParams, async (params) => {
        const parsed = parseSearchParams(params as Record<string, string | string[]>);
        const result = await searchProfiles(parsed, { pageSize: 5 });
        expect(result.total).toBeGreaterThanOrEqual(0);
      }),
      hostileRuns(30),
    );
  });

  it("the audit log filters take hostile parameters and the query runs", async () => {
    await fc.assert(
      fc.asyncProperty(hostileParams, async (params) => {
        const query = parseAuditLogQuery(params as Record<string, string | string[]>);
        const page = await listAuditEntries({ actor: adminActor, query });
        expect(Array.isArray(page.entries)).toBe(true);
      }),
      hostileRuns(30),
    );
  });

  it("the feedback service stores hostile text exactly, or the schema refuses it", async () => {
    const startedAt = signFormStart(new Date(Date.now() - 60_000));
    let stored = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          message: hostileText({ huge: true }),
          name: shortText,
          email: fc.oneof(shortText, fc.emailAddress()),
          page: shortText,
        }),
        async (fields) => {
          const parsed = accessibilityFeedbackSchema.safeParse({ ...fields, website: "", startedAt });
          if (!parsed.success) return;
          const { id } = await submitAccessibilityFeedback({ input: parsed.data, clientKey: uniqueSlug(`hostile-${stored++}`) });
          const row = await db.accessibilityFeedback.findUniqueOrThrow({ where: { id } });
          expect(row.message).toBe(parsed.data.message);
          expect(row.name).toBe(parsed.data.name ?? null);
        },
      ),
      hostileRuns(25),
    );
  });
});
