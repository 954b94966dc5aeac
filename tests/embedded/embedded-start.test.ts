import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { freePort } from "../../scripts/lib/network.mjs";
import { networkInterfaces, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/**
 * The README's first command ends in `npm start` with no DATABASE_URL: the portal must start
 * its embedded PostgreSQL, migrate, load the demo content and serve it. Tested here with a
 * fresh data folder, exactly as on a new machine (the production build exists already).
 */
const root = resolve(import.meta.dirname, "../..");
const dataDir = mkdtempSync(join(tmpdir(), "steckbriefe-embedded-"));
let child: ChildProcess | undefined;

async function waitForPage(url: string, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child?.exitCode !== null && child?.exitCode !== undefined) throw new Error(`npm start beendet (Exit-Code ${child.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return await response.text();
      lastError = new Error(`HTTP ${response.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
  throw new Error(`Keine Antwort von ${url}: ${String(lastError)}`);
}

async function stopPortal() {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child!.once("exit", done));
    child.kill("SIGTERM");
    await exited;
  }
}

/** `npm start` as on a fresh machine: no DATABASE_URL (empty: a developer's .env.local must not give one), no HOST. */
function startPortal(port: number) {
  child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), EMBEDDED_DATA_DIR: dataDir, DATABASE_URL: "", HOST: "" },
    stdio: ["ignore", "inherit", "inherit"],
  });
}

afterAll(async () => {
  await stopPortal();
  rmSync(dataDir, { recursive: true, force: true });
});

let port = 0;

describe("npm start without DATABASE_URL", () => {
  it("starts the embedded database, loads the demo content and serves /", async () => {
    expect(process.env.DATABASE_URL).toBeUndefined();
    port = await freePort();
    startPortal(port);
    const html = await waitForPage(`http://127.0.0.1:${port}/`, 200_000);
    expect(html).toContain("Steckbriefe der kommunalen Flüchtlingsdialoge");
    expect(html).toContain("32 Steckbriefe aus 4 Landkreisen, 21 Städten und 7 Gemeinden");
    const listing = await fetch(`http://127.0.0.1:${port}/steckbriefe?seite=2`);
    expect(listing.status).toBe(200);
    expect((await listing.text()).match(/href="\/steckbriefe\/[a-z0-9-]+"/g)?.length).toBe(12); // 32 = 20 + 12
    const profile = await fetch(`http://127.0.0.1:${port}/steckbriefe/tuebingen-neue-nachbarschaften`);
    expect(profile.status).toBe(200);
    expect(await profile.text()).toContain("Tübingen");
  });

  it("links to the port it serves, and listens on this machine only (the demo passwords are in the README)", async () => {
    // Issue 14 (operating): PORT=3100 used to serve on 3100 with links to port 3000.
    const html = await (await fetch(`http://localhost:${port}/steckbriefe/tuebingen-neue-nachbarschaften`)).text();
    expect(html).toContain(`<link rel="canonical" href="http://localhost:${port}/steckbriefe/tuebingen-neue-nachbarschaften"/>`);
    const outward = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && address.family === "IPv4");
    for (const address of outward) {
      await expect(fetch(`http://${address!.address}:${port}/`), address!.address).rejects.toThrow();
    }
  });

  it("loads the demo content again after npm run db:reset (the database, not a file beside it, knows it is empty)", async () => {
    await stopPortal();
    execFileSync(process.execPath, ["scripts/db-reset.mjs"], {
      cwd: root,
      env: { ...process.env, EMBEDDED_DATA_DIR: dataDir, DATABASE_URL: "" },
      stdio: "inherit",
    });
    startPortal(port);
    const html = await waitForPage(`http://127.0.0.1:${port}/`, 200_000);
    expect(html).toContain("32 Steckbriefe aus 4 Landkreisen, 21 Städten und 7 Gemeinden");
  });
});
