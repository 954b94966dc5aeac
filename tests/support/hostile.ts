import fc from "fast-check";

/**
 * Hostile input for property-based tests (issue 14, "Hostile input everywhere"): what an attacker, a
 * broken client or a careless paste sends. One fixed seed (HOSTILE_SEED overrides it) so that a failure
 * is reproduced by running the test again; fast-check prints the seed and the shrunk counterexample.
 */
export const HOSTILE_SEED = Number(process.env.HOSTILE_SEED ?? 20261201);

/** fast-check parameters of every hostile property: the seed above, a modest number of runs. */
export function hostileRuns(numRuns: number): fc.Parameters<unknown> {
  return { seed: HOSTILE_SEED, numRuns, endOnFailure: false };
}

export const NUL = "\u0000";
export const ONE_MEGABYTE = 1024 * 1024;

/** Strings that broke (or were meant to break) web applications; none may execute or fail with a 500. */
export const PAYLOADS = [
  "<script>alert('xss')</script>",
  '"><img src=x onerror=alert(document.cookie)>',
  "<svg/onload=alert(1)>",
  "</script><script>alert(1)</script>",
  "<!--",
  "]]><x>",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "[Link](javascript:alert(1)) **fett** _kursiv_",
  `'; DROP TABLE "Profile"; --`,
  "' OR '1'='1",
  "1; SELECT pg_sleep(10)--",
  "$1 $$ E'\\x27' \\",
  "%27%20OR%201%3D1",
  "%00",
  "{{7*7}} ${7*7} #{7*7}",
  "../../../../etc/passwd",
  "%s%s%n%x",
  '=HYPERLINK("https://angreifer.example";"klick")',
  "+1+1",
  "-2-2",
  "@SUM(A1:A9)",
  "\tTabulator",
  "\rWagenrücklauf",
  "\u202Egnp.exe\u202C",
  "\u200F\u200E\u061C",
  "\uFEFFBOM",
  "\u2028\u2029",
  "\u0007\u001B[31mrot\u001B[0m\u007F\u0085",
  "👩🏽‍🚀🇩🇪 ✊🏿",
  "Ä Ö Ü ä ö ü ß ẞ",
  "Z̷̢͎̈́a̴̘͝l̸̙̓g̵͇͂o̷͔̾",
  "   ",
  "",
  "NaN",
  "Infinity",
  "-0",
  "1e308",
  "-1e-308",
  "9".repeat(400),
  "0x1F",
  "__proto__",
  "constructor",
] as const;

/** Lone surrogates: invalid Unicode that a crafted JSON body (not a browser form) can carry. */
export const LONE_SURROGATES = ["\uD800", "\uDFFF", "a\uDC00b", "\uDBFF\uDBFF"] as const;

/** Any UTF-16 code unit, NUL and lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export interface HostileTextOptions {
  /** include NUL (refused at the action boundary: PostgreSQL text cannot hold it) */
  nul?: boolean;
  /** include lone surrogates */
  surrogates?: boolean;
  /** include strings of a megabyte and more */
  huge?: boolean;
}

function keep(options: HostileTextOptions) {
  return (text: string) =>
    (options.nul || !text.includes(NUL)) &&
    (options.surrogates || !/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")));
}

/** One hostile string: a known payload, random code units, a mix of both, or (optionally) a megabyte of it. */
export function hostileText(options: HostileTextOptions = {}): fc.Arbitrary<string> {
  const payload = fc.constantFrom<string>(
    ...PAYLOADS,
    ...(options.surrogates ? LONE_SURROGATES : []),
    ...(options.nul ? [NUL, `a${NUL}b`] : []),
  );
  const random = fc.string({ unit: codeUnit, maxLength: 60 }).filter(keep(options));
  const mixed = fc.array(fc.oneof(payload, random), { minLength: 2, maxLength: 6 }).map((parts) => parts.join(" "));
  const arbitraries: fc.WeightedArbitrary<string>[] = [
    { arbitrary: payload, weight: 4 },
    { arbitrary: random, weight: 2 },
    { arbitrary: mixed, weight: 3 },
  ];
  if (options.huge) {
    arbitraries.push({
      arbitrary: payload.map((text) => (text || "x").repeat(Math.ceil(ONE_MEGABYTE / Math.max(1, text.length)))),
      weight: 1,
    });
  }
  return fc.oneof(...arbitraries);
}

/** Numbers and number-like values at the edges. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, -0, NaN, Infinity, -Infinity, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, 1e308, -1e308, 5e-324, 0.1 + 0.2),
  fc.double(),
  fc.integer(),
  fc.constantFrom("1e308", "-1", "0,001", "4.600,50", "4.6OO", "１２３", "٣", "1_000", "0x10", "  12  ", "1.2.3,4,5", "-0,00"),
);

/** Calendar days at and beyond the edges, and strings that look almost like one. */
export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom(
    "2016-02-30",
    "2016-13-01",
    "0000-00-00",
    "+275760-09-13",
    "-271821-04-20",
    "9999-12-31",
    "1970-01-01",
    "2024-02-29",
    "2023-02-29",
    "2016-10-20T25:61:00Z",
    "20.10.2016",
  ),
);

/** Values of the wrong type where a string or a list is expected. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, 42, [], {}, [[]], { toString: "x" }, { __proto__: { polluted: true } }),
  fc.object({ maxDepth: 1 }),
);
