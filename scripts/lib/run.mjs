import { spawn } from "node:child_process";

/**
 * Runs a command, streaming its output; resolves on exit code 0 and rejects otherwise.
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, label?: string }} [options]
 */
export function run(command, args, { env = process.env, cwd = process.cwd(), label } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${label ?? [command, ...args].join(" ")} ist fehlgeschlagen (${signal ?? `Exit-Code ${code}`})`));
    });
  });
}

/** Path of a binary installed in node_modules/.bin */
export function bin(name) {
  return new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname;
}
