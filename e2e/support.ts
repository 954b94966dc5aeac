import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Runs axe-core with the WCAG 2.1 A and AA rules and expects no violation. */
export async function expectNoAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}

/** The section headings every public Steckbrief shows (PRODUCT.md, "The Steckbrief"). */
export const PROFILE_SECTION_HEADINGS = [
  "Angaben zur Kommune",
  "Ausgangssituation / Anlass",
  "Veranstaltungskonzept",
  "Beratung und Moderation",
  "Themenfelder",
  "Beteiligte Akteure",
  "Bewertung des Ablaufs und der Ergebnisse",
  "Konkrete Ergebnisse, Maßnahmen und nächste Schritte",
  "Kosten",
  "Empfehlungen",
  "Ansprechpartner",
  "Zitat",
  "Medien",
];

export const DEMO_PASSWORD = "Demo-Passwort-2026";
export const demoEditor = (municipalitySlug: string) => `redaktion+${municipalitySlug}@example.org`;

/** Signs in through the real sign-in page (next-auth credentials provider). */
export async function signIn(page: Page, email: string, returnTo = "/redaktion") {
  await page.goto(`/anmelden?ruecksprung=${encodeURIComponent(returnTo)}`);
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL((url) => url.pathname === returnTo);
}
