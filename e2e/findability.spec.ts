import { expect, test } from "@playwright/test";
import { message } from "./registry";

/** Findability and print: what search engines, feed readers and a printer get of a Steckbrief. */
const PROFILE = "/steckbriefe/tuebingen-neue-nachbarschaften";

test.describe("Auffindbarkeit", () => {
  test("ein Steckbrief hat kanonische Adresse, Open Graph und lesbares JSON-LD", async ({ page, baseURL }) => {
    await page.goto(PROFILE);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}${PROFILE}`);
    const title = await page.locator('meta[property="og:title"]').getAttribute("content");
    expect(title).toContain(await page.getByRole("heading", { level: 1 }).innerText());
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "de_DE");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${baseURL}/feed.xml`);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "") as Record<string, unknown>;
    expect(jsonLd["@type"]).toBe("Report");
    expect(jsonLd.url).toBe(`${baseURL}${PROFILE}`);
    expect((jsonLd.spatialCoverage as { name: string }).name).toBe("Tübingen");
    expect((jsonLd.publisher as { "@type": string })["@type"]).toBe("GovernmentOrganization");
  });

  test("eine Suche ist nicht zu indexieren, ihre kanonische Adresse ist die der Liste", async ({ page, baseURL }) => {
    await page.goto("/steckbriefe?q=wohnen");
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/steckbriefe?q=wohnen`);
    await page.goto("/steckbriefe?typ=stadt");
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  });

  test("die 404-Seite heißt nicht nur wie das Portal", async ({ page }) => {
    await page.goto("/gibt-es-nicht");
    await expect(page).toHaveTitle(new RegExp(`^${message("NotFound.metaTitle")}`));
  });

  test("robots.txt, Sitemap-Index, Sitemap und Feed antworten", async ({ request, baseURL }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const rules = await robots.text();
    expect(rules).toContain("Disallow: /redaktion");
    expect(rules).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const index = await request.get("/sitemap.xml");
    expect(index.status()).toBe(200);
    expect(await index.text()).toContain(`<loc>${baseURL}/sitemaps/sitemap/0.xml</loc>`);
    const sitemap = await request.get("/sitemaps/sitemap/0.xml");
    expect(sitemap.status()).toBe(200);
    expect(await sitemap.text()).toContain(`<loc>${baseURL}${PROFILE}</loc>`);
    const feed = await request.get("/feed.xml");
    expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(await feed.text()).toContain(`<id>${baseURL}${PROFILE}</id>`);
  });
});

test.describe("PDF und Druck", () => {
  test("der Link „Als PDF herunterladen“ lädt ein PDF", async ({ page }) => {
    await page.goto(PROFILE);
    const link = page.getByRole("link", { name: message("Profile.pdfDownload") });
    await expect(link).toHaveAttribute("href", `${PROFILE}.pdf`);
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toBe("tuebingen-neue-nachbarschaften.pdf");
    const response = await page.request.get(`${PROFILE}.pdf`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    expect((await page.request.get("/steckbriefe/gibt-es-nicht.pdf")).status()).toBe(404);
  });

  test("gedruckt ist ein Steckbrief ein schlichtes Dokument von höchstens zwei Seiten", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(PROFILE);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: message("Layout.mainNavigation") })).toBeHidden();
    await expect(page.getByRole("link", { name: message("Profile.pdfDownload") })).toBeHidden();
    await expect(page.getByText(/Dieser Steckbrief im Internet: http/)).toBeVisible();
    await expect(page.getByText(/Veröffentlicht am/)).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath("druck.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    expect(pages, "pages").toBeGreaterThanOrEqual(1);
    expect(pages, "pages").toBeLessThanOrEqual(2);
  });
});
