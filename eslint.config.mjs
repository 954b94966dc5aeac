import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

/**
 * Next's own rules (core web vitals, React hooks, jsx-a11y, import) with typescript-eslint.
 * Formatting is Prettier's job (`eslint-config-prettier` switches off the rules it owns).
 * `npm run lint` runs with --max-warnings 0 in `npm test`.
 */
export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    rules: {
      // `_name` marks a value that is deliberately unused (destructured away, a required parameter).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "generated/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
