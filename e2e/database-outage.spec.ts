import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { fieldLabel, message } from "./registry";
import { DEMO_PASSWORD, demoEditor } from "./support";

/**
 * Database outage (issue 14, "Faults and load"; figures in docs/RELIABILITY.md): PostgreSQL stops while
 * the portal serves, and starts again. The test runs its own PostgreSQL cluster (initdb into a temporary
 * folder) and its own production server of the existing build, so that it can really stop and start the
 * database without touching the machine's shared server or the other tests' portal.
 *
 * While the database is down: cached public pages answer 200, any other page a whole 503 page (German, or
 * English under /en) with Retry-After and without scripts, the API 503 problem+json; an editor's autosave
 * says the database is unavailable, keeps the text in the browser and retries. After the start: the same
 * server process answers again, and the editor's text is saved — the test reads it from the database.
 */

const POSTGRES_BIN = process.env.POSTGRES_BIN ?? "/usr/lib/postgresql/15/bin";
const INITDB = join(POSTGRES_BIN, "initdb");
const PG_CTL = join(POSTGRES_BIN, "pg_ctl");
const root = resolve(import.meta.dirname, "..");
const EDITOR_MUNICIPALITY = "remseck-am-neckar";
const EDITED_PROFILE = "remseck-am-neckar-wohnen-und-zusammenleben";
const UNAVAILABLE_STATUS = "Datenbank vorübergehend nicht erreichbar – Ihre Eingaben bleiben in diesem Browser gespeichert";

// The test runs a PostgreSQL cluster of its own (it must stop the database, never the machine's shared one):
// without the server binaries there is nothing to stop, so it is skipped with the way to install them.
// CI has them (.ci/run relies on Debian's postgresql-15, which brings initdb).
test.skip(!existsSync(INITDB), `PostgreSQL's initdb is not at ${INITDB} (Debian: apt-get install postgresql-15; or set POSTGRES_BIN)`);
test.describe.configure({ mode: "serial" });

const asRoot = process.getuid?.() === 0;
/** initdb and the server refuse to run as root: as root, run them as the `postgres` user. */
function asPostgres(command: string, args: string[]) {
  const [file, fileArgs] = asRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  return execFileSync(file, fileArgs, { stdio: "pipe", encoding: "utf8" });
}

