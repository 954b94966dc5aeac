import { fieldLabel, message, messageIn, sectionAnchor, sectionTitle } from "./registry";
import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

const SLUG = "schwaebisch-gmuend-weltfrauentag-pfiff";
const OCCASION = fieldLabel("occasion");
const OCCASION_COMMENT = message("Review.sectionComment", { section: sectionTitle("occasion") });
const OCCASION_ANCHOR = sectionAnchor("occasion");

test("Einreichen, Änderungen erbitten, korrigieren, freigeben, archivieren", async ({ browser, pageAs }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const firstText = `Der Dialog zum Weltfrauentag im Prediger wurde von PFIFF vorbereitet (Entwurf ${stamp}).`;
  const fixedText = `Der Dialog zum Weltfrauentag im Prediger wurde von PFIFF und dem Frauenbüro vorbereitet (Korrektur ${stamp}).`;

  // The editor changes the published profile and submits it.
  const editor = await pageAs("editor:schwaebisch-gmuend", `/redaktion/steckbriefe/${SLUG}`);
  const occasion = editor.getByRole("textbox", { name: OCCASION });
  await occasion.fill(firstText);
  await expect(editor.getByTestId("save-status")).toContainText("Gespeichert um");
  await editor.getByRole("button", { name: "Zur Prüfung einreichen" }).first().click();
  await editor.getByRole("button", { name: "Jetzt zur Prüfung einreichen" }).click(); // the check step
  await expect(editor.getByRole("status").filter({ hasText: "Eingereicht am" })).toBeVisible();
  await expect(editor.getByRole("textbox", { name: OCCASION })).toBeDisabled();

  // The public page still shows the published text.
  const publicPage = await (await browser.newContext()).newPage();
  await publicPage.goto(`/steckbriefe/${SLUG}`);
  await expect(publicPage.locator(`#${OCCASION_ANCHOR}`)).not.toContainText(`Entwurf ${stamp}`);

  // The reviewer finds it in the queue and sees the marked differences.
  const reviewer = await pageAs("reviewer", "/redaktion/pruefung");
  await expectNoAccessibilityViolations(reviewer);
  await reviewer.getByRole("link", { name: /^Prüfen: .*Weltfrauentag/ }).click();
  await expect(reviewer.getByRole("heading", { level: 1 })).toBeVisible();
  const occasionSection = reviewer.locator(`#vergleich-${OCCASION_ANCHOR}`);
  await expect(occasionSection.locator("ins").first()).toBeVisible();
  await expect(occasionSection).toContainText("geändert");
  await expectNoAccessibilityViolations(reviewer);

  // Request changes without any comment: refused at the field; with comments: sent back.
  await reviewer.getByRole("radio", { name: "Änderungen erbitten" }).check();
  await reviewer.getByRole("button", { name: "Änderungen erbitten" }).click();
  await expect(reviewer.getByLabel("Gesamtkommentar")).toHaveAccessibleDescription(/Bitte begründen Sie/);
  await reviewer.getByLabel(OCCASION_COMMENT).fill("Bitte das Frauenbüro als Partner nennen.");
  await reviewer.getByLabel("Gesamtkommentar").fill("Fast fertig – nur eine Ergänzung beim Anlass.");
  await reviewer.getByRole("button", { name: "Änderungen erbitten" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "um Änderungen gebeten" })).toBeVisible();

  // The editor sees the comment at the section, fixes the text and resubmits.
  await editor.reload();
  await expect(editor.getByTestId(`kommentar-${OCCASION_ANCHOR}`)).toContainText("Bitte das Frauenbüro als Partner nennen.");
  await expect(editor.getByText("Fast fertig – nur eine Ergänzung beim Anlass.")).toBeVisible();
  await editor.getByRole("textbox", { name: OCCASION }).fill(fixedText);
  await expect(editor.getByTestId("save-status")).toContainText("Gespeichert um");
  await editor.getByRole("button", { name: "Zur Prüfung einreichen" }).first().click();
  await editor.getByRole("button", { name: "Jetzt zur Prüfung einreichen" }).click(); // the check step
  await expect(editor.getByRole("status").filter({ hasText: "Eingereicht am" })).toBeVisible();

  // The reviewer approves: the public page shows the new text at once.
  await reviewer.goto("/redaktion/pruefung");
  await reviewer.getByRole("link", { name: /^Prüfen: .*Weltfrauentag/ }).click();
  await reviewer.getByRole("radio", { name: "Freigeben und sofort veröffentlichen" }).check();
  await reviewer.getByRole("button", { name: "Freigeben und veröffentlichen" }).click();
  await reviewer.getByRole("button", { name: "Ja, jetzt veröffentlichen" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "jetzt öffentlich" })).toBeVisible();
  await publicPage.goto(`/steckbriefe/${SLUG}`);
  await expect(publicPage.locator(`#${OCCASION_ANCHOR}`)).toContainText(`Korrektur ${stamp}`);

  // History shows every version; axe on it.
  await reviewer.goto(`/redaktion/steckbriefe/${SLUG}/verlauf`);
  await expect(reviewer.getByRole("heading", { name: /^Fassung 2/ })).toBeVisible();
  await expect(reviewer.getByText("Fast fertig – nur eine Ergänzung beim Anlass.")).toBeVisible();
  await expectNoAccessibilityViolations(reviewer);

  // Archive: the address answers 410 and the profile is gone from the start page and the listing.
  await reviewer.goto(`/redaktion/steckbriefe/${SLUG}`);
  reviewer.once("dialog", (dialog) => dialog.accept());
  await reviewer.getByRole("button", { name: "Archivieren" }).click();
  await reviewer.waitForURL("**/redaktion/**");
  // Status and page both change with the invalidation; on a busy machine the page's new render can follow a moment later.
  await expect
    .poll(
      async () => {
        const status = (await publicPage.goto(`/steckbriefe/${SLUG}`))?.status();
        return `${status} ${await publicPage.getByRole("heading", { level: 1 }).textContent()}`;
      },
      { timeout: 15_000 },
    )
    .toBe("410 Dieser Steckbrief wurde zurückgezogen");
  await expectNoAccessibilityViolations(publicPage);
  // The 410 page is whole without JavaScript too: heading, text and the way back (issue 13).
  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  expect((await noScript.goto(`/steckbriefe/${SLUG}`))?.status()).toBe(410);
  await expect(noScript.getByRole("heading", { level: 1 })).toHaveText("Dieser Steckbrief wurde zurückgezogen");
  await expect(noScript.getByRole("link", { name: message("Archived.back") })).toHaveAttribute("href", "/");
  await expect(noScript.getByRole("banner")).toBeVisible();
  // The same in English: 410, the English page and no axe violation (issue 13).
  expect((await publicPage.goto(`/en/steckbriefe/${SLUG}`))?.status()).toBe(410);
  await expect(publicPage.locator("html")).toHaveAttribute("lang", "en");
  await expect(publicPage.getByRole("heading", { level: 1 })).toHaveText(messageIn("en", "Archived.title"));
  await expect(publicPage.getByRole("link", { name: messageIn("en", "Archived.back") })).toHaveAttribute("href", "/en");
  await expectNoAccessibilityViolations(publicPage);
  await noScript.context().close();
  await publicPage.goto("/");
  await expect(publicPage.getByRole("link", { name: /Weltfrauentag/ })).toHaveCount(0);
  await expect(publicPage.getByTestId("count-staedte")).toHaveText("20 Steckbriefe");
  await publicPage.goto("/steckbriefe?typ=stadt");
  await expect(publicPage.getByTestId("result-count")).toHaveText(/^20 Steckbriefe/);
  await expect(publicPage.getByRole("link", { name: /Weltfrauentag/ })).toHaveCount(0);

  // Back from the archive: public again.
  await reviewer.goto("/redaktion");
  await reviewer.getByRole("button", { name: "Aus dem Archiv zurückholen" }).click();
  await expect.poll(async () => (await publicPage.goto(`/steckbriefe/${SLUG}`))?.status(), { timeout: 10_000 }).toBe(200);
  await expect(publicPage.locator(`#${OCCASION_ANCHOR}`)).toContainText(`Korrektur ${stamp}`);
});

test("eine Redakteurin sieht weder die Prüfliste noch Prüfseiten", async ({ pageAs }) => {
  const page = await pageAs("editor");
  expect((await page.goto("/redaktion/pruefung"))?.status()).toBe(404);
});
