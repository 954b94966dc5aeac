import { fieldLabel } from "./registry";
import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations, linkFromMail, waitForMail } from "./support";

test("eine Administratorin lädt eine Redakteurin ein; sie legt ihr Passwort fest und bearbeitet ihren Steckbrief", async ({
  pageAs,
  browser,
}) => {
  test.slow(); // the whole way from the invitation to the first save, three pages checked with axe-core
  const invitee = `neu.redaktion+${Date.now()}@example.org`;

  const page = await pageAs("admin", "/redaktion/einladen");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Person einladen");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(invitee);
  await page.getByRole("radio", { name: /^Redaktion einer Kommune/ }).check();
  await page.getByRole("checkbox", { name: "Ostfildern" }).check();
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Die Einladung an ${invitee} wurde versendet.` })).toBeVisible();

  // The mail arrives over real SMTP; its link is the only way in.
  const mail = await waitForMail(invitee);
  expect(mail.subject).toMatch(/Einladung/);
  const link = linkFromMail(mail.text, "/einladung/");

  const context = await browser.newContext();
  const inviteePage = await context.newPage();
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("Willkommen im Redaktionsbereich");
  await expect(inviteePage.getByText("Ostfildern")).toBeVisible();
  await expectNoAccessibilityViolations(inviteePage);

  // A password that is too short is explained at the field and nothing is lost.
  await inviteePage.getByLabel("Neues Passwort").fill("zu-kurz");
  await inviteePage.getByLabel("Passwort wiederholen").fill("zu-kurz");
  await inviteePage.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
  await expect(inviteePage.getByLabel("Neues Passwort")).toHaveAccessibleDescription(/mindestens 12 Zeichen/);
  await expect(inviteePage.getByLabel("Neues Passwort")).toHaveValue("zu-kurz");

  const password = "Neuer Zugang zum Redaktionsbereich 2026";
  await inviteePage.getByLabel("Neues Passwort").fill(password);
  await inviteePage.getByLabel("Passwort wiederholen").fill(password);
  await inviteePage.getByRole("button", { name: "Passwort speichern und anmelden" }).click();
  await inviteePage.waitForURL("**/redaktion");
  await expect(inviteePage.getByRole("cell", { name: "Ostfildern", exact: true })).toBeVisible();

  await inviteePage.getByRole("link", { name: /^Bearbeiten:/ }).click();
  const recommendations = inviteePage.getByRole("textbox", { name: fieldLabel("recommendations") });
  const text = `Frühzeitig die Vereine einbinden – Empfehlung der neuen Redaktion (${Date.now()}).`;
  await recommendations.fill(text);
  await expect(inviteePage.getByTestId("save-status")).toContainText("Gespeichert um");
  await inviteePage.reload();
  await expect(inviteePage.getByRole("textbox", { name: fieldLabel("recommendations") })).toHaveValue(text);

  // The link works only once.
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole("heading", { level: 1 })).toHaveText("Diese Einladung wurde bereits angenommen");
  await expect(inviteePage.getByRole("link", { name: "Passwort zurücksetzen" })).toBeVisible();
  await context.close();
});

test("ein ungültiger Einladungslink erklärt, was zu tun ist", async ({ page }) => {
  await page.goto("/einladung/abc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Einladungslink ist ungültig");
});

test("eine Redakteurin darf niemanden einladen", async ({ pageAs }) => {
  const page = await pageAs("editor");
  const response = await page.goto("/redaktion/einladen");
  expect(response?.status()).toBe(404);
});

test("nach einer Einladung ins Programmteam funktioniert die nächste Einladung (Kommunen wieder wählbar)", async ({ pageAs }) => {
  const stamp = Date.now();
  const page = await pageAs("admin", "/redaktion/einladen");
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(`neu.programmteam+${stamp}@example.org`);
  await page.getByRole("radio", { name: /^Programmteam/ }).check();
  await expect(page.getByRole("group", { name: "Kommunen" })).toHaveCount(0);
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: `neu.programmteam+${stamp}@example.org` })).toBeVisible();

  // The role is back at "Redaktion einer Kommune", and the municipality picker with it.
  await expect(page.getByRole("radio", { name: /^Redaktion einer Kommune/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Fellbach" })).toBeVisible();
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(`neu.kommune+${stamp}@example.org`);
  await page.getByRole("checkbox", { name: "Fellbach" }).check();
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: `neu.kommune+${stamp}@example.org` })).toBeVisible();

  // Programmteam once more, then back to a municipality by hand: the picker follows the buttons.
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(`neu.programmteam2+${stamp}@example.org`);
  await page.getByRole("radio", { name: /^Programmteam/ }).check();
  await page.getByRole("button", { name: "Einladung senden" }).click();
  await expect(page.getByRole("status").filter({ hasText: `neu.programmteam2+${stamp}@example.org` })).toBeVisible();
  await page.getByRole("radio", { name: /^Programmteam/ }).check();
  await expect(page.getByRole("checkbox", { name: "Fellbach" })).toHaveCount(0);
  await page.getByRole("radio", { name: /^Redaktion einer Kommune/ }).check();
  await expect(page.getByRole("checkbox", { name: "Fellbach" })).toBeVisible();
});
