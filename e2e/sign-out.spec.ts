import { expect, test } from "@playwright/test";
import { demoEditor, signIn } from "./support";
import { message } from "./registry";

/**
 * "Abmelden" ends the session on the server (issue 14, finding 2): a copy of the session cookie
 * kept from before the sign-out opens nothing and is not renewed by next-auth's session endpoint.
 */
test("nach dem Abmelden öffnet ein aufbewahrtes Sitzungs-Cookie nichts mehr", async ({ browser }) => {
  test.slow(); // a sign-in through the form
  // An account no other test signs in with: this test ends its session.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, demoEditor("hemsbach"));
  const kept = await context.cookies();
  expect(kept.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);
  const before = await (await page.request.get("/api/auth/session")).json();
  expect(before).toHaveProperty("userId");

  await page.getByRole("button", { name: message("Editorial.signOut"), exact: true }).click();
  await page.waitForURL("**/anmelden**");
  await context.close();

  // Someone who kept the cookie (a shared computer, a copied header) tries it afterwards.
  const replay = await browser.newContext();
  await replay.addCookies(kept);
  const again = await replay.newPage();
  await again.goto("/redaktion");
  await expect(again).toHaveURL(/\/anmelden/);
  // next-auth's session endpoint gives no user and renews nothing: it clears the cookie. (The page's own
  // sign-in link asked it already and the cookie is gone from this browser: the kept copy once more.)
  await replay.addCookies(kept);
  const session = await replay.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  expect(session.headers()["set-cookie"] ?? "").toMatch(/next-auth\.session-token=;/);
  await replay.close();
});
