import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptInvitationSchema, invitationSchema } from "@/lib/accounts/invitation-schema";
import { requestPasswordResetSchema, resetPasswordSchema } from "@/lib/accounts/password-reset-schema";
import { parseNoQuery, parsePagingQuery, parseSteckbriefQuery } from "@/lib/api/query";
import { parseAuditLogQuery } from "@/lib/audit/audit-filters";
import { signInSchema } from "@/lib/auth/schema";
import { accessibilityFeedbackSchema } from "@/lib/feedback/schema";
import { csvRows } from "@/lib/format/csv";
import { fieldErrorRefs } from "@/lib/forms/field-errors";
import { getServerTranslator } from "@/lib/i18n/server-translator";
import { translateFieldErrors } from "@/lib/i18n/translate";
import { atomFeedXml } from "@/lib/public/feed";
import { serializeJsonLd } from "@/lib/public/json-ld";
import { listingStateFromSegment, parseListingParams, serializeListingState } from "@/lib/public/listing-params";
import { escapeXml } from "@/lib/public/xml";
import { parseRichText, richTextToPlain } from "@/lib/rich-text/parse";
import { parseSearchParams, toQueryString } from "@/lib/search/search-params";
import { hostileDate, hostileNumber, hostileRuns, hostileText, PAYLOADS } from "@/tests/support/hostile";

/*
 * Issue 14, "Hostile input everywhere", the pure half: the writers of the public read model escape
 * what users typed (JSON-LD, Atom, CSV, the rich-text subset), and the parsers of search, listing,
 * audit log and API parameters and the account and feedback schemas never throw — they answer with a
 * value or with German messages. The database half: tests/integration/hostile-input.test.ts.
 */

const text = hostileText();
const textWithControls = hostileText({ nul: true });
const GERMAN_MESSAGE = /^(?![A-Z][A-Za-z]*\.[\w.-]+$).*\p{L}/su;

const params = fc.dictionary(
  fc.oneof(fc.constantFrom("q", "seite", "typ", "bezirk", "kreis", "thema", "format", "jahr", "teilnehmende", "kosten", "sort"), text),
  fc.oneof(textWithControls, fc.array(textWithControls, { maxLength: 4 }), hostileNumber.map(String), hostileDate),
  { maxKeys: 8 },
);

describe("writers of the public read model escape hostile text", () => {
  it("JSON-LD: no `<` survives (no `</script>`), and the JSON reads back to the same data", () => {
    fc.assert(
      fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text, { maxLength: 3 }))), (data) => {
        const serialized = serializeJsonLd(data);
        expect(serialized).not.toMatch(/[<>]/);
        expect(serialized).not.toMatch(/[\u2028\u2029]/);
        expect(JSON.parse(serialized)).toEqual(data);
      }),
      hostileRuns(50),
    );
  });

  it("Atom feed: user text never opens a tag, every & is an entity, no character XML forbids", () => {
    const entry = fc.record({
      slug: fc.constantFrom("tuebingen", "a-b-c"),
      title: textWithControls,
      teaser: textWithControls,
      municipalityName: textWithControls,
      published: fc.constant("2026-01-01T00:00:00.000Z"),
      updated: fc.constant("2026-01-02T00:00:00.000Z"),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 4 }), text, (entries, title) => {
        const xml = atomFeedXml(entries, { title, subtitle: title, author: title }, "https://portal.example/");
        const tags = [...xml.matchAll(/<\/?([A-Za-z?][\w:?-]*)/g)].map((match) => match[1]);
        expect(new Set(tags)).toEqual(
          new Set([
            "?xml",
            "feed",
            "id",
            "title",
            "subtitle",
            "link",
            "updated",
            "author",
            "name",
            ...(entries.length ? ["entry", "published", "summary"] : []),
          ]),
        );
        expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
        expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
      }),
      hostileRuns(50),
    );
  });

  it("escapeXml leaves nothing that could end an attribute or start markup", () => {
    fc.assert(
      fc.property(textWithControls, (value) => {
        expect(escapeXml(value)).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|apos);)/);
      }),
      hostileRuns(50),
    );
  });

  it("CSV: every cell reads back as written, and no cell starts as a spreadsheet formula", () => {
    const cell = fc.oneof(
      text,
      fc.constantFrom(...PAYLOADS.filter((payload) => /^[=+\-@\t\r]/.test(payload))),
      fc.integer(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const parsed: string[][] = parse(csvRows(rows), { delimiter: ";", relax_column_count: true });
        expect(parsed).toHaveLength(rows.length);
        parsed.forEach((row, rowIndex) =>
          row.forEach((value, column) => {
            const written = rows[rowIndex]![column];
            // Text from users is neutralised; numbers (e.g. -1) are numbers, not formulas.
            if (typeof written === "string") expect(value).not.toMatch(/^[=+\-@\t\r]/);
            const expected = written === null ? "" : String(written);
            expect(value === expected || value === `'${expected}`).toBe(true);
          }),
        );
      }),
      { ...hostileRuns(50), examples: [[[["Zeile 1\nZeile 2", 1]]], [[["\rWagenrücklauf", 0]]]] },
    );
  });

  it("rich text: only http(s) and mailto links survive, whatever is typed", () => {
    const long = fc.constantFrom("[a", "**a", "[x](", "- ", "\n\n", "](", "**").map((unit) => unit.repeat(24_000 / unit.length));
    fc.assert(
      fc.property(fc.oneof(text, long), (source) => {
        const blocks = parseRichText(source);
        richTextToPlain(source);
        const links = JSON.stringify(blocks).match(/"href":"[^"]*"/g) ?? [];
        for (const link of links) expect(link).toMatch(/^"href":"(https?:\/\/|mailto:)/i);
      }),
      hostileRuns(40),
    );
  });
});

