import type { Browser, Page } from "@playwright/test";
import { message } from "./registry";
import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations, REVIEWER } from "./support";

/**
 * The feedback form of the accessibility statement (/barrierefreiheit), end to end: without and with
 * JavaScript, over real SMTP (tests/support/smtp-sink.mjs), to the programme staff's list.
 * Each test is its own client (X-Forwarded-For), so that the hourly limit per client never meets a re-run.
 */

const mailSinkUrl = `http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT ?? 2526}/messages`;
/** The form's minimum fill time (lib/feedback/form-token.ts MIN_FILL_MS) and a margin. */
const FILL_TIME_MS = 3_500;

async function mailWith(to: string, subjectPart: string): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${mailSinkUrl}?to=${encodeURIComponent(to)}`);
        const messages = (await response.json()) as { subject: string; text: string }[];
        found = messages.find((mail) => mail.subject.includes(subjectPart));
        return found !== undefined;
      },
      { message: `E-Mail an ${to} mit „${subjectPart}“`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

async function clientPage(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const client = `2001:db8:e2e:${Date.now().toString(16).slice(-4)}::${Math.floor(Math.random() * 0xffff).toString(16)}`;
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": client } });
  return context.newPage();
}

/** Waits until the form has been shown for the minimum fill time. */
async function waitForFillTime(shownAt: number) {
  const rest = shownAt + FILL_TIME_MS - Date.now();
  if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

test.describe("Barriere melden", () => {
  test("ohne JavaScript: Fehler am Feld, nichts geht verloren, dann Bestätigung, Eingangsbestätigung und Mail ans Programmteam", async ({
    browser,
  }) => {
    test.slow();
    const page = await clientPage(browser, false);
    await page.goto("/barrierefreiheit?seite=/karte%3Ftyp%3Dstadt");
    const shownAt = Date.now();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(message("Pages.accessibility.title"));
    const pageField = page.getByRole("textbox", { name: message("AccessibilityFeedback.page") });
    await expect(pageField).toHaveValue("/karte?typ=stadt");

    // An empty message and a wrong address: explained at the fields; the name typed stays.
    await page.getByRole("textbox", { name: message("AccessibilityFeedback.name") }).fill("Erika Beispiel");
    await page.getByRole("textbox", { name: message("AccessibilityFeedback.email") }).fill("erika-ohne-at");
    await page.getByRole("button", { name: message("AccessibilityFeedback.submit") }).click();
    const messageField = page.getByRole("textbox", { name: message("AccessibilityFeedback.message") });
    await expect(messageField).toHaveAttribute("aria-invalid", "true");
    await expect(messageField).toHaveAccessibleDescription(/Bitte beschreiben Sie das Problem/);
    await expect(page.getByRole("alert").getByRole("link", { name: /gültige E-Mail-Adresse/ })).toBeVisible();
    await expect(page.getByRole("textbox", { name: message("AccessibilityFeedback.name") })).toHaveValue("Erika Beispiel");
    await expect(pageField).toHaveValue("/karte?typ=stadt");

    const text = `Ohne JavaScript: Der Filter auf der Karte ist nicht beschriftet (${unique()}).`;
    const sender = `erika+${unique()}@example.org`;
    await messageField.fill(text);
    await page.getByRole("textbox", { name: message("AccessibilityFeedback.email") }).fill(sender);
    await waitForFillTime(shownAt);
    await page.getByRole("button", { name: message("AccessibilityFeedback.submit") }).click();

    const confirmation = page.getByTestId("feedback-confirmation");
    await expect(confirmation).toContainText(message("AccessibilityFeedback.sentTitle"));
    const reference = (await confirmation.textContent())!.match(/BF-\d{5}/)![0];

    const acknowledgement = await mailWith(sender, reference);
    expect(acknowledgement.text).toContain(reference);
    const staffMail = await mailWith(REVIEWER, reference);
    expect(staffMail.text).toContain(text);
    expect(staffMail.text).toMatch(/\/karte\?typ=stadt$/m);
    await page.context().close();
  });

  test("mit JavaScript: Fehler und Bestätigung erhalten den Fokus, ohne Barrieren; das Programmteam sieht die Rückmeldung", async ({
    browser,
    pageAs,
  }) => {
    test.slow();
    const page = await clientPage(browser, true);
    await page.goto("/barrierefreiheit");
    const shownAt = Date.now();
    await expectNoAccessibilityViolations(page);

    await page.getByRole("textbox", { name: message("AccessibilityFeedback.email") }).fill("nicht@gueltig");
    await page.getByRole("button", { name: message("AccessibilityFeedback.submit") }).click();
    await expect(page.locator("#fehlerzusammenfassung")).toBeFocused();
    await expect(page.getByRole("textbox", { name: message("AccessibilityFeedback.email") })).toHaveValue("nicht@gueltig");
    await expectNoAccessibilityViolations(page);

    const text = `Mit JavaScript: Die Tabelle der Statistik ist zu breit (${unique()}).`;
    await page.getByRole("textbox", { name: message("AccessibilityFeedback.message") }).fill(text);
    await page.getByRole("textbox", { name: message("AccessibilityFeedback.email") }).fill("");
    await waitForFillTime(shownAt);
    await page.getByRole("button", { name: message("AccessibilityFeedback.submit") }).click();
    const confirmation = page.getByTestId("feedback-confirmation");
    await expect(confirmation).toBeFocused();
    await expect(confirmation).toContainText(message("AccessibilityFeedback.sentNoMail"));
    const reference = (await confirmation.textContent())!.match(/BF-\d{5}/)![0];
    await expectNoAccessibilityViolations(page);
    await page.context().close();

    // The programme staff: the message in the list, marked done there.
    const reviewer = await pageAs("reviewer", "/redaktion/rueckmeldungen");
    await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText(message("FeedbackList.title"));
    const row = reviewer.getByRole("row").filter({ hasText: reference });
    await expect(row).toContainText(text);
    await expectNoAccessibilityViolations(reviewer);
    await row.getByRole("button", { name: `${message("FeedbackList.markDone")} ${reference}` }).click();
    await expect(reviewer.getByRole("row").filter({ hasText: reference })).toContainText(/erledigt am/);

    // Editors do not see that the list exists.
    const editor = await pageAs("editor", "/redaktion/rueckmeldungen");
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  });

  test("ein zu schnell abgeschicktes Formular wird abgewiesen, ohne den Grund zu nennen", async ({ browser }) => {
    const page = await clientPage(browser, false);
    await page.goto("/barrierefreiheit");
    await page.getByRole("textbox", { name: message("AccessibilityFeedback.message") }).fill("Sofort abgeschickt");
    await page.getByRole("button", { name: message("AccessibilityFeedback.submit") }).click();
    await expect(page.getByTestId("feedback-failure")).toHaveText(message("Errors.feedback-refused"));
    await expect(page.getByRole("textbox", { name: message("AccessibilityFeedback.message") })).toHaveValue("Sofort abgeschickt");
    await page.context().close();
  });
});
