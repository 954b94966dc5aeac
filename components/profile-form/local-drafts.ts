/**
 * This browser's copies of unsaved input (components/profile-form/use-autosave.ts): one per person and
 * profile, and all of them gone when someone signs out here — the next person on a shared computer
 * must never see, restore or save another's text.
 */
const PREFIX = "steckbrief-entwurf:";

export function localDraftKey(userId: string, profileId: string): string {
  return `${PREFIX}${userId}:${profileId}`;
}

/** Removes every local copy (also those of older versions of the portal, keyed by profile only). */
export function forgetAllLocalDrafts(): void {
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, index) => window.localStorage.key(index));
    for (const key of keys) if (key?.startsWith(PREFIX)) window.localStorage.removeItem(key);
  } catch {
    // storage unavailable (private mode): nothing kept, nothing to remove
  }
}