describe("rich text in linear time", () => {
  it("48,000 characters of unclosed link brackets parse in well under a second (quadratic before: about 7 s)", () => {
    for (const unit of ["[a", "[x]("]) {
      const started = performance.now();
      parseRichText(unit.repeat(48_000 / unit.length));
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe("parameter parsers never throw", () => {
  it("search and listing parameters: a value, whatever is sent, and it serialises back to a valid state", () => {
    fc.assert(
      fc.property(params, (query) => {
        const search = parseSearchParams(query as Record<string, string | string[]>);
        expect(parseSearchParams(new URLSearchParams(toQueryString(search)))).toEqual(search);
        const listing = parseListingParams(query as Record<string, string | string[]>);
        expect(parseListingParams(serializeListingState(listing))).toEqual(listing);
      }),
      hostileRuns(50),
    );
  });

  it("listing path segments and audit log filters", () => {
    fc.assert(
      fc.property(textWithControls, params, (segment, query) => {
        listingStateFromSegment(segment);
        parseAuditLogQuery(query as Record<string, string | string[]>);
      }),
      hostileRuns(50),
    );
  });

  it("open data API queries: accepted, or refused naming the parameters", () => {
    fc.assert(
      fc.property(params, (query) => {
        const search = new URLSearchParams();
        for (const [name, value] of Object.entries(query)) for (const entry of [value].flat()) search.append(name, entry);
        for (const parsed of [parseSteckbriefQuery(search), parsePagingQuery(search), parseNoQuery(search)]) {
          if (!parsed.ok) expect(parsed.invalid.length).toBeGreaterThan(0);
        }
      }),
      hostileRuns(50),
    );
  });
});

describe("account and feedback schemas answer hostile input in German", () => {
  const schemas = {
    signIn: signInSchema,
    requestPasswordReset: requestPasswordResetSchema,
    resetPassword: resetPasswordSchema,
    invitation: invitationSchema,
    acceptInvitation: acceptInvitationSchema,
    feedback: accessibilityFeedbackSchema,
  };
  const fields = fc.dictionary(
    fc.constantFrom(
      "email",
      "password",
      "passwordConfirmation",
      "token",
      "name",
      "role",
      "municipalityIds",
      "message",
      "page",
      "website",
      "startedAt",
    ),
    fc.oneof(hostileText({ huge: true }), fc.array(text, { maxLength: 3 }), hostileNumber, fc.constant(null)),
  );

  it.each(Object.keys(schemas))("%s: parsed, or every problem is a German message", async (name) => {
    const t = await getServerTranslator("de");
    const schema = schemas[name as keyof typeof schemas];
    fc.assert(
      fc.property(fields, (input) => {
        const parsed = schema.safeParse(input);
        if (parsed.success) return;
        for (const message of Object.values(translateFieldErrors(t, fieldErrorRefs(parsed.error)))) expect(message).toMatch(GERMAN_MESSAGE);
      }),
      hostileRuns(40),
    );
  });
});
