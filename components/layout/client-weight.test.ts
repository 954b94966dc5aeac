import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The client components of the public header and footer load on every public page. What they import reaches
 * the browser with them: once the language switch pulled in zod through a module of paths, and every
 * public page loaded 30 kB gzip more (docs/PERFORMANCE.md). This walks their imports in the source
 * and refuses packages that have no business in the layout.
 */
const root = resolve(__dirname, "../..");
const FORBIDDEN = ["zod", "@/generated/prisma", "@prisma/client", "next-auth", "leaflet"];

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? resolve(dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return null;
}

/** Every module specifier `file` reaches through value imports (type-only imports vanish in the build). */
function reachable(file: string, seen = new Set<string>(), specifiers = new Set<string>()): Set<string> {
  if (seen.has(file)) return specifiers;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const match of source.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    const specifier = match[1]!;
    specifiers.add(specifier);
    const local = resolveImport(file, specifier);
    if (local) reachable(local, seen, specifiers);
  }
  return specifiers;
}

const isClientComponent = (file: string) => /^["']use client["']/m.test(readFileSync(file, "utf8"));
/** The client components the public header and footer render (directly imported by them). */
const layoutClientComponents = [
  ...new Set(
    ["components/layout/site-header.tsx", "components/layout/site-footer.tsx"].flatMap((file) =>
      [...readFileSync(join(root, file), "utf8").matchAll(/^import\s+(?!type\s)[^'"]*?\sfrom\s+["']([^"']+)["']/gm)]
        .map((match) => resolveImport(join(root, file), match[1]!))
        .filter((local): local is string => local !== null && isClientComponent(local)),
    ),
  ),
];

describe("client components of the public layout", () => {
  it("exist (the walk below has something to check)", () => {
    expect(layoutClientComponents.map((file) => file.split("/").pop())).toEqual(
      expect.arrayContaining(["language-switch.tsx", "nav-link.tsx"]),
    );
  });

  it.each(layoutClientComponents.map((file) => [file.split("/").pop()!, file]))("%s imports nothing heavy", (_, file) => {
    const heavy = [...reachable(file)].filter((specifier) =>
      FORBIDDEN.some((name) => specifier === name || specifier.startsWith(`${name}/`)),
    );
    expect(heavy).toEqual([]);
  });
});
