/**
 * The production server under test (`next start`), its memory, and the measurements taken from
 * outside like a visitor: load (autocannon in a second process), first-load JavaScript, Lighthouse.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { existsSync, openSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

export const root = resolve(import.meta.dirname, "../..");
export const bin = (name: string) => join(root, "node_modules/.bin", name);

export interface RunningServer {
  base: string;
  pid: number;
  logFile: string;
  /** false once the process has ended (e.g. out of memory under load) */
  alive(): boolean;
  stop(): Promise<void>;
}

export async function startServer({ port, env }: { port: number; env: NodeJS.ProcessEnv }): Promise<RunningServer> {
  const base = `http://127.0.0.1:${port}`;
  const logFile = join(tmpdir(), `steckbriefe-bench-server-${process.pid}.log`);
  const log = openSync(logFile, "a");
  const child: ChildProcess = spawn(bin("next"), ["start", "-p", String(port)], {
    cwd: root,
    env: { ...env, PUBLIC_BASE_URL: base, NEXTAUTH_URL: base, NODE_ENV: "production" },
    stdio: ["ignore", log, log],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start ended (exit code ${child.exitCode}), log: ${logFile}`);
    const up = await fetch(`${base}/impressum`)
      .then((response) => response.ok)
      .catch(() => false);
    if (up) return { base, pid: child.pid!, logFile, stop, alive: () => child.exitCode === null && child.signalCode === null };
    await new Promise((done) => setTimeout(done, 300));
  }
  await stop();
  throw new Error(`${base} does not answer, log: ${logFile}`);
}

/** Resident memory of a process and all its descendants, in bytes (Linux /proc). */
export function treeRss(pid: number): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, "utf8");
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      for (const task of readdirSync(`/proc/${id}/task`)) {
        const children = readFileSync(`/proc/${id}/task/${task}/children`, "utf8").trim();
        for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
      }
    } catch {
      // the process ended meanwhile
    }
  };
  visit(pid);
  return total;
}

/** Samples treeRss every 200 ms until stopped; returns the maximum. */
export function sampleRss(pid: number) {
  let max = treeRss(pid);
  const timer = setInterval(() => (max = Math.max(max, treeRss(pid))), 200);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(max, treeRss(pid));
    },
  };
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  bytesPerSecond: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  statuses: Record<string, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** autocannon in its own process (bench/lib/load-worker.mjs). */
export function runLoad(options: { url: string; paths: string[]; connections: number; duration: number }): Promise<LoadResult> {
  return new Promise((resolveLoad, reject) => {
    execFile(
      process.execPath,
      [join(root, "bench/lib/load-worker.mjs"), JSON.stringify(options)],
      { cwd: root, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`autocannon: ${error.message}\n${stderr}`));
        resolveLoad(JSON.parse(stdout.trim().split("\n").at(-1)!));
      },
    );
  });
}

export interface PageFetch {
  status: number;
  ms: number;
  htmlBytes: number;
  htmlGzipBytes: number;
  html: string;
}

export async function fetchPage(url: string, timeoutMs = 300_000): Promise<PageFetch> {
  const started = performance.now();
  // a kept-alive connection the server has just closed fails once: try again on a fresh one
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).catch(() =>
    fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { connection: "close" } }),
  );
  const html = await response.text();
  const body = Buffer.from(html);
  return { status: response.status, ms: performance.now() - started, htmlBytes: body.length, htmlGzipBytes: gzipSync(body).length, html };
}

/**
 * First-load JavaScript of a page: every `<script src>` its HTML references, fetched and gzipped
 * (Next 16 no longer prints this at build time). Inline scripts (the RSC payload) are part of the HTML size.
 */
export async function firstLoadJs(base: string, html: string): Promise<{ scripts: number; gzipBytes: number; bytes: number }> {
  // Not the legacy polyfills (`<script nomodule>`): browsers that run modules never load them.
  const sources = [
    ...new Set(
      [...html.matchAll(/<script\b[^>]*>/g)]
        .map((match) => match[0])
        .filter((tag) => !/\snomodule\b/i.test(tag))
        .flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]?.replaceAll("&amp;", "&") ?? []),
    ),
  ];
  let gzipBytes = 0;
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer());
    bytes += body.length;
    gzipBytes += gzipSync(body).length;
  }
  return { scripts: sources.length, gzipBytes, bytes };
}

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
  lcpMs: number | null;
  error?: string;
}

const CHROME_FLAGS =
  "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";

/** Lighthouse (mobile, its default) with Debian's Chromium, as OFFLINE.md describes. */
export function lighthouse(url: string, debuggingPort: number): Promise<LighthouseScores> {
  const output = join(tmpdir(), `steckbriefe-bench-lighthouse-${process.pid}.json`);
  const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  return new Promise((done) => {
    execFile(
      bin("lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${output}`,
        `--port=${debuggingPort}`,
        `--chrome-flags=${CHROME_FLAGS}`,
        "--only-categories=performance,accessibility,best-practices,seo",
      ],
      { cwd: root, env: { ...process.env, CHROME_PATH: chromePath }, timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const failed = (message: string): LighthouseScores => ({
          performance: null,
          accessibility: null,
          bestPractices: null,
          seo: null,
          lcpMs: null,
          error: message,
        });
        if (error || !existsSync(output)) return done(failed((stderr || error?.message || "no report").trim().split("\n").at(-1)!));
        try {
          const report = JSON.parse(readFileSync(output, "utf8"));
          const score = (key: string) =>
            typeof report.categories[key]?.score === "number" ? Math.round(report.categories[key].score * 100) : null;
          done({
            performance: score("performance"),
            accessibility: score("accessibility"),
            bestPractices: score("best-practices"),
            seo: score("seo"),
            lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? null,
            error: report.runtimeError?.message,
          });
        } catch (parseError) {
          done(failed(String(parseError)));
        } finally {
          rmSync(output, { force: true });
        }
      },
    );
  });
}

export function commandVersion(command: string, args: string[]): Promise<string | null> {
  return new Promise((done) =>
    execFile(command, args, { timeout: 10_000 }, (error, stdout) => done(error ? null : stdout.trim().split("\n")[0]!)),
  );
}
