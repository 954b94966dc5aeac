import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests against the production build (`next build` first) and a seeded database.
 * `npm test` sets everything up; to run them alone:
 *   DATABASE_URL=… npx playwright test
 * The browser is Debian's Chromium when present (CHROMIUM_PATH overrides), since Playwright's
 * own download is not possible on machines without internet access.
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const executablePath = process.env.CHROMIUM_PATH || undefined;
// Root needs --no-sandbox; the network flags keep Chromium from calling home on a closed network.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const smtpSinkPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const smtpSinkHttpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 2526);

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  // One retry on CI: a flaky browser step should not block a landing; Playwright still reports it as "flaky".
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    // Recording a trace costs about a fifth of the run's time: on CI only for the retry of a failed test.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      // Signs each shared account in once through the form and saves its session (e2e/sessions.ts).
      name: "setup",
      testMatch: /auth\.setup\.ts/,
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
    {
      name: "chromium",
      // The workflow test archives a profile; it runs afterwards so that it cannot change
      // what the other tests count on the public pages. The outage test runs last and alone (below).
      testIgnore: /review\.spec\.ts|database-outage\.spec\.ts/,
      dependencies: ["setup"],
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      name: "workflow",
      testMatch: /review\.spec\.ts/,
      dependencies: ["setup", "chromium"],
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
    {
      // Starts a second server on a PostgreSQL cluster of its own, stops that database under load and starts
      // it again: run after everything else, so that its load cannot slow the other tests past their limits.
      name: "faults",
      testMatch: /database-outage\.spec\.ts/,
      dependencies: ["setup", "chromium", "workflow"],
      use: { ...devices["Desktop Chrome"], launchOptions: { executablePath, args: CHROMIUM_ARGS } },
    },
  ],
  webServer: [
    {
      // Receives the portal's e-mails over real SMTP; tests read them at /messages.
      command: "node tests/support/smtp-sink.mjs",
      url: `http://127.0.0.1:${smtpSinkHttpPort}/messages`,
      reuseExistingServer: !process.env.CI,
      env: { SMTP_SINK_PORT: String(smtpSinkPort), SMTP_SINK_HTTP_PORT: String(smtpSinkHttpPort) },
    },
    {
      command: `node node_modules/next/dist/bin/next start --port ${port}`,
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      env: {
        NEXT_TELEMETRY_DISABLED: "1",
        PUBLIC_BASE_URL: baseURL,
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "e2e-secret-only-for-local-test-runs",
        SMTP_URL: `smtp://127.0.0.1:${smtpSinkPort}`,
      },
    },
  ],
});
