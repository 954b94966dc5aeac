import { expect, test } from "@playwright/test";
import { demoEditor, DEMO_PASSWORD, signIn } from "./support";

/** "Nothing a user typed is lost": network errors, expired sessions and concurrent editing. */

test("eine unterbrochene Verbindung verliert nichts: gespeichert wird, sobald sie wieder steht", async ({ page, context }) => {
  await signIn(page, demoEditor("remseck-am-neckar"), "/redaktion/steckbriefe/remseck-am-neckar-wohnen-und-zusammenleben");
  const field = page.getByRole("textbox", { name: "Nächste Schritte" });
  const text = `Weitere Themengruppe geplant (offline geschrieben ${Date.now()}).`;
  await context.setOffline(true);
  await field.fill(text);
  await expect(page.getByTestId("save-status")).toContainText("keine Verbindung", { timeout: 15_000 });
  await context.setOffline(false);
  await expect(page.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Nächste Schritte" })).toHaveValue(text);
});

test("nach abgelaufener Sitzung ist der Text nach der erneuten Anmeldung noch da", async ({ page, context }) => {
  const path = "/redaktion/steckbriefe/tettnang-zukunftskonferenz-miteinander";
  await signIn(page, demoEditor("tettnang"), path);
  await context.clearCookies(); // the session ends (as after expiry or signing out elsewhere)
  const text = `Das Asylnetzwerk trifft sich künftig monatlich (nach Sitzungsende geschrieben ${Date.now()}).`;
  await page.getByRole("textbox", { name: "Maßnahmen" }).fill(text);
  const status = page.getByTestId("save-status");
  await expect(status).toContainText("Ihre Sitzung ist abgelaufen");

  await status.getByRole("link", { name: "Erneut anmelden" }).click();
  await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(demoEditor("tettnang"));
  await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Anmelden" }).click();
  await page.waitForURL(`**${path}`);
  await expect(page.getByText("Ungespeicherte Eingaben aus diesem Browser wurden wiederhergestellt.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Maßnahmen" })).toHaveValue(text);
  await expect(page.getByTestId("save-status")).toContainText("Gespeichert um");
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Maßnahmen" })).toHaveValue(text);
});

test("zwei Personen bearbeiten gleichzeitig: die zweite sieht beide Fassungen und behält ihren Text", async ({ browser }) => {
  const path = "/redaktion/steckbriefe/stuttgart-gebrueder-schmid-zentrum-dialoge";
  const [first, second] = await Promise.all([browser.newContext(), browser.newContext()]);
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  await signIn(pageA, demoEditor("stuttgart"), path);
  await signIn(pageB, "pruefung@example.org", path);

  const textA = `Fassung der Redaktion ${Date.now()}`;
  await pageA.getByRole("textbox", { name: "Empfehlungen an andere Kommunen" }).fill(textA);
  await expect(pageA.getByTestId("save-status")).toContainText("Gespeichert um");

  const textB = `Fassung des Programmteams ${Date.now()}`;
  await pageB.getByRole("textbox", { name: "Empfehlungen an andere Kommunen" }).fill(textB);
  await expect(pageB.getByTestId("save-status")).toContainText("inzwischen geändert");
  const conflict = pageB.getByTestId("conflict-recommendations");
  await expect(conflict).toContainText(textA);
  await expect(conflict).toContainText(textB);
  await expect(pageB.getByRole("textbox", { name: "Empfehlungen an andere Kommunen" })).toHaveValue(textB);

  await pageB.getByRole("button", { name: "Meine Fassung speichern" }).click();
  await expect(pageB.getByTestId("save-status")).toContainText("Gespeichert um");
  await pageA.reload();
  await expect(pageA.getByRole("textbox", { name: "Empfehlungen an andere Kommunen" })).toHaveValue(textB);
  await Promise.all([first.close(), second.close()]);
});
