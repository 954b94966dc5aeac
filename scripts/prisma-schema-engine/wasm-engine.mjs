// Loads Prisma's schema engine compiled to WebAssembly
// (`@prisma/schema-engine-wasm`, the same Rust code as the native binary).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

// A Rust panic calls PRISMA_WASM_PANIC_REGISTRY.set_message() and then traps
// ("RuntimeError: unreachable"). Without the registry, that call itself throws
// inside the wasm glue and the process dies silently; with it we keep the
// panic message to report it like the native engine does.
let lastPanic;
globalThis.PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message) {
    lastPanic = message;
  },
};
export const takePanicMessage = () => {
  const message = lastPanic;
  lastPanic = undefined;
  return message;
};

let bindings;

// The package's entry does `import * as wasm from "./schema_engine_bg.wasm"`,
// which Node 20 refuses (no wasm ES modules without a flag). So we instantiate
// the module ourselves and hand it to the JS glue, as that entry would.
async function loadBindings() {
  if (bindings) return bindings;
  const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(glueUrl);
  const bytes = await readFile(fileURLToPath(new URL("schema_engine_bg.wasm", glueUrl)));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  bindings = glue;
  return glue;
}

export async function engineVersion() {
  return (await loadBindings()).version();
}

const NOT_RPC_METHODS = new Set(["constructor", "free", "__destroy_into_raw"]);
export async function isEngineMethod(name) {
  const { SchemaEngine } = await loadBindings();
  return !NOT_RPC_METHODS.has(name) && typeof SchemaEngine.prototype[name] === "function";
}

/**
 * @param {[string, string][]} datamodels  [path, content] of each schema file
 * @param {(line: string) => void} log     receives JSON log lines
 * @param {object} adapterFactory          see adapter.mjs
 */
export async function createSchemaEngine(datamodels, log, adapterFactory) {
  const { SchemaEngine } = await loadBindings();
  // With an empty list the engine panics ("validate_multi_file() must be called
  // with at least one file"); `undefined` means "no schema" to it.
  return SchemaEngine.new(
    { datamodels: datamodels.length > 0 ? datamodels : undefined },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}
