import type { Locator, Page } from "@playwright/test";
import { fieldLabel, message, sectionAnchor, sectionTitle } from "./registry";
import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

/**
 * Keyboard only (issue 13, "Accessibility"): a visitor and a reviewer get through their tasks with Tab,
 * Enter, Space and the arrow keys, in a sensible order. At every stop the focused element is on the
 * screen and not covered by anything (WCAG 2.2, 2.4.11 focus not obscured: the point in its middle
 * belongs to it, not to a sticky bar) and has a visible focus indicator (an outline or a box shadow).
 * The editor's keyboard flow is editor-flow.spec.ts.
 */

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** What is wrong with the focus now (null: nothing): hidden, off the screen, covered, or without an indicator. */
async function focusProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return "nothing is focused";
    const name = `${focused.tagName.toLowerCase()} „${(focused.textContent ?? focused.getAttribute("aria-label") ?? "").trim().slice(0, 50)}“`;
    const box = focused.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return `${name} has no size`;
    const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
    const y = Math.min(Math.max(box.top + Math.min(box.height, 40) / 2, 0), window.innerHeight - 1);
    if (box.bottom <= 0 || box.top >= window.innerHeight) return `${name} is off the screen (${Math.round(box.top)} px)`;
    const topmost = document.elementFromPoint(x, y);
    // A label that wraps its control, or the control inside the focused element, counts as the element itself.
    const own = topmost && (focused.contains(topmost) || topmost.contains(focused) || (topmost as HTMLLabelElement).control === focused);
    if (!own) return `${name} is covered by ${topmost?.tagName.toLowerCase()}.${topmost?.className}`;
    // The indicator may be the element's own outline or one on its card (`:focus-within`), a pseudo-element's
    // included: something around it must look different without the focus.
    const look = () => {
      const chain: Element[] = [];
      for (let element: Element | null = focused; element && chain.length < 4; element = element.parentElement) chain.push(element);
      return chain
        .flatMap((element) => [null, "::before", "::after"].map((pseudo) => getComputedStyle(element, pseudo)))
        .map((style) => [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.borderColor].join(" "))
        .join("|");
    };
    const focusedLook = look();
    focused.blur();
    const unfocusedLook = look();
    focused.focus({ preventScroll: true });
    if (focusedLook === unfocusedLook) return `${name} shows no focus indicator`;
    return null;
  });
}

/** Presses Tab until `target` has the focus, checking every element on the way; fails after `max` stops. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let stop = 0; stop < max; stop++) {
    await page.keyboard.press("Tab");
    expect(await focusProblem(page), `Tab-Halt ${stop + 1}`).toBeNull();
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Nach ${max} Tab-Halten noch nicht erreicht: ${target}`);
}

for (const viewport of [PHONE, DESKTOP]) {
  test(`Besucher: suchen, einen Steckbrief öffnen und darin springen – nur mit der Tastatur (${viewport.width} px)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    // The first stop is the skip link; it leads past the header to the content.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: message("Layout.skipToContent") })).toBeFocused();
    expect(await focusProblem(page)).toBeNull();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#inhalt$/);

    // From the content the search box comes first; Enter searches.
    const searchBox = page.getByRole("search", { name: "Steckbriefe durchsuchen" }).getByRole("searchbox");
    await tabTo(page, searchBox, 10);
    await page.keyboard.type("Wohnung");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/steckbriefe\?q=Wohnung$/);

    // Past the skip link to the results, and into the first one.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    const firstResult = page.getByTestId("listing-cards").getByRole("link").first();
    await tabTo(page, firstResult);
    const title = (await firstResult.textContent())!.trim();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

    // The section list (on a phone folded: Enter opens it) leads to a section and back.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    if (viewport === PHONE) {
      const disclosure = page.getByText(message("Profile.sectionsShort"), { exact: true });
      await tabTo(page, disclosure);
      await page.keyboard.press("Enter");
    }
    const costs = page.getByRole("navigation", { name: message("Profile.sectionsNav") }).getByRole("link", { name: sectionTitle("costs") });
    await tabTo(page, costs);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`#${sectionAnchor("costs")}$`));
    await expect(page.getByRole("heading", { level: 2, name: sectionTitle("costs"), exact: true })).toBeInViewport();
    // The next stops are inside the section, never back at the top of the page.
    await page.keyboard.press("Tab");
    expect(await focusProblem(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
  });
}

test("Programmteam: eine Fassung öffnen, kommentieren und um Änderungen bitten – nur mit der Tastatur", async ({ pageAs }) => {
  test.slow();
  const slug = "leimen-von-der-soforthilfe-zur-integration";
  const note = `Bitte die Zahl der Teilnehmenden ergänzen (${Date.now()}).`;

  // The municipality submits a change (with the mouse: the editor's keyboard flow is editor-flow.spec.ts).
  const editor = await pageAs("editor:leimen", `/redaktion/steckbriefe/${slug}`);
  await editor.getByRole("textbox", { name: fieldLabel("nextSteps") }).fill(`Ein weiteres Treffen ist geplant (${Date.now()}).`);
  await expect(editor.getByTestId("save-status")).toContainText("Gespeichert um", { timeout: 20_000 });
  await editor
    .getByRole("button", { name: message("Workflow.submit") })
    .first()
    .click();
  await editor.getByRole("button", { name: message("Editor.check.confirm") }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Eingereicht am" })).toBeVisible({ timeout: 15_000 });

  // Herr D.: dashboard → queue → the submission → a comment → "ask for changes", keys only.
  const reviewer = await pageAs("reviewer");
  await reviewer.setViewportSize(DESKTOP);
  await tabTo(reviewer, reviewer.getByRole("link", { name: "Zur Prüfung" }));
  await reviewer.keyboard.press("Enter");
  await expect(reviewer).toHaveURL(/\/redaktion\/pruefung$/);
  await tabTo(reviewer, reviewer.getByRole("link", { name: /^Prüfen: .*Soforthilfe/ }), 120);
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.getByRole("region", { name: "Was hat sich geändert?" })).toBeVisible();

  const comment = reviewer.getByLabel(message("Review.sectionComment", { section: sectionTitle("results") }));
  await tabTo(reviewer, comment, 150);
  await reviewer.keyboard.type(note);
  const requestChanges = reviewer.getByRole("radio", { name: "Änderungen erbitten" });
  await tabTo(reviewer, reviewer.getByRole("radio").first(), 150);
  // A radio group is one Tab stop; the arrow keys choose within it.
  for (let step = 0; step < 5 && !(await requestChanges.isChecked()); step++) await reviewer.keyboard.press("ArrowDown");
  await expect(requestChanges).toBeChecked();
  await tabTo(reviewer, reviewer.getByRole("button", { name: "Änderungen erbitten" }), 10);
  await reviewer.keyboard.press("Enter");
  await expect(reviewer.getByRole("status").filter({ hasText: "um Änderungen gebeten" })).toBeVisible();
  // The same review page in English (issue 13: every page type in both languages without axe violations).
  await reviewer.goto(reviewer.url().replace("/redaktion/", "/en/redaktion/"));
  await expect(reviewer.locator("html")).toHaveAttribute("lang", "en");
  await expectNoAccessibilityViolations(reviewer);

  // The editor sees the comment.
  await editor.goto("/redaktion");
  await expect(editor.getByTestId("change-request")).toContainText("Das Programmteam bittet um Änderungen");
});
