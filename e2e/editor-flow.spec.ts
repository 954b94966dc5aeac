import type { Page } from "@playwright/test";
import { fieldLabel, message, sectionAnchor, sectionTitle } from "./registry";
import { expect, test, type SessionAccount } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

/**
 * Issue 12, the municipal editor's side: Frau K. changes two sections, sees where she stands (task
 * list, state of the draft), goes through the check step, submits and finds the confirmation with the
 * focus on it; her dashboard says "In Prüfung". Keyboard only, the focused element is never behind
 * the save bar. At 1280 px and at 390 px, each width on a municipality of its own that no other spec changes.
 */
const WIDTHS = [
  { width: 1280, height: 800, account: "editor:korntal-muenchingen", slug: "korntal-muenchingen-zweites-integrationsforum" },
  { width: 390, height: 844, account: "editor:fellbach", slug: "fellbach-werkstattgespraech" },
] as const satisfies readonly { width: number; height: number; account: SessionAccount; slug: string }[];

/** The focused element's rectangle against the save bar's; null when they do not meet (or focus is in the bar). */
async function focusBehindBar(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement;
    const bar = document.querySelector("[data-save-bar]");
    if (!focused || focused === document.body || !bar || bar.contains(focused)) return null;
    const a = focused.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    const meets = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return meets
      ? `${focused.tagName}#${focused.id} ${focused.textContent?.slice(0, 40)} (${a.top}–${a.bottom}) vs bar (${b.top}–${b.bottom})`
      : null;
  });
}

for (const { width, height, account, slug } of WIDTHS) {
  test(`Frau K. ändert zwei Abschnitte, prüft und reicht ein – nur mit der Tastatur (${width} px)`, async ({ pageAs }) => {
    test.slow();
    const path = `/redaktion/steckbriefe/${slug}`;
    const page = await pageAs(account, "/redaktion");
    await page.setViewportSize({ width, height });
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: /^Bearbeiten:/ }).click();
    await expect(page).toHaveURL(path);

    // The task list: every section with its state, one line of completeness (no second "… von 100").
    const taskList = page.getByRole("region", { name: message("Editor.taskList.title") });
    await expect(taskList).toBeVisible();
    await expect(
      taskList.getByRole("listitem").filter({ has: page.getByRole("link", { name: sectionTitle("costs"), exact: true }) }),
    ).toBeVisible();
    await expect(page.getByTestId("task-list-summary")).toHaveText(/^\d+ von 11 Abschnitten vollständig$/);
    await expect(page.getByText(/von 100/)).toHaveCount(0);
    // The formatting help is one link, not a hint under every text box.
    await expect(page.getByText(message("Editor.formattingHint"))).toHaveCount(1);
    const status = page.getByTestId("save-status");
    await expect(status).toHaveText(message("Editor.status.idle"));
    await expectNoAccessibilityViolations(page);

    // Nothing changed yet: nothing to submit, and the end of the form says so.
    await expect(page.getByRole("button", { name: message("Workflow.submit") })).toHaveCount(0);
    await expect(page.getByTestId("finish-text")).toHaveText(message("Editor.finish.nothingYet"));

    // Two sections changed: saved, marked in the task list.
    const stamp = Date.now();
    const recommendations = page.getByRole("textbox", { name: fieldLabel("recommendations") });
    await recommendations.fill(`${await recommendations.inputValue()} Früh die Vereine einbinden (${stamp}).`);
    const spentOn = page.getByRole("textbox", { name: fieldLabel("costSpentOn") });
    await spentOn.fill(`Raummiete, Verpflegung und Dolmetschen (${stamp}).`);
    await expect(status).toContainText("Gespeichert um", { timeout: 15_000 });
    for (const key of ["costs", "recommendations"] as const) {
      await expect(page.getByTestId(`aufgabe-${sectionAnchor(key)}`)).toContainText(message("Editor.taskList.changed"));
    }
    await expect(page.getByTestId(`aufgabe-${sectionAnchor("occasion")}`)).not.toContainText(message("Editor.taskList.changed"));

    // Back later: the state of the draft instead of "Noch keine Änderungen."
    await page.reload();
    await expect(status).toHaveText(
      new RegExp(
        `^Entwurf vom \\d\\d\\.\\d\\d\\., \\d\\d:\\d\\d – noch nicht eingereicht; geändert: ${sectionTitle("costs")}, ${sectionTitle("recommendations")}\\.$`,
      ),
    );
    await expect(page.locator("fieldset").first()).toBeEnabled();
    await expectNoAccessibilityViolations(page);

    // On a phone the save bar is one compact line.
    const bar = page.locator("[data-save-bar]");
    const barBox = (await bar.boundingBox())!;
    expect(barBox.height).toBeLessThan(width < 640 ? 64 : 80);

    // Keyboard only, from the task list to the end of the form: the focused element is never behind the bar.
    await taskList.getByRole("link").first().focus();
    const submit = page.locator("#einreichen").getByRole("button", { name: message("Workflow.submit") });
    let steps = 0;
    while (!(await submit.evaluate((button) => button === document.activeElement))) {
      await page.keyboard.press("Tab");
      expect(await focusBehindBar(page), `Tab ${++steps}`).toBeNull();
      expect(steps, "the end of the form is reached by Tab").toBeLessThan(400);
    }
    await page.keyboard.press("Enter");

    // The check step lists the changed sections, and focus is on it.
    const checkHeading = page.getByRole("heading", { name: message("Editor.check.title") });
    await expect(checkHeading).toBeFocused();
    await expect(page.getByTestId("check-changed").getByRole("listitem")).toHaveText([
      sectionTitle("costs"),
      sectionTitle("recommendations"),
    ]);
    await expectNoAccessibilityViolations(page);
    const confirm = page.getByRole("button", { name: message("Editor.check.confirm") });
    while (!(await confirm.evaluate((button) => button === document.activeElement))) {
      await page.keyboard.press("Tab");
      expect(await focusBehindBar(page)).toBeNull();
      expect(++steps).toBeLessThan(420);
    }
    await page.keyboard.press("Enter");

    // The confirmation at the top takes the focus and says what happens next and how to withdraw.
    await expect(page).toHaveURL(`${path}?eingereicht=1`, { timeout: 15_000 });
    const notice = page.getByTestId("submitted-notice");
    await expect(notice).toBeFocused();
    await expect(notice.getByRole("heading", { level: 2 })).toHaveText(message("Editor.submitted.thanks"));
    await expect(notice).toContainText(message("Editor.submitted.mail"));
    await expect(notice).toContainText(message("Editor.submitted.public"));
    await expect(notice.getByRole("link", { name: "Impressum" })).toBeVisible();
    await expect(page.getByRole("textbox", { name: fieldLabel("recommendations") })).toBeDisabled();
    await expectNoAccessibilityViolations(page);

    // The dashboard says "In Prüfung" instead of "Bearbeiten".
    await page.getByRole("link", { name: message("Editor.backToDashboard") }).click();
    await expect(page.getByRole("link", { name: /^In Prüfung: .* – ansehen$/ })).toHaveText("In Prüfung");
    await expect(page.getByRole("link", { name: /^Bearbeiten:/ })).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
}
