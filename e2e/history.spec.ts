import { fieldLabel } from "./registry";
import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

test("eine Redaktion legt einen weiteren Steckbrief für ihre Kommune an", async ({ pageAs }) => {
  const page = await pageAs("editor:kusterdingen");
  await expect(page.getByRole("row")).toHaveCount(2);
  // A too short title is explained at the field.
  await page.getByRole("textbox", { name: "Arbeitstitel des Dialogs" }).fill("X");
  await page.getByRole("button", { name: "Steckbrief anlegen" }).click();
  await expect(page.getByRole("textbox", { name: "Arbeitstitel des Dialogs" })).toHaveAccessibleDescription(/mindestens 3 Zeichen/);
  await page.getByRole("textbox", { name: "Arbeitstitel des Dialogs" }).fill("Sprachcafé in den Ortsteilen");
  await page.getByRole("button", { name: "Steckbrief anlegen" }).click();
  await expect(page).toHaveURL(/\/redaktion\/steckbriefe\/kusterdingen-sprachcafe-in-den-ortsteilen$/);
  await expect(page.getByRole("textbox", { name: fieldLabel("title"), exact: true })).toHaveValue("Sprachcafé in den Ortsteilen");
  await page.goto("/redaktion");
  await expect(page.getByRole("row")).toHaveCount(3);
});

test("eine ältere Fassung wird als Entwurf wiederhergestellt, ohne veröffentlicht zu werden", async ({ pageAs }) => {
  const path = "/redaktion/steckbriefe/dusslingen-vorhandenes-staerken";
  const page = await pageAs("editor:dusslingen", path);
  const occasion = page.getByRole("textbox", { name: fieldLabel("occasion") });
  const original = await occasion.inputValue();
  await occasion.fill(`Überarbeiteter Anlass (${Date.now()}).`);
  await expect(page.getByTestId("save-status")).toContainText("Gespeichert um");

  await page.getByRole("link", { name: "Verlauf aller Fassungen" }).click();
  await expect(page.getByRole("heading", { name: /^Fassung 2/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Fassung 1 als Entwurf wiederherstellen" }).click();
  await expect(page.getByRole("heading", { name: /^Fassung 3/ })).toBeVisible();

  await page.goto(path);
  await expect(page.getByRole("textbox", { name: fieldLabel("occasion") })).toHaveValue(original);
  await page.goto("/redaktion/steckbriefe/dusslingen-vorhandenes-staerken/verlauf");
  await expect(page.getByRole("heading", { name: /^Fassung 2/ })).toContainText("Verworfen");
});

test("ein Veröffentlichungstermin in der Vergangenheit wird am Feld erklärt", async ({ pageAs }) => {
  const editor = await pageAs("editor:baiersbronn", "/redaktion/steckbriefe/baiersbronn-ideen-der-buerger-nutzen");
  // Nothing changed yet: there is no draft to submit.
  await expect(editor.getByRole("button", { name: "Zur Prüfung einreichen" })).toHaveCount(0);
  await editor.getByRole("textbox", { name: fieldLabel("nextSteps") }).fill(`Zweite Zukunftswerkstatt im Frühjahr (${Date.now()}).`);
  await expect(editor.getByTestId("save-status")).toContainText("Gespeichert um");
  await editor.getByRole("button", { name: "Zur Prüfung einreichen" }).first().click();
  await editor.getByRole("button", { name: "Jetzt zur Prüfung einreichen" }).click(); // the check step
  await expect(editor.getByRole("status").filter({ hasText: "Eingereicht am" })).toBeVisible();

  const reviewer = await pageAs("reviewer", "/redaktion/pruefung");
  await reviewer.getByRole("link", { name: /^Prüfen: Ideen der Bürgerschaft/ }).click();
  await reviewer.getByRole("radio", { name: "Freigeben und zu einem Termin veröffentlichen" }).check();
  await reviewer.getByLabel("Veröffentlichen am").fill("2020-01-01T10:00");
  await reviewer.getByRole("button", { name: "Freigeben zum Termin" }).click();
  await expect(reviewer.getByLabel("Veröffentlichen am")).toHaveAccessibleDescription(/in der Zukunft liegen/);
  await reviewer.getByLabel("Veröffentlichen am").fill("2030-06-01T09:00");
  await reviewer.getByRole("button", { name: "Freigeben zum Termin" }).click();
  await expect(reviewer.getByRole("alert").filter({ hasText: "01.06.2030, 09:00 Uhr" })).toBeFocused();
  await reviewer.getByRole("button", { name: "Ja, zum Termin freigeben" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "zum gewählten Termin" })).toBeVisible();
  await editor.reload();
  await expect(editor.getByRole("status").filter({ hasText: "wird am" })).toBeVisible();
});
