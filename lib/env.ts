import { z } from "zod";

/**
 * Environment of the running portal, validated once at start-up.
 * Every variable is documented in .env.example.
 */
/** Without PUBLIC_BASE_URL: this machine, on the port served (`PORT=3100 npm start` links to 3100). */
const DEFAULT_PUBLIC_BASE_URL = `http://localhost:${process.env.PORT || 3000}`;

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

const DEFAULT_MAP_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
const DEFAULT_MAP_TILE_ATTRIBUTION = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-Mitwirkende';

/**
 * Tile server of the interactive map (`/karte`) and its attribution (HTML). Readable without a
 * database, like publicBaseUrl. A URL that is not http(s) falls back to OpenStreetMap's.
 */
export function mapTiles(): { url: string; attribution: string } {
  const url = process.env.MAP_TILE_URL?.trim();
  return {
    url: url && /^https?:\/\/[^\s"'<>]+$/.test(url) ? url : DEFAULT_MAP_TILE_URL,
    attribution: process.env.MAP_TILE_ATTRIBUTION?.trim() || DEFAULT_MAP_TILE_ATTRIBUTION,
  };
}
