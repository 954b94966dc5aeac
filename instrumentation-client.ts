/**
 * Runs in the browser before the app starts. Zod compiles fast parsers with `new Function` where the
 * page allows it and probes that once; our Content-Security-Policy allows no eval (lib/security), so the
 * probe would be reported as a violation on every page with a form. `jitless` makes zod use its
 * interpreted parsers without probing. Set on zod's global configuration object rather than through
 * `z.config()`: importing zod here would add it to every public page's first-load JavaScript (+5 KB
 * gzip). lib/security/zod-jitless.test.ts checks that zod still reads this object.
 */
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(scope.__zod_globalConfig ??= {}).jitless = true;

export {};
