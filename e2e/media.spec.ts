import sharp from "sharp";
import { expect, test } from "./sessions";
import { expectNoAccessibilityViolations } from "./support";

test("Redaktion lädt ein Bild hoch; falsche Dateien werden am Feld erklärt; Entwürfe sind nicht öffentlich", async ({
  pageAs,
  browser,
}) => {
  const page = await pageAs("editor:nuertingen", "/redaktion/steckbriefe/nuertingen-ideenwerkstatt-rossdorf");
  const imageForm = page.getByRole("form", { name: "Bild hochladen" });

  // A text file with a .jpg name is refused by its content.
  await imageForm.getByLabel("Bilddatei").setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("kein Bild") });
  await imageForm.getByLabel("Alternativtext").fill("Workshop im Roßdorf");
  await imageForm.getByRole("button", { name: "Hochladen" }).click();
  await expect(imageForm.getByLabel("Bilddatei")).toHaveAccessibleDescription(/kein JPEG-, PNG- oder WebP-Bild/);
  await expect(imageForm.getByLabel("Alternativtext")).toHaveValue("Workshop im Roßdorf");
  await expectNoAccessibilityViolations(page);

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#aa5533" } })
    .png()
    .toBuffer();
  await imageForm.getByLabel("Bilddatei").setInputFiles({ name: "workshop.png", mimeType: "image/png", buffer: png });
  await imageForm.getByLabel("Alternativtext").fill("Workshop im Roßdorf");
  await imageForm.getByRole("button", { name: "Hochladen" }).click();
  await expect(imageForm.getByRole("status")).toHaveText("Die Datei wurde hochgeladen.");
  const link = page.getByRole("link", { name: "Öffnen" }).first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");

  // Not public while it belongs to a draft.
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(href)).status()).toBe(404);
  await anonymous.close();

  // Removing it again.
  await page.getByRole("button", { name: "workshop.png entfernen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Die Datei wurde entfernt." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Öffnen" })).toHaveCount(0);
});
