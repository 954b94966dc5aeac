import { readFile } from "node:fs/promises";
import { expect, test } from "./sessions";
import { demoEditor, expectNoAccessibilityViolations } from "./support";

// Erased here, for good: a demo editor no other spec uses (nor any saved session).
const PERSON = demoEditor("landkreis-calw");

test.describe("Personenbezogene Daten (DSGVO)", () => {
  test("die Administration lädt die Daten einer Redakteurin herunter und löscht sie nach Bestätigung", async ({ pageAs }) => {
    test.slow(); // a download, two forms, axe-core on two pages
    const page = await pageAs("admin");
    await page.goto("/redaktion/verwaltung/nutzer");
    await page.getByRole("link", { name: `Bearbeiten: ${PERSON}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(PERSON);
    await expect(page.getByRole("heading", { name: "Personenbezogene Daten (DSGVO)" })).toBeVisible();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Gespeicherte Daten herunterladen (JSON)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^personendaten-[0-9a-f-]{36}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, "utf8")) as { account: { email: string } };
    expect(exported.account.email).toBe(PERSON);

    await page.getByRole("link", { name: "Person löschen …" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Person löschen");
    await expectNoAccessibilityViolations(page);
    // Without the confirmation nothing happens, and the box says why.
    await page.getByRole("button", { name: "Person endgültig löschen" }).click();
    await expect(page.getByRole("checkbox", { name: /endgültig gelöscht/ })).toHaveAccessibleDescription(
      /Bitte bestätigen Sie, dass die Person endgültig gelöscht werden soll\./,
    );
    await page.getByRole("checkbox", { name: /endgültig gelöscht/ }).check();
    await page.getByRole("button", { name: "Person endgültig löschen" }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nutzer und Rollen");
    await expect(page.getByRole("status").filter({ hasText: "Die Person wurde gelöscht." })).toContainText(
      /„Gelöschte Person [0-9a-f]{8}“/,
    );
    await expect(page.getByText(PERSON)).toHaveCount(0);
    await expectNoAccessibilityViolations(page);

    // The log records the erasure and shows the person only under the pseudonym.
    await page.goto("/redaktion/protokoll");
    await expect(page.getByText("Person gelöscht (pseudonymisiert)").filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByText(PERSON)).toHaveCount(0);
  });
});
