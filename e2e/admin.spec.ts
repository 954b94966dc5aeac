import { expect, test } from "./sessions";
import { demoEditor, expectNoAccessibilityViolations, signIn } from "./support";

// Disabled in the first test: signs in through the form, with sessions of its own (not a shared one).
const EDITOR = demoEditor("weinheim");

test.describe("Verwaltung", () => {
  test("die Administration deaktiviert eine angemeldete Redakteurin: ihr nächster Seitenaufruf führt zur Anmeldung", async ({
    pageAs,
    browser,
  }) => {
    test.slow(); // two browsers, four pages checked with axe-core, a sign-in and a sign-out
    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await signIn(editor, EDITOR);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Ihre Steckbriefe");

    const page = await pageAs("admin");
    await page.getByRole("navigation", { name: "Redaktionsbereich" }).getByRole("link", { name: "Verwaltung" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verwaltung");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("heading", { name: "Nutzer und Rollen" }).getByRole("link").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nutzer und Rollen");
    await expect(page.getByRole("row", { name: new RegExp(EDITOR.replace(/[+.]/g, "\\$&")) })).toContainText("Weinheim");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: `Bearbeiten: ${EDITOR}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(EDITOR);
    await expect(page.getByRole("checkbox", { name: "Weinheim" })).toBeChecked();
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Konto deaktivieren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Das Konto ist deaktiviert." })).toBeVisible();

    // The editor's session ends at once: the next page load asks for the sign-in.
    await editor.reload();
    await expect(editor).toHaveURL(/\/anmelden\?ruecksprung=%2Fredaktion$/);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Anmelden");

    // Enabling again (also leaves the demo account as it was for other tests).
    await page.getByRole("button", { name: "Konto wieder aktivieren" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Das Konto ist wieder aktiv." })).toBeVisible();
    await signIn(editor, EDITOR);
    await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Ihre Steckbriefe");
    await editorContext.close();
  });

  test("ein ungültiger AGS wird am Feld erklärt, die Eingaben bleiben erhalten", async ({ pageAs }) => {
    const page = await pageAs("admin", "/redaktion/verwaltung/kommunen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommunen");
    await expect(page.getByRole("row", { name: /^Weinheim/ })).toContainText("Rhein-Neckar-Kreis");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: "Kommune anlegen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kommune anlegen");
    await expectNoAccessibilityViolations(page);
    const name = page.getByRole("textbox", { name: "Name", exact: true });
    await name.fill("Prüfhausen");
    await page.getByRole("combobox", { name: "Art" }).selectOption("GEMEINDE");
    await page.getByRole("combobox", { name: "Regierungsbezirk" }).selectOption("KARLSRUHE");
    const ags = page.getByRole("textbox", { name: "Amtlicher Gemeindeschlüssel (AGS)" });
    await ags.fill("0822609X");
    await page.getByRole("button", { name: "Kommune anlegen" }).click();

    const message = /Der AGS besteht aus genau 8 Ziffern, zum Beispiel 08226096\./;
    const summary = page.getByRole("alert").filter({ hasText: "Die Kommune wurde nicht gespeichert" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: message })).toHaveAttribute("href", "#kommune-ags");
    await expect(ags).toHaveAttribute("aria-invalid", "true");
    await expect(ags).toHaveAccessibleDescription(message);
    await expect(ags).toHaveValue("0822609X");
    await expect(name).toHaveValue("Prüfhausen");
    await expect(page).toHaveURL(/\/redaktion\/verwaltung\/kommunen\/neu$/);
    await expectNoAccessibilityViolations(page);
  });

  test("Themen und Formate: ein verwendetes Themenfeld lässt sich nicht löschen", async ({ pageAs }) => {
    const page = await pageAs("admin", "/redaktion/verwaltung/themen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Themenfelder und Veranstaltungsformate");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Löschen: Wohnen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "„Wohnen“ wird in" })).toContainText("kann deshalb nicht gelöscht werden");
    await expect(page.getByRole("textbox", { name: "Name von „Wohnen“" })).toBeVisible();
  });

  test("das Programmteam sieht die Verwaltung nicht: 404", async ({ pageAs }) => {
    const page = await pageAs("reviewer");
    await expect(page.getByRole("navigation", { name: "Redaktionsbereich" }).getByRole("link", { name: "Verwaltung" })).toHaveCount(0);
    const response = await page.goto("/redaktion/verwaltung/nutzer");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
    await expect(page.getByRole("navigation", { name: "Bereiche der Verwaltung" })).toHaveCount(0);
  });
});
