import type { Page } from "@playwright/test";
import { fieldLabel, message, sectionAnchor, sectionTitle } from "./registry";
import { expect, test, type SessionAccount } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

/**
 * Herr D. of the programme team (issue 12), at a laptop's and at a phone's width: he finds a
 * submission from his dashboard, reads the summary of what changed, comments on one section only and
 * asks for changes; the municipality's editor finds the comment from her dashboard, fixes the text and
 * resubmits; Herr D. sees his earlier comment and what changed since, and publishes after confirming.
 * Each width works on a Steckbrief of its own (no other spec changes these two), so both run in parallel.
 */
const CASES = [
  {
    width: 1280,
    height: 900,
    editor: "editor:baden-baden",
    slug: "baden-baden-bausteine-integration",
    title: /Bausteine für die Integration/,
  },
  {
    width: 390,
    height: 844,
    editor: "editor:leinfelden-echterdingen",
    slug: "leinfelden-echterdingen-zukunftswerkstatt",
    title: /Zukunftswerkstatt: Kontakte knüpfen/,
  },
] as const satisfies readonly { width: number; height: number; editor: SessionAccount; slug: string; title: RegExp }[];

const OCCASION = fieldLabel("occasion");
const NEXT_STEPS = fieldLabel("nextSteps");
const OCCASION_ANCHOR = sectionAnchor("occasion");
const OCCASION_COMMENT = message("Review.sectionComment", { section: sectionTitle("occasion") });

async function submit(editor: Page) {
  await expect(editor.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 20_000 });
  await editor.getByRole("button", { name: "Zur Prüfung einreichen" }).first().click();
  await editor.getByRole("button", { name: message("Editor.check.confirm") }).click(); // the check step
  await expect(editor.getByRole("status").filter({ hasText: "Eingereicht am" })).toBeVisible({ timeout: 15_000 });
}

