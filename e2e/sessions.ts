import { join } from "node:path";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { ADMIN, demoEditor, REVIEWER } from "./support";

/**
 * One saved session per account (Playwright `storageState`): the setup project (auth.setup.ts)
 * signs each account in once through the real sign-in form; tests start signed in with `pageAs`.
 *
 * - `admin`, `reviewer`: the programme staff's demo accounts;
 * - `editor`: a municipality's editor (Denzlingen) for what the role may not see or do — it changes nothing;
 * - `editor:<municipality>`: the editor of the municipality whose Steckbrief a spec changes. Each spec
 *   changes its own municipality's, so that tests running in parallel never meet on one profile.
 * An account whose session a test ends (disabling it, changing its password, signing out) is not
 * listed here: such a test signs in itself, so that the shared sessions stay valid for every other test.
 */
const EDITOR_MUNICIPALITIES = [
  "aidlingen",
  "baden-baden",
  "baiersbronn",
  "dusslingen",
  "eppingen",
  "fellbach",
  "friedrichshafen",
  "hemsbach",
  "korntal-muenchingen",
  "kusterdingen",
  "landkreis-freudenstadt",
  "leimen",
  "leinfelden-echterdingen",
  "markdorf",
  "muellheim",
  "nuertingen",
  "remseck-am-neckar",
  "rielasingen-worblingen",
  "schwaebisch-gmuend",
  "stuttgart",
  "tettnang",
] as const;

export type SessionAccount = "admin" | "reviewer" | "editor" | `editor:${(typeof EDITOR_MUNICIPALITIES)[number]}`;

export const SESSION_ACCOUNTS: SessionAccount[] = [
  "admin",
  "reviewer",
  "editor",
  ...EDITOR_MUNICIPALITIES.map((slug) => `editor:${slug}` as const),
];

export function emailOf(account: SessionAccount): string {
  if (account === "admin") return ADMIN;
  if (account === "reviewer") return REVIEWER;
  if (account === "editor") return demoEditor("denzlingen");
  return demoEditor(account.slice("editor:".length));
}

/** Where the setup saves an account's session (git-ignored; written anew on every run). */
export function storageStateOf(account: SessionAccount): string {
  return join(import.meta.dirname, "..", "playwright", ".auth", `${account.replace(":", "-")}.json`);
}

export const test = base.extend<{
  /**
   * A page in a browser context of its own, signed in as `account` (its saved session), opened at
   * `path`. Several calls in one test give several people side by side; all are closed afterwards.
   */
  pageAs: (account: SessionAccount, path?: string) => Promise<Page>;
}>({
  pageAs: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (account, path = "/redaktion") => {
      const context = await browser.newContext({ storageState: storageStateOf(account) });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(path);
      // A session the server no longer accepts would show the sign-in page here instead.
      await expect(page, `angemeldet als ${emailOf(account)}`).toHaveURL((url) => url.pathname === path);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
