import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { message } from "./registry";

/** Runs axe-core with the WCAG 2.1 A and AA rules and expects no violation. */
export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

export { PROFILE_SECTION_HEADINGS } from "./registry";

export const DEMO_PASSWORD = "Demo-Passwort-2026";
export const ADMIN = "admin@example.org";
export const REVIEWER = "pruefung@example.org";
export const demoEditor = (municipalitySlug: string) => `redaktion+${municipalitySlug}@example.org`;

/**
 * Signs in through the real sign-in page (next-auth credentials provider). For a session of its
 * own: the setup (auth.setup.ts) and tests whose account loses its session (disabled, password
 * changed) or that test the sign-in itself; every other test starts signed in with `pageAs`.
 */
export async function signIn(page: Page, email: string, returnTo = "/redaktion") {
  await page.goto(`/anmelden?ruecksprung=${encodeURIComponent(returnTo)}`);
  await page.getByRole("textbox", { name: message("Auth.email") }).fill(email);
  await page.getByLabel(message("Auth.password")).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: message("Auth.submit") }).click();
  await page.waitForURL((url) => url.pathname === returnTo);
}

const mailSinkUrl = `http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT ?? 2526}/messages`;

/** Polls the test SMTP server (tests/support/smtp-sink.mjs) until a mail to `to` arrived. */
export async function waitForMail(to: string, timeoutMs = 15_000): Promise<{ subject: string; text: string }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${mailSinkUrl}?to=${encodeURIComponent(to)}`);
    const messages = (await response.json()) as { to: string[] | string; subject: string; text: string }[];
    if (messages.length > 0) return messages[messages.length - 1]!;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Keine E-Mail an ${to} angekommen`);
}

/** The single link on its own line in a mail's text. */
export function linkFromMail(text: string, path: string): string {
  const match = text.match(new RegExp(`^(https?://\\S+${path}\\S+)$`, "m"));
  if (!match) throw new Error(`Kein Link ${path} in der E-Mail:\n${text}`);
  return match[1]!;
}
