import { fieldLabelKey } from "@/lib/profiles/fields";
import { containing, fieldLabel, message, messageIn } from "./registry";
import type { Route } from "@playwright/test";
import { expect, storageStateOf, test } from "./sessions";
import { demoEditor, DEMO_PASSWORD, expectNoAccessibilityViolations, REVIEWER, signIn } from "./support";

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
  // Two sessions, two conflicts (German and English) and axe: past 30 s on a busy machine.
  test.slow();
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
  await expectNoAccessibilityViolations(pageB);

  await pageB.getByRole("button", { name: "Meine Fassung speichern" }).click();
  await expect(pageB.getByTestId("save-status")).toContainText("Gespeichert um");
  await pageA.reload();
  await expect(pageA.getByRole("textbox", { name: recommendations })).toHaveValue(textB);

  // The same in English (issue 13): the conflict view in the page's language, without axe violations.
  await Promise.all([pageA.goto(`/en${path}`), pageB.goto(`/en${path}`)]);
  const englishLabel = messageIn("en", fieldLabelKey("recommendations"));
  await pageA.getByRole("textbox", { name: englishLabel }).fill(`${textA} (2)`);
  await expect(pageA.getByTestId("save-status")).toContainText(messageIn("en", "Editor.status.saved", { time: "|" }).split("|")[0]!);
  await pageB.getByRole("textbox", { name: englishLabel }).fill(`${textB} (2)`);
  await expect(pageB.getByTestId("conflict-recommendations")).toContainText(`${textA} (2)`);
  await expect(pageB.getByText(messageIn("en", "Editor.conflict.title"))).toBeVisible();
  await expectNoAccessibilityViolations(pageB);
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

