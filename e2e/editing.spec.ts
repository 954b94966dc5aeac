import { containing, fieldLabel, message, sectionAnchor } from "./registry";
import { expect, test } from "./sessions";
import { DEMO_PASSWORD, demoEditor, expectNoAccessibilityViolations } from "./support";

test.describe("Anmeldung und Schutz des Redaktionsbereichs", () => {
  test("anonyme Besucher werden mit Rücksprungadresse zur Anmeldung geschickt", async ({ page }) => {
    await page.goto("/redaktion/steckbriefe/lahr-schwarzwald-dialogtag");
    await expect(page).toHaveURL(/\/anmelden\?ruecksprung=%2Fredaktion%2Fsteckbriefe%2Flahr-schwarzwald-dialogtag$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmelden");
    await expectNoAccessibilityViolations(page);
  });

  test("falsches Passwort zeigt eine deutsche Meldung", async ({ page }) => {
    await page.goto("/anmelden");
    await page.getByRole("textbox", { name: "E-Mail-Adresse" }).fill(demoEditor("lahr-schwarzwald"));
    await page.getByLabel("Passwort").fill("falsch-falsch-falsch");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "E-Mail-Adresse oder Passwort ist falsch" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "E-Mail-Adresse" })).toHaveValue(demoEditor("lahr-schwarzwald"));
  });

  test("leere Felder werden am Feld erklärt", async ({ page }) => {
    await page.goto("/anmelden");
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByText("Bitte geben Sie Ihre E-Mail-Adresse ein.").first()).toBeVisible();
    await expect(page.getByRole("textbox", { name: "E-Mail-Adresse" })).toHaveAttribute("aria-invalid", "true");
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("Redaktion einer Kommune", () => {
  test("bearbeitet den eigenen Steckbrief; der Entwurf übersteht ein Neuladen, die öffentliche Seite bleibt unverändert", async ({
    pageAs,
  }) => {
    test.slow(); // two pages under axe, a save, a reload and the public page: long on two shared cores
    const page = await pageAs("editor:friedrichshafen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ihre Steckbriefe");
    const rows = page.getByRole("row");
    await expect(rows).toHaveCount(2); // header + the one profile of Friedrichshafen
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: /^Bearbeiten:/ }).click();
    await expect(page).toHaveURL(/\/redaktion\/steckbriefe\/friedrichshafen-fruehstuecksbus$/);
    await expectNoAccessibilityViolations(page);

    const occasion = page.getByRole("textbox", { name: fieldLabel("occasion") });
    const newText = `Der Frühstücksbus startete nach einem Beschluss des Gemeinderats (Test ${Date.now()}).`;
    await occasion.fill(newText);
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um");

    await page.reload();
    await expect(page.getByRole("textbox", { name: fieldLabel("occasion") })).toHaveValue(newText);

    await page.goto("/steckbriefe/friedrichshafen-fruehstuecksbus");
    await expect(page.locator(`#${sectionAnchor("occasion")}`)).not.toContainText(newText);
  });

  test("eine falsche Eingabe zeigt die deutsche Meldung am Feld, behält die Eingabe und hält das Speichern nicht auf", async ({
    pageAs,
  }) => {
    const page = await pageAs("editor:eppingen", "/redaktion/steckbriefe/eppingen-vernetzung-engagement");
    const total = page.getByRole("textbox", { name: fieldLabel("costTotal") });
    const negative = containing(message("Validation.euroNegative", { label: fieldLabel("costTotal") }));
    await total.fill("-250");
    await page.getByRole("button", { name: "Entwurf speichern" }).first().click();
    // Saved all the same; the problem is at the field, no error summary while editing.
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um");
    await expect(page.getByTestId("save-status")).toContainText("eine Angabe vor dem Einreichen noch zu prüfen");
    await expect(total).toHaveAttribute("aria-invalid", "true");
    await expect(total).toHaveAccessibleDescription(negative);
    await expect(page.getByRole("alert").filter({ hasText: "Bitte korrigieren Sie" })).toHaveCount(0);
    await page.reload();
    await expect(total).toHaveValue("-250");
    await expect(total).toHaveAttribute("aria-invalid", "true");
    await expectNoAccessibilityViolations(page);
  });

  test("Zahlen werden gelesen, wie man sie schreibt; was nicht lesbar ist, wird erklärt; der Eigenanteil wird berechnet", async ({
    pageAs,
  }) => {
    const page = await pageAs("editor:markdorf", "/redaktion/steckbriefe/markdorf-zukunftskonferenz");
    const total = page.getByRole("textbox", { name: fieldLabel("costTotal") });
    const funding = page.getByRole("textbox", { name: fieldLabel("costFunding") });
    const ownShare = page.locator("#feld-costOwnShare");
    await total.fill("4.600,- Euro");
    await funding.fill("2 500 €");
    await expect(ownShare).toHaveText("2.100,00 Euro");
    await expect(total).not.toHaveAttribute("aria-invalid", "true", { timeout: 5_000 });
    await funding.fill("5.OOO");
    await expect(funding).toHaveAccessibleDescription(containing("enthält den Buchstaben „O“"), { timeout: 10_000 });
    await expect(funding).toHaveAccessibleDescription(containing("zum Beispiel 4.600 oder 4.600,50"));
    await expect(ownShare).toHaveText(message("Editor.notComputed"));
    await funding.fill("2.500");
    await total.fill("2.000");
    await expect(funding).toHaveAccessibleDescription(containing("Die Förderung (2.500 €) ist höher als die Gesamtkosten (2.000 €)."), {
      timeout: 10_000,
    });
    await total.fill("4.600");
    await expect(ownShare).toHaveText("2.100,00 Euro");
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 10_000 });
  });

  test("kann den Steckbrief einer anderen Kommune weder öffnen noch speichern", async ({ pageAs }) => {
    const page = await pageAs("editor");
    const response = await page.goto("/redaktion/steckbriefe/tuebingen-neue-nachbarschaften");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");

    // Also the autosave endpoint refuses (the profile id is public knowledge for this test).
    const baseURL = new URL(page.url()).origin;
    const save = await page.request.post("/api/redaktion/entwurf", {
      headers: { origin: baseURL },
      data: { profileId: "00000000-0000-4000-8000-000000000000", versionId: null, baseRevision: 0, values: { title: "Fremd" } },
    });
    expect(save.status()).toBe(404);
  });

  // Signs in itself: with the keyboard, through the form.
  test("der ganze Ablauf geht mit der Tastatur", async ({ page }) => {
    test.slow(); // hundreds of Tab presses through the whole form, each checked
    await page.goto("/anmelden?ruecksprung=%2Fredaktion");
    await page.getByRole("textbox", { name: "E-Mail-Adresse" }).focus();
    await page.keyboard.type(demoEditor("ulm"));
    await page.keyboard.press("Tab");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.waitForURL("**/redaktion");

    const editLink = page.getByRole("link", { name: /^Bearbeiten:/ });
    for (let i = 0; i < 40 && !(await editLink.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(editLink).toBeFocused();
    await page.keyboard.press("Enter");
    await page.waitForURL("**/redaktion/steckbriefe/**");

    const title = page.getByRole("textbox", { name: fieldLabel("title"), exact: true });
    for (let i = 0; i < 60 && !(await title.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
    }
    await expect(title).toBeFocused();
    const newTitle = `Offener Austausch in Ulm, per Tastatur bearbeitet ${Date.now()}`;
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(newTitle);
    const saveButton = page.getByRole("button", { name: "Entwurf speichern" }).first();
    for (let i = 0; i < 400 && !(await saveButton.evaluate((element) => element === document.activeElement)); i++) {
      await page.keyboard.press("Tab"); // on to the save bar at the end of the form
    }
    await expect(saveButton).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("save-status")).toContainText("Gespeichert um");
    await page.reload();
    await expect(page.getByRole("textbox", { name: fieldLabel("title"), exact: true })).toHaveValue(newTitle);
  });
});
