import { fieldLabel, message } from "./registry";
import type { Route } from "@playwright/test";
import { expect, test } from "./sessions";
import { demoEditor, DEMO_PASSWORD, REVIEWER, signIn } from "./support";

/** "Nothing a user typed is lost": network errors, expired sessions and concurrent editing. */

test("eine unterbrochene Verbindung verliert nichts: gespeichert wird, sobald sie wieder steht", async ({ pageAs }) => {
  const page = await pageAs("editor:remseck-am-neckar", "/redaktion/steckbriefe/remseck-am-neckar-wohnen-und-zusammenleben");
  const context = page.context();
  const field = page.getByRole("textbox", { name: fieldLabel("nextSteps") });
  const text = `Weitere Themengruppe geplant (offline geschrieben ${Date.now()}).`;
  await context.setOffline(true);
  await field.fill(text);
  await expect(page.getByTestId("save-status")).toContainText("keine Verbindung", { timeout: 15_000 });
  await context.setOffline(false);
  await expect(page.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 20_000 });
  await page.reload();
  await expect(page.getByRole("textbox", { name: fieldLabel("nextSteps") })).toHaveValue(text);
});

test("nach abgelaufener Sitzung ist der Text nach der erneuten Anmeldung noch da", async ({ pageAs }) => {
  const path = "/redaktion/steckbriefe/tettnang-zukunftskonferenz-miteinander";
  const page = await pageAs("editor:tettnang", path);
  // The session ends in this browser (as after expiry); the shared session itself stays valid on the server.
  await page.context().clearCookies();
  const text = `Das Asylnetzwerk trifft sich künftig monatlich (nach Sitzungsende geschrieben ${Date.now()}).`;
  await page.getByRole("textbox", { name: fieldLabel("measures") }).fill(text);
  const status = page.getByTestId("save-status");
  await expect(status).toContainText("Ihre Sitzung ist abgelaufen");

  await status.getByRole("link", { name: "Erneut anmelden" }).click();
  await page.getByRole("textbox", { name: message("Auth.email") }).fill(demoEditor("tettnang"));
  await page.getByLabel(message("Auth.password")).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: message("Auth.submit") }).click();
  await page.waitForURL(`**${path}`);
  await expect(page.getByText("Ungespeicherte Eingaben aus diesem Browser wurden wiederhergestellt.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: fieldLabel("measures") })).toHaveValue(text);
  // The restored text is saved right away; on a busy machine that may take longer than the default 5 s.
  await expect(page.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole("textbox", { name: fieldLabel("measures") })).toHaveValue(text);
});

test("zwei Personen bearbeiten gleichzeitig: die zweite sieht beide Fassungen und behält ihren Text", async ({ pageAs }) => {
  const path = "/redaktion/steckbriefe/stuttgart-gebrueder-schmid-zentrum-dialoge";
  const [pageA, pageB] = await Promise.all([pageAs("editor:stuttgart", path), pageAs("reviewer", path)]);
  const recommendations = fieldLabel("recommendations");

  const textA = `Fassung der Redaktion ${Date.now()}`;
  await pageA.getByRole("textbox", { name: recommendations }).fill(textA);
  await expect(pageA.getByTestId("save-status")).toContainText("Gespeichert um");

  const textB = `Fassung des Programmteams ${Date.now()}`;
  await pageB.getByRole("textbox", { name: recommendations }).fill(textB);
  await expect(pageB.getByTestId("save-status")).toContainText("inzwischen geändert");
  const conflict = pageB.getByTestId("conflict-recommendations");
  await expect(conflict).toContainText(textA);
  await expect(conflict).toContainText(textB);
  await expect(pageB.getByRole("textbox", { name: recommendations })).toHaveValue(textB);

  await pageB.getByRole("button", { name: "Meine Fassung speichern" }).click();
  await expect(pageB.getByTestId("save-status")).toContainText("Gespeichert um");
  await pageA.reload();
  await expect(pageA.getByRole("textbox", { name: recommendations })).toHaveValue(textB);
});

test("nach dem Abmelden bekommt die nächste Person im selben Browser keine ungespeicherten Eingaben", async ({ browser }) => {
  test.slow(); // two sign-ins through the form
  // A municipality no other test edits; both accounts sign in here themselves (their sessions end).
  const path = "/redaktion/steckbriefe/uhldingen-muehlhofen-ehrenamt-gewinnen";
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoEditor("uhldingen-muehlhofen"), path);
  const field = page.getByRole("textbox", { name: fieldLabel("nextSteps") });
  const saved = await field.inputValue();
  // Only in this browser: every way to the server for the draft fails (the save action and the
  // page-leave beacon), so the text stays local when the editor signs out.
  const blockDraftSaves = (route: Route) => (route.request().method() === "POST" ? route.abort() : route.continue());
  await context.route("**/redaktion/steckbriefe/**", blockDraftSaves);
  await context.route("**/api/redaktion/entwurf", blockDraftSaves);
  const text = `Nur lokal getippt ${Date.now()}`;
  await field.fill(text);
  await expect(page.getByTestId("save-status")).toContainText("keine Verbindung", { timeout: 15_000 });
  await page.getByRole("button", { name: message("Editorial.signOut"), exact: true }).click();
  await page.waitForURL("**/anmelden**");
  await context.unrouteAll();
  expect(await page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith("steckbrief-entwurf:")))).toEqual([]);

  await signIn(page, REVIEWER, path);
  await expect(page.getByRole("textbox", { name: fieldLabel("nextSteps") })).toHaveValue(saved);
  await expect(page.getByText("Ungespeicherte Eingaben aus diesem Browser wurden wiederhergestellt.")).toHaveCount(0);
  await context.close();
});
