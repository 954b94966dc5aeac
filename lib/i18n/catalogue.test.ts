import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { CATALOGUE_PARTS } from "./messages";
import { routing } from "./routing";

/**
 * Every text the code asks for is in the catalogue, and every text in the catalogue is asked for.
 *
 * The code is read as text: translators bound to a namespace (`const t = useTranslations("Editor")`,
 * also inside `Promise.all([...])`), their calls with a literal or template key, and full keys written
 * anywhere ("Validation.tooLong", `Fields.${key}.label` — the field registry builds its keys this way).
 * A template key is a pattern: it must match at least one catalogue key, and it counts as a use of
 * every key it matches.
 */
const root = resolve(import.meta.dirname, "../..");
const SOURCE_FOLDERS = ["app", "components", "lib", "prisma/demo"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "messages" || name === "testdata" ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function leafKeys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => leafKeys(child, prefix ? `${prefix}.${key}` : key));
}

const readPart = (locale: string, part: string) =>
  JSON.parse(readFileSync(join(root, `lib/i18n/messages/${locale}/${part}.json`), "utf8")) as Record<string, unknown>;
const parts = CATALOGUE_PARTS.map((part) => ({ part, messages: readPart(routing.defaultLocale, part) }));
const catalogue = new Set(parts.flatMap(({ messages }) => leafKeys(messages)));
const namespaces = new Set([...catalogue].map((key) => key.split(".")[0]!));

/** A key with `${…}` parts as a regular expression over catalogue keys (a part is one or more segments). */
function keyPattern(key: string): RegExp {
  const escaped = key
    .split(/\$\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\w.-]+");
  return new RegExp(`^${escaped}$`);
}

interface Use {
  file: string;
  /** candidate full keys (a call on a translator bound to several namespaces in one file) */
  candidates: string[];
}

