import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { loadEnvFiles } from "./scripts/lib/load-env.mjs";

// `npm run db:migrate` reads DATABASE_URL from .env.local / .env like the portal does.
loadEnvFiles();

// Prisma's CLI downloads a native `schema-engine` binary on first use, which is
// impossible on machines that reach only the npm registry. The stand-in in
// scripts/prisma-schema-engine.mjs speaks the same protocol using Prisma's
// schema engine compiled to WebAssembly. `??=` keeps a real engine wherever
// someone provides one (the CLI resolves this variable before downloading).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./scripts/prisma-schema-engine.mjs", import.meta.url));

// `prisma generate` runs on `npm install` (postinstall) where no database is
// configured; it never connects, so an unreachable placeholder keeps the
// config loadable instead of throwing like `env("DATABASE_URL")` would.
const PLACEHOLDER_URL = "postgresql://placeholder@127.0.0.1:1/placeholder";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL || PLACEHOLDER_URL,
    // Only needed where the database user may not CREATE DATABASE (e.g. PGlite,
    // which serves a single database): `migrate dev` then uses this one.
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
