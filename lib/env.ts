import { z } from "zod";

/**
 * Environment of the running portal, validated once at start-up.
 * Every variable is documented in .env.example.
 */
const DEFAULT_PUBLIC_BASE_URL = "http://localhost:3000";

/**
 * Public base URL for absolute links (e-mails, metadata). Readable without a database
 * (static pages are rendered at build time, where DATABASE_URL may be missing).
 */
export function publicBaseUrl(): string {
  return process.env.PUBLIC_BASE_URL || DEFAULT_PUBLIC_BASE_URL;
}

const envSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL fehlt: npm start setzt sie im eingebetteten Modus selbst." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL muss eine postgresql://-Adresse sein."),
  /** Connections per server process; PGlite serves few at once. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(8),
  /** Public base URL, used for absolute links (sitemaps, e-mails, open data). */
  PUBLIC_BASE_URL: z.url().default(DEFAULT_PUBLIC_BASE_URL),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  cached ??= envSchema.parse(process.env);
  return cached;
}
