import { test as setup } from "@playwright/test";
import { emailOf, SESSION_ACCOUNTS, storageStateOf } from "./sessions";
import { signIn } from "./support";

/**
 * Signs every account the specs share in once, through the real sign-in form, and saves its session
 * for `pageAs` (sessions.ts). Runs before the other projects on every run, so the sessions always
 * belong to this run's database and secret.
 */
for (const account of SESSION_ACCOUNTS) {
  setup(`Anmeldung über das Formular: ${emailOf(account)}`, async ({ page }) => {
    await signIn(page, emailOf(account));
    await page.context().storageState({ path: storageStateOf(account) });
  });
}