/** A free port in 3600–3699 (the range this machine's test runs of this kind use). */
async function freePort(taken: number[] = []): Promise<number> {
  for (let port = 3600 + Math.floor(Math.random() * 100), tries = 0; tries < 100; tries++, port = port === 3699 ? 3600 : port + 1) {
    if (taken.includes(port)) continue;
    const free = await new Promise<boolean>((done) => {
      const server = createServer()
        .once("error", () => done(false))
        .listen(port, "127.0.0.1", () => server.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error("no free port in 3600–3699");
}

class Cluster {
  readonly folder = mkdtempSync(join(tmpdir(), "out-outage-"));
  readonly data = join(this.folder, "data");
  constructor(readonly port: number) {
    if (asRoot) execFileSync("chown", ["postgres:postgres", this.folder]);
    asPostgres(INITDB, ["-D", this.data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8"]);
  }
  url(database: string) {
    return `postgresql://postgres@127.0.0.1:${this.port}/${database}`;
  }
  start() {
    const options = `-p ${this.port} -k ${this.folder} -c listen_addresses=127.0.0.1`;
    asPostgres(PG_CTL, ["-D", this.data, "-o", options, "-l", join(this.folder, "postgres.log"), "-w", "start"]);
  }
  stop() {
    asPostgres(PG_CTL, ["-D", this.data, "-m", "fast", "-w", "stop"]);
  }
  remove() {
    try {
      this.stop();
    } catch {
      // already stopped
    }
    rmSync(this.folder, { recursive: true, force: true });
  }
}

let cluster: Cluster | null = null;
let server: ChildProcess | null = null;
let databaseUrl = "";
let baseURL = "";
let mediaFolder = "";

test.beforeAll(async () => {
  test.setTimeout(300_000); // a cluster, migrations, the demo content and a server start
  const databasePort = await freePort();
  const appPort = await freePort([databasePort]);
  // Made here, not at import: Playwright also imports the file in its main process, which runs no afterAll.
  mediaFolder = mkdtempSync(join(tmpdir(), "out-outage-media-"));
  cluster = new Cluster(databasePort);
  cluster.start();
  asPostgres(join(POSTGRES_BIN, "createdb"), ["-h", "127.0.0.1", "-p", String(databasePort), "-U", "postgres", "out_outage"]);
  databaseUrl = cluster.url("out_outage");
  const env = { ...process.env, DATABASE_URL: databaseUrl, MEDIA_STORAGE_DIR: mediaFolder, NEXT_TELEMETRY_DISABLED: "1" };
  execFileSync(join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "pipe" });
  execFileSync(join(root, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: root, env, stdio: "pipe" });

  baseURL = `http://localhost:${appPort}`;
  server = spawn(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "start", "--port", String(appPort)], {
    cwd: root,
    detached: true, // its own process group, ended as a whole in afterAll
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...env,
      PORT: String(appPort),
      PUBLIC_BASE_URL: baseURL,
      NEXTAUTH_URL: baseURL,
      NEXTAUTH_SECRET: "outage-test-secret-only-for-this-run",
      SMTP_URL: "",
    },
  });
  // OUTAGE_SERVER_LOG=1 shows the portal's log (what it logged while the database was down).
  for (const stream of [server.stdout, server.stderr]) {
    if (process.env.OUTAGE_SERVER_LOG) stream?.pipe(process.stderr);
    else stream?.resume();
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await fetch(`${baseURL}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error("the portal did not start");
    await new Promise((done) => setTimeout(done, 250));
  }
});

test.afterAll(async () => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, "SIGTERM");
    } catch {
      // already ended
    }
  }
  cluster?.remove();
  if (mediaFolder) rmSync(mediaFolder, { recursive: true, force: true });
});

interface Outcome {
  path: string;
  status: number;
}

async function nextStepsInDatabase(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ nextSteps: string }>(
      `SELECT v."nextSteps" FROM "Profile" p JOIN "ProfileVersion" v ON v.id = p."workingVersionId" WHERE p.slug = $1`,
      [EDITED_PROFILE],
    );
    return result.rows[0]?.nextSteps ?? "";
  } finally {
    await client.end();
  }
}

async function signIn(page: Page, returnTo: string) {
  await page.goto(`/anmelden?ruecksprung=${encodeURIComponent(returnTo)}`);
  await page.getByRole("textbox", { name: message("Auth.email") }).fill(demoEditor(EDITOR_MUNICIPALITY));
  await page.getByLabel(message("Auth.password")).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: message("Auth.submit") }).click();
  await page.waitForURL((url) => url.pathname === returnTo);
}

/** The published profiles' addresses (read while the database is up), the edited one left out. */
async function publishedProfilePaths(): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ slug: string }>(
      `SELECT slug FROM "Profile" WHERE "publishedVersionId" IS NOT NULL AND "archivedAt" IS NULL AND slug <> $1 ORDER BY slug`,
      [EDITED_PROFILE],
    );
    return result.rows.map(({ slug }) => `/steckbriefe/${slug}`);
  } finally {
    await client.end();
  }
}

test("Datenbankausfall: Cache und 503-Seite, nichts Getipptes geht verloren, Erholung ohne Neustart", async ({ browser, playwright }) => {
  test.setTimeout(240_000);
  const request = await playwright.request.newContext({ baseURL });
  const context = await browser.newContext({ baseURL, locale: "de-DE" });
  const page = await context.newPage();
  const editPath = `/redaktion/steckbriefe/${EDITED_PROFILE}`;

  // Before: the public pages a visitor has just seen are rendered into the cache; the editor is signed in.
  const profiles = await publishedProfilePaths();
  expect(profiles.length).toBeGreaterThan(4);
  const [cachedProfile, uncachedProfile, uncachedEnglish, laterProfile] = profiles;
  const cachedPages = ["/", "/steckbriefe", cachedProfile!, `/en${cachedProfile}`];
  for (const path of cachedPages) {
    // The first request renders and stores the page; the second shows that it is served.
    for (let attempt = 0; attempt < 2; attempt++) expect((await request.get(path)).status(), path).toBe(200);
  }
  await signIn(page, editPath);
  const field = page.getByRole("textbox", { name: fieldLabel("nextSteps") });
  await expect(field).toBeEditable();
  const saveRequests: { at: number; ok: boolean }[] = [];
  page.on("requestfinished", (finished) => {
    if (finished.method() === "POST" && finished.headers()["next-action"]) saveRequests.push({ at: Date.now(), ok: true });
  });
  page.on("requestfailed", (failed) => {
    if (failed.method() === "POST" && failed.headers()["next-action"]) saveRequests.push({ at: Date.now(), ok: false });
  });
  const serverPid = server!.pid;

  // The outage.
  cluster!.stop();
  const stoppedAt = Date.now();
  const duringOutage: Outcome[] = [];
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await request.get(path, { headers, maxRedirects: 0 });
    duringOutage.push({ path, status: response.status() });
    return response;
  };

  await test.step("Öffentliche Seiten im Cache antworten weiter mit 200", async () => {
    for (const path of cachedPages) {
      const response = await get(path);
      expect(response.status(), path).toBe(200);
      expect(await response.text()).toContain("<main");
    }
  });

  await test.step("Eine nicht zwischengespeicherte Seite: ganze deutsche 503-Seite mit Retry-After, ohne Skripte", async () => {
    for (const path of [uncachedProfile!, "/redaktion", "/anmelden"]) {
      const response = await get(path);
      expect(response.status(), path).toBe(503);
      expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
      const html = await response.text();
      expect(html).toContain('<html lang="de"');
      expect(html).toContain("<h1>Vorübergehend nicht erreichbar</h1>");
      expect(html).toContain("Datenbank des Portals ist vorübergehend nicht erreichbar");
      // The reference a person can quote: the start of the request id the answer and the log carry.
      expect(html).toContain(`Vorgangsnummer: ${response.headers()["x-request-id"]!.slice(0, 8)}`);
      expect(html).not.toContain("<script");
    }
    const english = await get(`/en${uncachedEnglish}`);
    expect(english.status()).toBe(503);
    const html = await english.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("<h1>Temporarily unavailable</h1>");
    // A client-side navigation asks for the page's data (RSC): the same answer, the browser then loads it as a page.
    expect((await get(uncachedProfile!, { rsc: "1" })).status()).toBe(503);
  });

  await test.step("Schnittstellen antworten 503 als problem+json", async () => {
    for (const path of [`/api/v1/steckbriefe/${uncachedProfile!.split("/").at(-1)}`, "/feed.xml", "/api/ready"]) {
      const response = await get(path);
      expect(response.status(), path).toBe(503);
      if (path !== "/api/ready") {
        expect(response.headers()["content-type"]).toContain("application/problem+json");
        expect(response.headers()["retry-after"]).toMatch(/^\d+$/);
        expect(await response.json()).toMatchObject({ status: 503, title: "Vorübergehend nicht erreichbar" });
      }
    }
  });

  const typed = `Während des Datenbankausfalls geschrieben ${Date.now()}.`;
  await test.step("Die Redaktion tippt weiter: klare Meldung, der Text bleibt im Browser", async () => {
    await field.fill(typed);
    await expect(page.getByTestId("save-status")).toContainText(UNAVAILABLE_STATUS, { timeout: 15_000 });
    await expect(field).toHaveValue(typed);
    const kept = await page.evaluate(() => Object.values({ ...window.localStorage }).join("\n"));
    expect(kept).toContain(typed);
    // A retry follows after 2 s (then 4 s, 8 s …): still down, still kept.
    await expect.poll(() => saveRequests.length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    await expect(page.getByTestId("save-status")).toContainText(UNAVAILABLE_STATUS);
  });
  await test.step("Eine Weile Last während des Ausfalls: nur 200 aus dem Cache und 503, nie 500", async () => {
    // Visitors keep coming for 15 s (four in parallel), while the editor's autosave keeps retrying.
    const mixed = [...cachedPages, uncachedProfile!, `/en${uncachedEnglish}`, "/redaktion", "/api/v1/kommunen"];
    const until = Date.now() + 15_000;
    await Promise.all(
      [0, 1, 2, 3].map(async (visitor) => {
        for (let index = visitor; Date.now() < until; index += 4) {
          const path = mixed[index % mixed.length]!;
          const status = (await get(path)).status();
          expect(status === 200 || status === 503, `${path}: ${status}`).toBe(true);
          if (cachedPages.includes(path)) expect(status, path).toBe(200);
        }
      }),
    );
  });
  expect(server!.exitCode, "the server process survives the outage").toBeNull();
  const outageSeconds = (Date.now() - stoppedAt) / 1000;
  const savesDuringOutage = saveRequests.length;

  // The database comes back; the portal is not restarted.
  cluster!.start();
  const startedAt = Date.now();
  let recoveredAfterMs = 0;
  await test.step("Ohne Neustart: die Seiten antworten wieder, der Text wird gespeichert", async () => {
    await expect.poll(async () => (await request.get(laterProfile!)).status(), { timeout: 30_000, intervals: [250] }).toBe(200);
    recoveredAfterMs = Date.now() - startedAt;
    expect((await request.get(`/en${uncachedEnglish}`)).status()).toBe(200);
    expect((await request.get("/api/ready")).status()).toBe(200);
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 60_000 });
    expect(await nextStepsInDatabase()).toBe(typed);
  });
  const savedAfterMs = Date.now() - startedAt;

  await test.step("Der nächste Speichern-Klick wirkt wie immer", async () => {
    const more = `${typed} Und nach dem Ausfall ergänzt.`;
    await field.fill(more);
    await page
      .getByRole("button", { name: message("Editor.save") })
      .first()
      .click();
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um");
    await expect.poll(nextStepsInDatabase).toBe(more);
    expect(server!.pid).toBe(serverPid);
    expect(server!.exitCode).toBeNull();
  });

  const statuses = duringOutage.reduce<Record<number, number>>(
    (counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }),
    {},
  );
  const figures = {
    requestsDuringOutage: duringOutage.length,
    statuses,
    failedWith500: duringOutage.filter(({ status }) => status >= 500 && status !== 503).length,
    savesTriedDuringOutage: savesDuringOutage,
    savesTriedInAll: saveRequests.length,
    textsLost: 0, // asserted above: both texts are in the database
    outageSeconds: Math.round(outageSeconds * 10) / 10,
    pagesAnswerAfterStartMs: recoveredAfterMs,
    draftSavedAfterStartMs: savedAfterMs,
  };
  console.log(`[database-outage] ${JSON.stringify(figures)}`);
  test.info().annotations.push({ type: "figures", description: JSON.stringify(figures) });
  expect(figures.failedWith500).toBe(0);
  await context.close();
  await request.dispose();
});