/** From the dashboard through the queue to the review page of this Steckbrief. */
async function openFromDashboard(reviewer: Page, title: RegExp) {
  await reviewer.goto("/redaktion");
  await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("Alle Steckbriefe");
  await expect(reviewer.getByText("Ihre Steckbriefe")).toHaveCount(0);
  await expect(reviewer.getByTestId("review-waiting")).toHaveText(/^(1 Fassung wartet|\d+ Fassungen warten) auf Prüfung\.$/);
  await expectNoAccessibilityViolations(reviewer);
  await reviewer.getByRole("link", { name: "Zur Prüfung" }).click();
  await reviewer.getByRole("link", { name: new RegExp(`^Prüfen: .*${title.source}`) }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toBeVisible();
}

for (const { width, height, editor: editorAccount, slug, title } of CASES) {
  test(`Herr D. prüft, bittet um eine Änderung und veröffentlicht nach Bestätigung (${width} px)`, async ({ pageAs }) => {
    test.setTimeout(180_000);
    const stamp = Date.now();
    const firstOccasion = `Der Anlass, neu beschrieben für die Prüfung (Fassung ${stamp}).`;
    const fixedOccasion = `Der Anlass, neu beschrieben für die Prüfung, mit dem Datum des Forums (Korrektur ${stamp}).`;
    const nextSteps = `Ein drittes Forum ist für das Frühjahr geplant (${stamp}).`;
    const sectionNote = `Bitte das Datum des Forums nennen (${stamp}).`;

    // The municipality's editor changes two sections and submits.
    const editor = await pageAs(editorAccount, `/redaktion/steckbriefe/${slug}`);
    await editor.setViewportSize({ width, height });
    await editor.getByRole("textbox", { name: OCCASION }).fill(firstOccasion);
    await editor.getByRole("textbox", { name: NEXT_STEPS }).fill(nextSteps);
    await submit(editor);

    // Herr D. finds it from his dashboard and reads the summary first.
    const reviewer = await pageAs("reviewer");
    await reviewer.setViewportSize({ width, height });
    await openFromDashboard(reviewer, title);
    const summary = reviewer.getByRole("region", { name: "Was hat sich geändert?" });
    await expect(summary).toContainText("2 von 13 Abschnitten gegenüber der veröffentlichten Fassung geändert");
    await expect(summary.getByRole("link", { name: sectionTitle("results") })).toBeVisible();
    await summary.getByRole("link", { name: sectionTitle("occasion") }).click();
    await expect(reviewer).toHaveURL(new RegExp(`#vergleich-${OCCASION_ANCHOR}$`));
    const occasionSection = reviewer.locator(`#vergleich-${OCCASION_ANCHOR}`);
    await expect(occasionSection.getByText("veröffentlichte Fassung", { exact: true }).first()).toBeVisible();
    await expect(occasionSection.getByText("eingereichte Fassung", { exact: true }).first()).toBeVisible();
    await expect(occasionSection.locator("ins").first()).toBeVisible();
    // Unchanged sections are collapsed.
    await expect(reviewer.locator(`#vergleich-${sectionAnchor("costs")} details`)).not.toHaveAttribute("open", /.*/);
    await expect(reviewer.locator(`#vergleich-${sectionAnchor("costs")} dl`)).toBeHidden();
    await expectNoAccessibilityViolations(reviewer);

    // No decision is pre-selected: saving without one is refused, with focus on the error summary.
    await expect(reviewer.getByRole("radio", { checked: true })).toHaveCount(0);
    await reviewer.getByRole("button", { name: "Entscheidung speichern" }).click();
    await expect(reviewer.locator("#fehlerzusammenfassung")).toBeFocused();
    await expect(reviewer.locator("#fehlerzusammenfassung")).toContainText("Bitte wählen Sie eine Entscheidung.");
    await expectNoAccessibilityViolations(reviewer);

    // A comment on one section is enough to ask for changes.
    await reviewer.getByLabel(OCCASION_COMMENT).fill(sectionNote);
    await reviewer.getByRole("radio", { name: "Änderungen erbitten" }).check();
    await reviewer.getByRole("button", { name: "Änderungen erbitten" }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: "um Änderungen gebeten" })).toBeVisible();
    await expect(reviewer.getByText("Entschieden:")).toBeVisible();
    await expect(reviewer.getByText("Es kann nichts entschieden werden")).toHaveCount(0);
    await expectNoAccessibilityViolations(reviewer);

    // The editor finds the comment from her dashboard; it leads to the section.
    await editor.goto("/redaktion");
    await expect(editor.getByTestId("change-request")).toContainText("Das Programmteam bittet um Änderungen");
    await expectNoAccessibilityViolations(editor);
    await editor.getByRole("link", { name: /^Die Anmerkung zu/ }).click();
    const notes = editor.getByRole("region", { name: "Das Programmteam bittet um Änderungen" });
    await expect(notes).toContainText(sectionNote);
    await expect(notes).toContainText("Demo-Programmteam");
    await expectNoAccessibilityViolations(editor);
    await notes.getByRole("link", { name: `Zu „${sectionTitle("occasion")}“` }).click();
    await expect(editor).toHaveURL(new RegExp(`#abschnitt-${OCCASION_ANCHOR}$`));
    await editor.getByRole("textbox", { name: OCCASION }).fill(fixedOccasion);
    await submit(editor);

    // Herr D. sees his earlier comment and what changed since, then publishes after confirming.
    await openFromDashboard(reviewer, title);
    const since = reviewer.getByRole("region", { name: "Seit Ihren Anmerkungen" });
    await expect(since).toContainText(sectionNote);
    await expect(since).toContainText("Seitdem wurde 1 Abschnitt geändert.");
    await expect(since.locator("ins").filter({ hasText: "Datum" }).first()).toBeVisible();
    await expectNoAccessibilityViolations(reviewer);
    await reviewer.getByRole("radio", { name: "Freigeben und sofort veröffentlichen" }).check();
    await reviewer.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
    const confirmation = reviewer.getByRole("alert").filter({ hasText: "Jetzt veröffentlichen?" });
    await expect(confirmation).toBeFocused();
    await expectNoAccessibilityViolations(reviewer);
    await reviewer.getByRole("button", { name: "Ja, jetzt veröffentlichen" }).click();
    await expect(reviewer.getByRole("status").filter({ hasText: "jetzt öffentlich" })).toBeVisible();
    await expect(reviewer.getByText("Entschieden:")).toBeVisible();

    await reviewer.goto(`/steckbriefe/${slug}`);
    await expect(reviewer.locator(`#${OCCASION_ANCHOR}`)).toContainText(`Korrektur ${stamp}`);

    // The history keeps the comment, under the section's title, after the resubmission.
    await reviewer.goto(`/redaktion/steckbriefe/${slug}/verlauf`);
    await expect(reviewer.getByRole("listitem").filter({ hasText: sectionNote }).last()).toContainText(`Zu „${sectionTitle("occasion")}“:`);
    await expectNoAccessibilityViolations(reviewer);
  });
}
