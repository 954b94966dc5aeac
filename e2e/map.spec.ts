import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support";

const mapForm = (page: Page) => page.getByRole("search", { name: "Steckbriefe durchsuchen" });
const submit = (page: Page) => mapForm(page).getByRole("button", { name: "Anzeigen" }).first().click();

/** The profile links of the search's hits (every page) and their municipalities, for the same query. */
async function searchHits(page: Page, query: string): Promise<{ profiles: string[]; places: string[] }> {
  const profiles: string[] = [];
  const places = new Set<string>();
  for (let seite = 1; ; seite += 1) {
    const response = await page.request.get(`/steckbriefe?${query}${seite > 1 ? `&seite=${seite}` : ""}`);
    if (response.status() === 404) break;
    const html = await response.text();
    const cards = [...html.matchAll(/<p class="profile-card-place">([^<]*)<\/p>[\s\S]*?href="(\/steckbriefe\/[^"]+)"/g)];
    if (cards.length === 0) break;
    for (const [, place, href] of cards) {
      places.add(place!);
      profiles.push(href!);
    }
  }
  return { profiles: profiles.sort(), places: [...places].sort() };
}

/** What the map's list shows: the profile links and the names of the places. */
async function mapListing(page: Page): Promise<{ profiles: string[]; places: string[] }> {
  const profiles = await page
    .locator("#liste li[id^='kommune-'] a")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
  const places = await page
    .locator("#liste li[id^='kommune-'] > p:first-child")
    .evaluateAll((names) => names.map((name) => name.firstChild?.textContent ?? ""));
  return { profiles: profiles.sort(), places: places.sort() };
}

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
      await mapForm(page)
        .getByRole("group", { name: "Art der Kommune" })
        .getByRole("checkbox", { name: /^Landkreis \(\d+\)$/ })
        .check();
      await submit(page);
      await expect(page).toHaveURL(/\/karte\?typ=landkreis$/);
      await expect(listedPlaces(page)).toHaveCount(4);
      expect(await placesOnSvgMap(page)).toBe(4);
      await expect(page.locator("#liste h3")).toHaveText(["Landkreise"]);

      // A marker of a single profile links to it.
      await page.locator("svg.state-map a[aria-label^='Landkreis']").first().click();
      await expect(page).toHaveURL(/\/steckbriefe\//);
    });
  });

  test.describe("mit den Filtern der Suche", () => {
    test("ohne JavaScript: nach Thema filtern zeigt die Kommunen der Suchtreffer, Links behalten die Auswahl", async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto("/karte");
      const wohnen = mapForm(page)
        .getByRole("group", { name: "Thema" })
        .getByRole("checkbox", { name: /^Wohnen \(\d+\)$/ });
      const count = Number(
        /\((\d+)\)/.exec((await wohnen.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent)) ?? "")![1],
      );
      await wohnen.check();
      await submit(page);
      await expect(page).toHaveURL(/\/karte\?thema=wohnen$/);

      const hits = await searchHits(page, "thema=wohnen");
      expect(hits.profiles).toHaveLength(count);
      const shown = await mapListing(page);
      expect(shown).toEqual(hits);
      expect(await placesOnSvgMap(page)).toBe(hits.places.length);
      await expect(page.getByRole("status").filter({ hasText: /passenden Steckbrief/ })).toHaveText(
        `${hits.places.length} Kommunen mit ${count} passenden Steckbriefen.`,
      );
      // The active filter, with a link that removes it.
      await expect(page.getByRole("link", { name: "Filter entfernen: Wohnen" })).toHaveAttribute("href", "/karte");
      // A cluster's section keeps the filter.
      const cluster = page.locator("svg.state-map a[aria-label$='Ausschnitt vergrößern']").first();
      if ((await cluster.count()) > 0) {
        await cluster.click();
        await expect(page).toHaveURL(/\/karte\?thema=wohnen&ausschnitt=/);
        await page.goBack();
      }

      // From the map to the list and back, with the same query.
      await page.getByRole("link", { name: "Als Liste anzeigen" }).click();
      await expect(page).toHaveURL(/\/steckbriefe\?thema=wohnen$/);
      await expect(page.getByTestId("result-count")).toHaveText(new RegExp(`^${count} Steckbriefe`));
      await page.getByRole("link", { name: "Auf der Karte zeigen" }).click();
      await expect(page).toHaveURL(/\/karte\?thema=wohnen$/);
      expect(await mapListing(page)).toEqual(hits);
      await context.close();
    });

    test("mit JavaScript: Filter, interaktive Karte und Liste zeigen dieselben Kommunen wie die Suche", async ({ page }) => {
      await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
      await page.goto("/karte");
      await mapForm(page)
        .getByRole("group", { name: "Thema" })
        .getByRole("checkbox", { name: /^Wohnen \(\d+\)$/ })
        .check();
      await mapForm(page)
        .getByRole("group", { name: "Art der Kommune" })
        .getByRole("checkbox", { name: /^Stadt \(\d+\)$/ })
        .check();
      await submit(page);
      await expect(page).toHaveURL(/\/karte\?typ=stadt&thema=wohnen$/);
      const hits = await searchHits(page, "typ=stadt&thema=wohnen");
      expect(hits.places.length).toBeGreaterThan(0);
      expect(await mapListing(page)).toEqual(hits);
      expect(await placesOnSvgMap(page)).toBe(hits.places.length);

      await page.getByRole("button", { name: "Interaktive Karte laden" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Die interaktive Karte ist geladen." })).toBeVisible();
      await expect
        .poll(async () => {
          const singles = await page.locator(".leaflet-marker-icon.map-place").count();
          const clustered = await page
            .locator(".leaflet-marker-icon.map-cluster")
            .evaluateAll((icons) => icons.map((icon) => Number(icon.textContent)));
          return singles + clustered.reduce((sum, n) => sum + n, 0);
        })
        .toBe(hits.places.length);
    });

    test("ein leeres Ergebnis sagt es und bietet an, Filter wegzulassen", async ({ page }) => {
      await page.goto("/karte?q=Wohnung&typ=landkreis");
      await expect(page.getByText("Keine Kommune hat einen veröffentlichten Steckbrief, der zu dieser Auswahl passt.")).toBeVisible();
      await expect(listedPlaces(page)).toHaveCount(0);
      expect(await placesOnSvgMap(page)).toBe(0);
      await expect(page.getByRole("link", { name: "Alle Kommunen auf der Karte zeigen" })).toHaveAttribute("href", "/karte");
      await expectNoAccessibilityViolations(page);
      const relax = page.getByTestId("empty-result").getByRole("link", { name: /^Ohne Filter „Landkreis“: \d+ Steckbriefe?$/ });
      await relax.click();
      await expect(page).toHaveURL(/\/karte\?q=Wohnung$/);
      expect(await listedPlaces(page).count()).toBeGreaterThan(0);
    });

    test("unsinnige und überlange Parameter werden übergangen", async ({ page, request }) => {
      const response = await page.goto(
        `/karte?typ=dorf&jahr=1066&thema=%3Cscript%3E&seite=abc&ausschnitt=1,2&q=${"Wohnung%20".repeat(1200)}`,
      );
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("link", { name: /^Suchbegriff entfernen/ })).toBeVisible();
      const data = await request.get(`/api/karte?q=${"x".repeat(10_000)}&typ=dorf&kosten=viel`);
      expect(data.status()).toBe(200);
      expect(((await data.json()) as { places: unknown[] }).places).toEqual([]);
    });

    test("auf dem Telefon stehen die Filter in einer Ausklappliste mit der Zahl aktiver Filter", async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto("/karte?typ=stadt&thema=wohnen");
      const summary = mapForm(page).getByText("Filter (2 aktiv)");
      await expect(summary).toBeVisible();
      await expect(mapForm(page).getByRole("group", { name: "Thema" })).toBeHidden();
      await summary.click();
      await expect(mapForm(page).getByRole("group", { name: "Thema" })).toBeVisible();
    });

    test("die Statistik verweist mit derselben Auswahl auf die Karte", async ({ page }) => {
      await page.goto("/statistik?typ=stadt");
      await expect(page.getByRole("link", { name: "Auf der Karte zeigen" })).toHaveAttribute("href", "/karte?typ=stadt");
    });
  });

  // axe-core needs JavaScript in the page; before the interactive map is loaded the page is the one without JavaScript.
  test("Karte, vergrößerter Ausschnitt und Liste ohne Verstöße gegen WCAG 2.1 AA", async ({ page }) => {
    await page.goto("/karte?thema=wohnen");
    await expectNoAccessibilityViolations(page);
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
