import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations, REVIEWER } from "./support";

test.describe("Protokoll", () => {
  test("das Programmteam sieht die eigene Anmeldung und filtert nach Aktion", async ({ pageAs }) => {
    test.slow(); // three filter states, two of them under axe
    // The reviewer's sign-in is the setup's (auth.setup.ts), through the same form, on this database.
    const page = await pageAs("reviewer");
    await page.getByRole("navigation", { name: "Redaktionsbereich" }).getByRole("link", { name: "Protokoll" }).click();
    await expect(page).toHaveURL(/\/redaktion\/protokoll$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Protokoll");

    const table = page.getByRole("table");
    const ownSignIn = table.getByRole("row").filter({ hasText: REVIEWER }).filter({ hasText: "Anmeldung" });
    await expect(ownSignIn.first()).toBeVisible();
    await expect(ownSignIn.first().getByRole("cell").first()).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}:\d{2}$/);
    // The demo content was loaded by the system, without a signed-in person.
    await expect(table.getByRole("row").filter({ hasText: "Demo-Steckbrief geladen" }).first()).toContainText("System");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("combobox", { name: "Aktion" }).selectOption({ label: "Anmeldung" });
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page).toHaveURL(/[?&]aktion=auth\.sign-in(&|$)/);
    await expect(page.getByRole("combobox", { name: "Aktion" })).toHaveValue("auth.sign-in");

    const rows = page.getByRole("table").locator("tbody tr");
    await expect(rows.first()).toBeVisible();
    const actions = await rows.locator("td:nth-child(3)").allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions.map((text) => text.trim()))).toEqual(new Set(["Anmeldung"]));
    await expect(rows.filter({ hasText: REVIEWER }).first()).toBeVisible();

    // Combined with the person filter: only the reviewer's own sign-ins.
    await page.getByRole("searchbox", { name: "Person" }).fill("pruefung@");
    await page.getByRole("button", { name: "Filtern" }).click();
    await expect(page).toHaveURL(/person=pruefung%40/);
    const emails = await page.getByRole("table").locator("tbody tr td:nth-child(2)").allInnerTexts();
    expect(emails.length).toBeGreaterThan(0);
    for (const email of emails) expect(email).toContain(REVIEWER);
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: "Filter zurücksetzen" }).click();
    await expect(page).toHaveURL(/\/redaktion\/protokoll$/);
    await expect(page.getByRole("combobox", { name: "Aktion" })).toHaveValue("");
  });

  test("Filter ohne Treffer sagen das; Objekte verlinken den Steckbrief", async ({ pageAs }) => {
    const page = await pageAs("reviewer", "/redaktion/protokoll");
    await page.goto("/redaktion/protokoll?objekt=Profile&aktion=profile.demo-seed");
    const link = page
      .getByRole("table")
      .getByRole("link", { name: /^Steckbrief .+ bearbeiten$/ })
      .first();
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute("href", /^\/redaktion\/steckbriefe\/[a-z0-9-]+$/);

    await page.goto("/redaktion/protokoll?von=2015-01-01&bis=2015-01-02");
    await expect(page.getByText("Für diese Filter gibt es keine Einträge.")).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });

  test("die Redaktion einer Kommune bekommt 404 und keinen Menüpunkt", async ({ pageAs }) => {
    const page = await pageAs("editor");
    await expect(page.getByRole("navigation", { name: "Redaktionsbereich" }).getByRole("link", { name: "Protokoll" })).toHaveCount(0);
    const response = await page.goto("/redaktion/protokoll");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Seite nicht gefunden");
  });

  test("anonyme Besucher werden zur Anmeldung geschickt", async ({ page }) => {
    await page.goto("/redaktion/protokoll");
    await expect(page).toHaveURL(/\/anmelden\?ruecksprung=%2Fredaktion%2Fprotokoll$/);
  });
});
