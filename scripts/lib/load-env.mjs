// @ts-check
/**
 * Reads `.env.local`, `.env` and their per-mode variants the way Next does (@next/env), so that every
 * script — `npm start`, `db:migrate`, `db:seed`, `users:invite` — sees the same configuration as the
 * portal. Variables already set in the environment win; an empty one counts as set (the tests use
 * `DATABASE_URL=` to ask for the embedded database on a machine whose `.env.local` names another).
 */
import nextEnv from "@next/env";
import { resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** @param {{ dev?: boolean }} [options] */
export function loadEnvFiles({ dev = false } = {}) {
  nextEnv.loadEnvConfig(root, dev, { info: () => {}, error: console.error });
}
