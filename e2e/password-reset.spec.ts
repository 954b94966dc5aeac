import type { Page } from "@playwright/test";
import { message } from "./registry";
import { expect, test } from "./sessions";
import { DEMO_PASSWORD, demoEditor, expectNoAccessibilityViolations, linkFromMail } from "./support";

/**
 * Password reset end to end: the mail goes over real SMTP to the test sink (tests/support/smtp-sink.mjs);
 * its link is the only way to the new password. Leonberg's demo editor is used by no other test — its
 * password changes here (so it has no shared session, e2e/sessions.ts). Re-runs against the same database
 * work: nothing below needs the old password.
 */

const CONFIRMATION = "Wenn zu dieser Adresse ein Konto besteht, haben wir Ihnen eine E-Mail mit einem Link geschickt";
const mailSinkUrl = `http://127.0.0.1:${process.env.E2E_SMTP_HTTP_PORT ?? 2526}/messages`;

/** Waits for a mail to `to` received after `since` (a sink that is reused may hold older ones). */
async function waitForNewMail(to: string, since: number): Promise<{ subject: string; text: string }> {
  let found: { subject: string; text: string } | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`${mailSinkUrl}?to=${encodeURIComponent(to)}`);
        const messages = (await response.json()) as { to: string; subject: string; text: string; receivedAt: string }[];
        found = messages.filter((message) => message.to === to && Date.parse(message.receivedAt) >= since).at(-1);
        return found !== undefined;
      },
      { message: `E-Mail an ${to}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

async function requestReset(page: Page, email: string) {
  await page.goto("/passwort-vergessen");
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(email);
  await page.getByRole("button", { name: "Link anfordern" }).click();
  await expect(page.getByRole("status").filter({ hasText: CONFIRMATION })).toBeVisible();
}

test.describe("Passwort vergessen", () => {
  test("setzt das Passwort über den Link aus der E-Mail neu; der Link gilt nur einmal", async ({ page, browser }) => {
    test.slow(); // two password hashes (argon2), a mail, two pages checked with axe-core
    const email = demoEditor("leimen");
    const newPassword = `Neues Demo-Passwort ${Date.now()}`;

    // From the sign-in page to the request form.
    await page.goto("/anmelden");
    await page.getByRole("link", { name: "Passwort vergessen?" }).click();
    await expect(page).toHaveURL(/\/passwort-vergessen$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Passwort vergessen");
    await expectNoAccessibilityViolations(page);

    // An invalid address is explained at the field and stays in it.
    await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill("leimen-ohne-at");
    await page.getByRole("button", { name: "Link anfordern" }).click();
    const field = page.getByRole("textbox", { name: "E-Mail-Adresse" });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(/gültige E-Mail-Adresse/);
    await expect(field).toHaveValue("leimen-ohne-at");
    await expect(page.getByRole("alert").getByRole("link", { name: /gültige E-Mail-Adresse/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    const since = Date.now();
    await field.fill(email);
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect(page.getByRole("status").filter({ hasText: CONFIRMATION })).toBeVisible();
    await expect(field).toHaveValue(email);
    await expectNoAccessibilityViolations(page);

    const mail = await waitForNewMail(email, since);
    expect(mail.subject).toBe("Passwort zurücksetzen – Steckbriefe der kommunalen Flüchtlingsdialoge");
    const link = linkFromMail(mail.text, "/passwort-zuruecksetzen/");

    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Neues Passwort festlegen");
    await expectNoAccessibilityViolations(page);

    // Mismatch: explained at the confirmation field; what was typed stays.
    const password = page.getByRole("textbox", { name: "Neues Passwort", exact: true });
    const confirmation = page.getByRole("textbox", { name: "Neues Passwort wiederholen" });
    await password.fill(newPassword);
    await confirmation.fill(`${newPassword} anders`);
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await expect(confirmation).toHaveAccessibleDescription(/stimmen nicht überein/);
    await expect(confirmation).toHaveAttribute("aria-invalid", "true");
    await expect(password).toHaveValue(newPassword);
    await expectNoAccessibilityViolations(page);

    await confirmation.fill(newPassword);
    await page.getByRole("button", { name: "Passwort speichern" }).click();
    await page.waitForURL((url) => url.pathname === "/redaktion");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Steckbriefe");
    await expect(page.getByText(`Angemeldet als ${email}`)).toBeVisible();

    // The old password no longer works (a fresh browser, not signed in).
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await otherPage.goto("/anmelden");
    await otherPage.getByRole("textbox", { name: message("Auth.email") }).fill(email);
    await otherPage.getByLabel(message("Auth.password")).fill(DEMO_PASSWORD);
    await otherPage.getByRole("button", { name: message("Auth.submit") }).click();
    await expect(otherPage.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort ist falsch" })).toBeVisible();
    await other.close();

    // The link works only once, and the page shows the way to a new one.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Link wurde bereits verwendet");
    await expect(page.getByRole("textbox")).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Neuen Link anfordern" }).click();
    await expect(page).toHaveURL(/\/passwort-vergessen$/);
  });

  test("eine unbekannte Adresse bekommt dieselbe Antwort und keine E-Mail", async ({ page }) => {
    const unknown = `niemand+${Date.now()}@example.org`;
    const since = Date.now();
    await requestReset(page, unknown);
    // Give a (wrongly) sent mail time to arrive before asserting that none did.
    await page.waitForTimeout(1_000);
    const response = await fetch(`${mailSinkUrl}?to=${encodeURIComponent(unknown)}`);
    const messages = (await response.json()) as { receivedAt: string }[];
    expect(messages.filter((message) => Date.parse(message.receivedAt) >= since)).toEqual([]);
  });

  test("ein unbekannter Link erklärt, was zu tun ist", async ({ page }) => {
    await page.goto(`/passwort-zuruecksetzen/${"x".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Link ist ungültig");
    await expect(page.getByRole("link", { name: "Neuen Link anfordern" })).toHaveAttribute("href", "/passwort-vergessen");
  });
});