function usesIn(file: string): Use[] {
  // Comments may name keys or fields in backticks; only code counts.
  const source = readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|\s)\/\/.*$/gm, "$1");
  const where = relative(root, file);
  const bound = new Map<string, Set<string>>();
  const bind = (name: string, namespace: string) => bound.set(name, (bound.get(name) ?? new Set()).add(namespace));
  for (const match of source.matchAll(
    /(\w+)\s*=\s*(?:await\s+)?(?:useTranslations|getTranslations)\(\s*(?:"([\w.]+)"|\{[^}]*namespace:\s*"([\w.]+)"[^}]*\})?\s*\)/g,
  )) {
    bind(match[1]!, match[2] ?? match[3] ?? "");
  }
  for (const match of source.matchAll(/\[([\w\s,]+)\]\s*=\s*await Promise\.all\(\[([\s\S]*?)\]\)/g)) {
    const names = match[1]!.split(",").map((name) => name.trim());
    const calls = match[2]!.split(/,\s*(?![^()]*\))/).map((entry) => entry.trim());
    calls.forEach((call, index) => {
      const namespace = /^(?:useTranslations|getTranslations)\(\s*"([\w.]+)"\s*\)$/.exec(call)?.[1];
      if (namespace !== undefined && names[index]) bind(names[index]!, namespace);
      else if (/^(?:useTranslations|getTranslations)\(\s*\)$/.test(call) && names[index]) bind(names[index]!, "");
    });
  }
  const uses: Use[] = [];
  const full = (namespace: string, key: string) => (namespace ? `${namespace}.${key}` : key);
  for (const match of source.matchAll(/\b(\w+)(?:\.(?:rich|markup|raw|has))?\(\s*(?:"([^"\n]+)"|`([^`\n]+)`)/g)) {
    const scopes = bound.get(match[1]!);
    if (!scopes) continue;
    const key = match[2] ?? match[3]!;
    uses.push({ file: where, candidates: [...scopes].map((namespace) => full(namespace, key)) });
  }
  // A computed key (`tKinds(municipality.kind)`): any key below the namespace may be meant.
  for (const match of source.matchAll(/\b(\w+)(?:\.(?:rich|markup|raw|has))?\(\s*(?!["'`)\s])/g)) {
    // (On the whole catalogue a computed key is built from a full key written elsewhere, e.g. fieldLabelKey().)
    const scopes = [...(bound.get(match[1]!) ?? [])].filter(Boolean);
    if (scopes.length > 0) uses.push({ file: where, candidates: scopes.map((namespace) => full(namespace, "${computed}")) });
  }
  // Full keys written anywhere: "Validation.tooLong", `Fields.${key}.label`.
  for (const match of source.matchAll(/["`]([A-Z][A-Za-z]+(?:\.(?:[\w-]+|\$\{[^}`]+\}))+)["`]/g)) {
    if (namespaces.has(match[1]!.split(".")[0]!)) uses.push({ file: where, candidates: [match[1]!] });
  }
  return uses;
}

const uses = SOURCE_FOLDERS.flatMap((folder) => sourceFiles(join(root, folder))).flatMap(usesIn);
const matches = (candidate: string, key: string) => (candidate.includes("${") ? keyPattern(candidate).test(key) : candidate === key);

describe("message catalogue", () => {
  it("keeps each namespace in one file (the parts are merged by namespace, a second one would hide the first)", () => {
    const owners = new Map<string, string[]>();
    for (const { part, messages } of parts)
      for (const namespace of Object.keys(messages)) owners.set(namespace, [...(owners.get(namespace) ?? []), part]);
    expect([...owners].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it("has every key the code uses", () => {
    // A namespace written out ("Pages.imprint" for getTranslations) is a prefix of its keys.
    const known = (candidate: string) => [...catalogue].some((key) => matches(candidate, key) || key.startsWith(`${candidate}.`));
    const missing = uses.filter((use) => !use.candidates.some(known));
    expect(missing.map((use) => `${use.file}: ${use.candidates.join(" | ")}`)).toEqual([]);
  });

  it("has no key that nothing uses", () => {
    const used = (key: string) => uses.some((use) => use.candidates.some((candidate) => matches(candidate, key)));
    expect([...catalogue].filter((key) => !used(key))).toEqual([]);
  });
});

function leafValues(value: unknown, prefix = ""): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, child]) => leafValues(child, prefix ? `${prefix}.${key}` : key));
}

/** The arguments, plural/select cases and tags of a message: what the code passes in and the markup expects. */
function placeholders(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element): string[] => {
    switch (element.type) {
      case TYPE.argument:
      case TYPE.number:
      case TYPE.date:
      case TYPE.time:
        return [`{${element.value}}`];
      case TYPE.select:
        // every case the code can choose must exist in every language
        return [
          `{${element.value}, select: ${Object.keys(element.options).sort().join("|")}}`,
          ...Object.values(element.options).flatMap((option) => placeholders(option.value)),
        ];
      case TYPE.plural:
        // plural categories differ between languages; the argument and the exact cases (=0) do not
        return [
          `{${element.value}, plural: ${Object.keys(element.options)
            .filter((key) => key.startsWith("="))
            .sort()
            .join("|")}}`,
          ...Object.values(element.options).flatMap((option) => placeholders(option.value)),
        ];
      case TYPE.tag:
        return [`<${element.value}>`, ...placeholders(element.children)];
      default:
        return [];
    }
  });
}

const describePlaceholders = (message: string) => [...new Set(placeholders(parse(message)))].sort();

describe.each(routing.locales.filter((locale) => locale !== routing.defaultLocale))("the %s catalogue", (locale) => {
  it.each(CATALOGUE_PARTS)("has the keys of the German %s.json, and no others", (part) => {
    const german = leafValues(readPart(routing.defaultLocale, part)).map(([key]) => key);
    const translated = leafValues(readPart(locale, part)).map(([key]) => key);
    expect({
      missing: german.filter((key) => !translated.includes(key)),
      extra: translated.filter((key) => !german.includes(key)),
    }).toEqual({
      missing: [],
      extra: [],
    });
  });

  it.each(CATALOGUE_PARTS)("uses the arguments, cases and tags of the German %s.json", (part) => {
    const translated = new Map(leafValues(readPart(locale, part)));
    const differences = leafValues(readPart(routing.defaultLocale, part)).flatMap(([key, german]) => {
      const value = translated.get(key);
      if (typeof german !== "string" || typeof value !== "string") return typeof german === typeof value ? [] : [`${key}: not text`];
      const [expected, actual] = [describePlaceholders(german), describePlaceholders(value)];
      return expected.join() === actual.join() ? [] : [`${key}: ${actual.join(" ")} instead of ${expected.join(" ")}`];
    });
    expect(differences).toEqual([]);
  });
});
