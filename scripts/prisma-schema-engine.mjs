#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary, for machines that can
// reach the npm registry but not Prisma's binary download server.
//
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here (unless a real
// engine is configured); the Prisma CLI then spawns this file directly (hence
// the shebang and the executable mode) and talks to it exactly as to the
// native binary:
//   ENGINE --version
//   ENGINE --datasource JSON cli can-connect-to-database | create-database
//   ENGINE [--datamodels FILE]... [--datasource JSON]   then JSON-RPC 2.0,
//          one message per line on stdin/stdout, JSON log lines on stderr.
// The work is done by Prisma's own schema engine compiled to WebAssembly over
// `@prisma/adapter-pg`; see scripts/prisma-schema-engine/*.mjs. Verified with
// prisma 7.10.1 / @prisma/schema-engine-wasm 8.1.0-2.59be4fda…; re-check on
// every Prisma upgrade.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import {
  canConnect,
  createAdapterFactory,
  createDatabase,
  createOfflineAdapterFactory,
  describeServer,
  parseUrl,
} from "./prisma-schema-engine/adapter.mjs";
import { createSchemaEngine, engineVersion, isEngineMethod, takePanicMessage } from "./prisma-schema-engine/wasm-engine.mjs";

// --- stdout carries the protocol, stderr only JSON log lines ----------------
// The CLI parses stderr line by line as JSON (strictly so for `cli ...`), so
// Node warnings (e.g. pg-connection-string's sslmode warning) and stray
// console output must not appear there or on stdout as plain text.
function log(level, message, fields = {}, target = "schema_engine::stand_in") {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target })}\n`);
}
process.emitWarning = (warning) => log("WARN", String(warning?.message ?? warning));
console.log = console.info = console.warn = console.debug = (...args) => log("INFO", args.join(" "));

// --- command line -----------------------------------------------------------
function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    // Passed by the CLI for preview features / extensions; nothing to do here.
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "cli") {
      args.cli = argv[++i];
      break;
    } else throw new Error(`Unknown argument: ${arg}`);
  }
  return args;
}

// `ENGINE --datasource JSON cli <command>`: the CLI reports failures from the
// stderr lines after the first one, looking for an ERROR from target
// `schema_engine::logger` with `error_code` and `message` (P1003 = database
// missing makes `migrate dev` / `db push` create it).
async function runCliCommand(command, { url }) {
  log("INFO", `Starting schema engine stand-in CLI: ${command}`);
  try {
    if (!url) throw new Error("No datasource URL given.");
    if (command === "can-connect-to-database") {
      await canConnect(url);
    } else if (command === "create-database") {
      const name = await createDatabase(url);
      process.stdout.write(`Database '${name}' was successfully created at ${describeServer(parseUrl(url).config)}.\n`);
    } else {
      throw new Error(`Unsupported cli command: ${command}`);
    }
    return 0;
  } catch (err) {
    log("ERROR", err.message, /^P\d{4}$/.test(err.code ?? "") ? { error_code: err.code } : {}, "schema_engine::logger");
    return 1;
  }
}

// --- JSON-RPC ---------------------------------------------------------------
const send = (message) => process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);

function rpcError(err, isPanic) {
  if (isPanic) {
    // The CLI shows `error.message` for panics (the native engine puts the
    // panic message there too) and reports them as "Error in Schema engine".
    const message = err.panicMessage ?? err.message;
    return { code: 4466, message, data: { is_panic: true, message, backtrace: err.stack } };
  }
  // Prisma error codes (P1001, P3005, ...) only, not e.g. PostgreSQL SQLSTATEs.
  const code = /^P\d{4}$/.test(err.code ?? "") ? { error_code: err.code } : {};
  const data = { is_panic: false, message: err.message, ...code, ...(err.meta ? { meta: err.meta } : {}) };
  return { code: 4466, message: "An error happened. Check the data field for details.", data };
}

// Requests this process sends to the CLI (only `print`), by id.
const pendingOutgoing = new Map();
let nextOutgoingId = 1;
function requestFromCli(method, params) {
  const id = nextOutgoingId++;
  send({ id, method, params });
  return new Promise((resolve) => pendingOutgoing.set(id, resolve));
}

// Problem: in the wasm engine, evaluateDataLoss and createMigration get no
// shadow database from the adapter factory: with migrations that are not yet
// in the engine's cache they fail with "PostgreSQL shadow DB must be provided
// through an external factory". devDiagnostic does use the factory's shadow
// database and leaves the replayed migrations' schema in that cache, so we run
// it first for the same migrations list (once per list).
const diagnosedLists = new Set();
async function ensureMigrationsReplayed(engine, { migrationsList, filters }) {
  const key = JSON.stringify(migrationsList);
  if (diagnosedLists.has(key)) return;
  await engine.devDiagnostic({ migrationsList, filters });
  diagnosedLists.add(key);
}

// RPC methods whose name or behaviour differs from the wasm engine's methods.
const handlers = {
  // Used by the CLI for error reports; the wasm engine calls it `version`.
  getDatabaseVersion: (engine, params) => engine.version(params),
  evaluateDataLoss: async (engine, params) => {
    await ensureMigrationsReplayed(engine, params);
    return engine.evaluateDataLoss(params);
  },
  createMigration: async (engine, params) => {
    await ensureMigrationsReplayed(engine, params);
    return engine.createMigration(params);
  },
  // The native engine has the CLI print the diff through a `print` request
  // (so `migrate diff --output` can capture it) and returns no stdout.
  diff: async (engine, params) => {
    const result = await engine.diff(params);
    if (result.stdout != null) await requestFromCli("print", { content: result.stdout });
    return { ...result, stdout: null };
  },
};

// Diffs between "empty" and Prisma schemas need no database at all.
const needsDatabase = (method, params) =>
  !(method === "diff" && [params.from, params.to].every((t) => t?.tag === "empty" || t?.tag === "schemaDatamodel"));

async function serveRpc(args) {
  const datamodels = await Promise.all(args.datamodels.map(async (path) => [path, await readFile(path, "utf8")]));
  // The engine's log lines are already JSON (usually with a trailing newline).
  const engineLog = (line) => process.stderr.write(line.endsWith("\n") ? line : `${line}\n`);
  const { url } = args.datasource;

  // Engines are created on first use, not at startup: SchemaEngine.new()
  // already queries the database, and its failures must become JSON-RPC
  // errors (with the native error codes where we can tell) like the native
  // engine's, rather than a crash before the CLI has even sent a request.
  const engines = {};
  async function getEngine(online) {
    if (!online || !url) {
      return (engines.offline ??= createSchemaEngine(
        datamodels,
        engineLog,
        createOfflineAdapterFactory(
          url ? "This request needs no database." : "No datasource URL configured (datasource.url in prisma.config.ts).",
        ),
      ));
    }
    engines.online ??= createSchemaEngine(datamodels, engineLog, createAdapterFactory(args.datasource)).catch(async (err) => {
      delete engines.online;
      await canConnect(url); // throws P1000/P1001/P1003 with the native messages
      throw err;
    });
    return engines.online;
  }

  let current; // id of the request being handled, for panics
  // A panic can also surface as an uncaught trap in a wasm callback.
  process.on("uncaughtException", (err) => {
    const panicMessage = takePanicMessage();
    log("ERROR", panicMessage ?? err.message, { backtrace: err.stack }, "schema_engine::logger");
    if (current !== undefined) send({ id: current, error: rpcError(Object.assign(err, { panicMessage }), true) });
    process.exit(101);
  });

  // The engine is not reentrant: handle one request at a time, in order.
  let queue = Promise.resolve();
  const handle = async ({ id, method, params = {} }) => {
    current = id;
    try {
      // Everything else is forwarded to the engine method of the same name.
      const handler = handlers[method] ?? ((await isEngineMethod(method)) ? (engine, p) => engine[method](p) : undefined);
      if (!handler) {
        send({ id, error: { code: -32601, message: `Method not found: ${method}` } });
        return;
      }
      const engine = await getEngine(needsDatabase(method, params));
      send({ id, result: (await handler(engine, params)) ?? {} });
    } catch (err) {
      const panicMessage = takePanicMessage();
      const isPanic = panicMessage !== undefined || err instanceof WebAssembly.RuntimeError;
      send({ id, error: rpcError(Object.assign(err, { panicMessage }), isPanic) });
      // After a panic the wasm instance's state is unknown: end like the native engine.
      if (isPanic) process.exit(101);
    } finally {
      current = undefined;
    }
  };

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    if (message.method === undefined) {
      // A response to one of our `print` requests.
      pendingOutgoing.get(message.id)?.(message.result);
      pendingOutgoing.delete(message.id);
      return;
    }
    queue = queue.then(() => handle(message));
  });
  // The CLI closes stdin when done. Exit explicitly: the engine leaves a 10 s
  // timer and the adapters' connection pools would keep Node alive.
  lines.on("close", () => queue.then(() => process.exit(0)));
}

// --- main -------------------------------------------------------------------
const args = parseArgs(process.argv.slice(2));
if (args.version) {
  process.stdout.write(`schema-engine-cli ${await engineVersion()}\n`);
  process.exit(0);
} else if (args.cli) {
  process.exit(await runCliCommand(args.cli, args.datasource));
} else {
  await serveRpc(args);
}