test.describe("Passwort vergessen ohne JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("das Anfordern funktioniert auch ohne JavaScript", async ({ page }) => {
    await page.goto("/passwort-vergessen");
    await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(`niemand+ohne-js-${Date.now()}@example.org`);
    await page.getByRole("button", { name: "Link anfordern" }).click();
    await expect(page.getByRole("status").filter({ hasText: CONFIRMATION })).toBeVisible();
  });
});

test.describe("Postausgang", () => {
  test("Administratorinnen sehen die versendeten E-Mails mit ihrem Text", async ({ page, pageAs }) => {
    // A mail of this test, for a demo account whose password is not changed by it.
    const recipient = demoEditor("muehlacker");
    const since = Date.now();
    await requestReset(page, recipient);
    await waitForNewMail(recipient, since);

    const admin = await pageAs("admin", "/redaktion/postausgang");
    await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Postausgang");
    await expect(admin.getByTestId("smtp-state")).toContainText("Ein Mailserver ist eingerichtet");
    await expect(admin.getByRole("columnheader", { name: "Empfänger/in" })).toBeVisible();
    const row = admin.getByRole("row").filter({ hasText: recipient }).first();
    await expect(row).toContainText("Passwort zurücksetzen – Steckbriefe der kommunalen Flüchtlingsdialoge");
    await expect(row).toContainText("zugestellt am");
    await expectNoAccessibilityViolations(admin);

    await row.getByText("Text anzeigen").click();
    await expect(row.getByText(/\/passwort-zuruecksetzen\/[A-Za-z0-9_-]{43}/)).toBeVisible();
    await expectNoAccessibilityViolations(admin);
  });

  test("für Redakteurinnen gibt es die Seite nicht", async ({ pageAs }) => {
    const page = await pageAs("editor");
    await expect(page.getByRole("link", { name: "Postausgang" })).toHaveCount(0);
    const response = await page.goto("/redaktion/postausgang");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  });
});
