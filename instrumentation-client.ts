import { config } from "zod/v4/core";

/**
 * Runs in the browser before the app starts. Zod compiles fast parsers with `new Function` where the
 * page allows it and probes that once; our Content-Security-Policy allows no eval (lib/security), so the
 * probe would be reported as a violation on every page with a form. Zod's interpreted parsers are used
 * instead, without probing.
 */
config({ jitless: true });