test.describe("Entwürfe gehen nie verloren, Speichern blockiert nie (issue 12)", () => {
  test("Frau K. ändert zwei Abschnitte mit einer unlesbaren Zahl: der Text ist auf dem Server, die Zahl markiert; sie korrigiert und reicht ein", async ({
    pageAs,
  }) => {
    test.slow();
    const path = "/redaktion/steckbriefe/aidlingen-informieren-und-mitmachen";
    const page = await pageAs("editor:aidlingen", path);
    const recommendations = `Früh die Vereine einbinden und Patenschaften vermitteln (Test ${Date.now()}).`;
    await page.getByRole("textbox", { name: fieldLabel("recommendations") }).fill(recommendations);
    const total = page.getByRole("textbox", { name: fieldLabel("costTotal") });
    await total.fill("1.5OO");
    const letterO = containing("Die Angabe enthält den Buchstaben „O“. Bitte nur Ziffern eingeben, zum Beispiel 4.600 oder 4.600,50.");
    const status = page.getByTestId("save-status");
    await expect(status).toContainText("Gespeichert um", { timeout: 15_000 });
    await expect(status).toContainText("eine Angabe vor dem Einreichen noch zu prüfen");
    await expect(total).toHaveAttribute("aria-invalid", "true");
    await expect(total).toHaveAccessibleDescription(letterO);

    // Another browser (no local copy): the text comes from the server, the number as typed, marked.
    const elsewhere = await pageAs("editor:aidlingen", path);
    await expect(elsewhere.getByRole("textbox", { name: fieldLabel("recommendations") })).toHaveValue(recommendations);
    const totalElsewhere = elsewhere.getByRole("textbox", { name: fieldLabel("costTotal") });
    await expect(totalElsewhere).toHaveValue("1.5OO");
    await expect(totalElsewhere).toHaveAttribute("aria-invalid", "true");
    await expect(totalElsewhere).toHaveAccessibleDescription(letterO);
    await expect(elsewhere.getByText("Ungespeicherte Eingaben aus diesem Browser wurden wiederhergestellt.")).toHaveCount(0);
    await elsewhere.close();

    // Submitting is refused while the number cannot be read: the summary links to the field.
    await page.getByRole("button", { name: "Zur Prüfung einreichen" }).first().click();
    const summary = page.getByRole("alert").filter({ hasText: message("Editor.submitErrorSummary") });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link", { name: letterO })).toHaveAttribute("href", "#feld-costTotal");
    await expectNoAccessibilityViolations(page);

    // She fixes it: the own share is computed; submitting works.
    await total.fill("1.500 €");
    await expect(page.locator("#feld-costOwnShare")).toHaveText("0,00 Euro");
    await expect(status).toContainText("Gespeichert um", { timeout: 15_000 });
    await expect(status).not.toContainText("noch zu prüfen");
    await expect(total).not.toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: "Zur Prüfung einreichen" }).first().click();
    await page.getByRole("button", { name: message("Editor.check.confirm") }).click(); // the check step
    await expect(page.getByText(/^Eingereicht am/)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole("textbox", { name: fieldLabel("recommendations") })).toHaveValue(recommendations);
    await expect(page.getByRole("textbox", { name: fieldLabel("costTotal") })).toHaveValue("1.500,00");
  });

  test("einen Entwurf verwerfen: mit Bestätigung, auch ohne JavaScript; die Kopie im Browser geht mit", async ({ browser, pageAs }) => {
    test.slow();
    const path = "/redaktion/steckbriefe/rielasingen-worblingen-zukunftswerkstatt-netzwerk";
    const page = await pageAs("editor:rielasingen-worblingen", path);
    const field = page.getByRole("textbox", { name: fieldLabel("nextSteps") });
    const published = await field.inputValue();
    await field.fill(`Eine verirrte Änderung ${Date.now()}`);
    const backupKey = await page.evaluate(() => Object.keys(window.localStorage).find((key) => key.startsWith("steckbrief-entwurf:")));
    expect(backupKey).toBeTruthy();
    const backup = await page.evaluate((key) => window.localStorage.getItem(key), backupKey!);
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 15_000 });

    // Without JavaScript: the link opens the confirmation, the button discards.
    const noScript = await browser.newContext({ storageState: storageStateOf("editor:rielasingen-worblingen"), javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(path);
    await plain.getByRole("link", { name: message("Editor.discard.link") }).click();
    const confirmation = plain.getByRole("region", { name: message("Editor.discard.title") });
    await expect(confirmation).toBeVisible();
    await expect(confirmation.getByRole("link", { name: message("Editor.discard.cancel") })).toHaveAttribute("href", path);
    await confirmation.getByRole("button", { name: message("Editor.discard.confirm") }).click();
    await expect(plain).toHaveURL(new RegExp(`${path}\\?verworfen=1(#.*)?$`));
    await expect(plain.getByText(message("Editor.discard.done"))).toBeVisible();
    await expect(plain.getByRole("textbox", { name: fieldLabel("nextSteps") })).toHaveValue(published);
    await expect(plain.getByRole("link", { name: message("Editor.discard.link") })).toHaveCount(0); // nothing left to discard
    await noScript.close();

    // With JavaScript, this browser's copy of unsaved input is removed, not restored.
    await page.goto(path);
    await field.fill(`Noch eine verirrte Änderung ${Date.now()}`);
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 15_000 });
    await page.getByRole("link", { name: message("Editor.discard.link") }).click();
    await page.evaluate(([key, value]) => window.localStorage.setItem(key!, value!), [backupKey, backup]);
    await page.getByRole("button", { name: message("Editor.discard.confirm") }).click();
    await expect(page.getByText(message("Editor.discard.done"))).toBeVisible();
    await expect(field).toHaveValue(published);
    expect(await page.evaluate((key) => window.localStorage.getItem(key), backupKey!)).toBeNull();
    await expectNoAccessibilityViolations(page);
    await page.goto(path);
    await expect(field).toHaveValue(published);
    await expect(page.getByText("Ungespeicherte Eingaben aus diesem Browser wurden wiederhergestellt.")).toHaveCount(0);
  });
});

test("ein Link innerhalb des Portals warnt vor ungespeicherten Eingaben; die Kopie im Browser bleibt", async ({ pageAs }) => {
  const path = "/redaktion/steckbriefe/muellheim-buergerforum-ankommen";
  const page = await pageAs("editor:muellheim", path);
  // The server gets nothing (the save action and the page-leave beacon fail): the input stays unsaved.
  await page.route("**/redaktion/steckbriefe/**", (route) => (route.request().method() === "POST" ? route.abort() : route.continue()));
  await page.route("**/api/redaktion/entwurf", (route) => route.abort());
  const text = `Nur in diesem Browser ${Date.now()}`;
  await page.getByRole("textbox", { name: fieldLabel("nextSteps") }).fill(text);

  const dialogs: string[] = [];
  page.once("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("link", { name: message("Editor.backToDashboard") }).click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toBe(message("Editor.leaveWarning"));
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole("textbox", { name: fieldLabel("nextSteps") })).toHaveValue(text);

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("link", { name: message("Editor.backToDashboard") }).click();
  await page.waitForURL("**/redaktion");
  await page.unrouteAll();
  await page.goto(path);
  await expect(page.getByText("Ungespeicherte Eingaben aus diesem Browser wurden wiederhergestellt.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: fieldLabel("nextSteps") })).toHaveValue(text);
});
