import { expect, test as setup, type Page } from "@playwright/test";
import { emailOf, SESSION_ACCOUNTS, storageStateOf, type SessionAccount } from "./sessions";
import { DEMO_PASSWORD, signIn } from "./support";

/**
 * Signs every account the specs share in once and saves its session for `pageAs` (sessions.ts).
 * Runs before the other projects on every run, so the sessions always belong to this run's
 * database and secret.
 *
 * One account per role (admin, reviewer, editor) signs in through the real sign-in form. The further
 * editors — one per municipality whose Steckbrief a spec changes — post the same credentials to the
 * same next-auth endpoint the form posts to: the same check of password, throttle and account, the
 * same session cookie and audit entry, without rendering the form and the dashboard a dozen times more.
 */
const THROUGH_THE_FORM: SessionAccount[] = ["admin", "reviewer", "editor"];

async function signInThroughTheEndpoint(page: Page, email: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(response.ok(), `Anmeldung von ${email}`).toBe(true);
  // Refused sign-ins answer 200 as well, with an error in the URL; the session says whether it worked.
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  expect(session.user?.email, `Sitzung von ${email}`).toBe(email);
}

for (const account of SESSION_ACCOUNTS) {
  const email = emailOf(account);
  const form = THROUGH_THE_FORM.includes(account);
  setup(`${form ? "Anmeldung über das Formular" : "Anmeldung über den Endpunkt des Formulars"}: ${email}`, async ({ page }) => {
    if (form) await signIn(page, email);
    else await signInThroughTheEndpoint(page, email);
    await page.context().storageState({ path: storageStateOf(account) });
  });
}
