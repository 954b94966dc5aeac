import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

/** Places in the list below the map: one entry per municipality with a published profile. */
const listedPlaces = (page: Page) => page.locator("#liste li[id^='kommune-']");

/** Places on the SVG map: a marker counts one, a cluster its number of places. */
async function placesOnSvgMap(page: Page): Promise<number> {
  const counts = await page
    .locator("svg.state-map a[data-map-places]")
    .evaluateAll((links) => links.map((link) => Number(link.getAttribute("data-map-places"))));
  return counts.reduce((sum, count) => sum + count, 0);
}

test.describe("Karte", () => {
  test.describe("ohne JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("zeigt jede Kommune mit veröffentlichtem Steckbrief auf der Karte und in der Liste", async ({ page, request }) => {
      const response = await page.goto("/karte");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Karte der Flüchtlingsdialoge");
      // The demo content: 32 published profiles in 32 municipalities, all with coordinates.
      await expect(page.getByText("32 Kommunen mit 32 veröffentlichten Steckbriefen.")).toBeVisible();
      await expect(listedPlaces(page)).toHaveCount(32);
      expect(await placesOnSvgMap(page)).toBe(32);
      await expect(page.getByRole("group", { name: /^Karte von Baden-Württemberg mit 32 Kommunen/ })).toBeVisible();

      // Every profile link of the list leads to a published profile.
      const hrefs = await page
        .locator("#liste a[href*='/steckbriefe/']")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
      expect(hrefs).toHaveLength(32);
      for (const href of hrefs) expect((await request.get(href)).status(), href).toBe(200);
    });

    test("Häufungen vergrößern den Ausschnitt, der Filter nach Art wirkt auf Karte und Liste", async ({ page }) => {
      await page.goto("/karte");
      const cluster = page.locator("svg.state-map a[aria-label$='Ausschnitt vergrößern']").first();
      // The demo content has neighbours close enough to cluster on the whole map.
      const inCluster = Number(await cluster.getAttribute("data-map-places"));
      await cluster.click();
      await expect(page).toHaveURL(/ausschnitt=/);
      await expect(page.getByRole("link", { name: "Ganze Karte zeigen" })).toBeVisible();
      expect(await placesOnSvgMap(page)).toBeGreaterThanOrEqual(inCluster);
      expect(await placesOnSvgMap(page)).toBe(await listedPlaces(page).count());

      await page.goto("/karte");
      await page.getByRole("radio", { name: "Landkreise" }).check();
      await page.getByRole("button", { name: "Anzeigen" }).click();
      await expect(page).toHaveURL(/typ=landkreis/);
      await expect(listedPlaces(page)).toHaveCount(4);
      expect(await placesOnSvgMap(page)).toBe(4);
      await expect(page.locator("#liste h3")).toHaveText(["Landkreise"]);

      // A marker of a single profile links to it.
      await page.locator("svg.state-map a[aria-label^='Landkreis']").first().click();
      await expect(page).toHaveURL(/\/steckbriefe\//);
    });
  });

  // axe-core needs JavaScript in the page; before the interactive map is loaded the page is the one without JavaScript.
  test("Karte, vergrößerter Ausschnitt und Liste ohne Verstöße gegen WCAG 2.1 AA", async ({ page }) => {
    await page.goto("/karte");
    await expectNoAccessibilityViolations(page);
    await page.locator("svg.state-map a[aria-label$='Ausschnitt vergrößern']").first().click();
    await expect(page.getByRole("link", { name: "Ganze Karte zeigen" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("die interaktive Karte zeigt Markierungen auch ohne Kartenkacheln", async ({ page }) => {
    // As on a machine without internet: every tile request fails.
    await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
    await page.goto("/karte");
    const expected = await listedPlaces(page).count();
    await page.getByRole("button", { name: "Interaktive Karte laden" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Die interaktive Karte ist geladen." })).toBeVisible();
    await expect(page.locator(".leaflet-container")).toBeVisible();
    await expect(page.locator(".leaflet-overlay-pane path")).toHaveCount(1); // the state's outline
    await expect
      .poll(async () => {
        const singles = await page.locator(".leaflet-marker-icon.map-place").count();
        const clustered = await page
          .locator(".leaflet-marker-icon.map-cluster")
          .evaluateAll((icons) => icons.map((icon) => Number(icon.textContent)));
        return singles + clustered.reduce((sum, count) => sum + count, 0);
      })
      .toBe(expected);
    // A marker opens a popup with the profile's title and link.
    await page.locator(".leaflet-marker-icon.map-place").first().click();
    const popupLink = page.locator(".leaflet-popup-content a").first();
    await expect(popupLink).toHaveAttribute("href", /^\/steckbriefe\//);
    await expect(page.locator("svg.state-map")).toHaveCount(0);
  });
});
