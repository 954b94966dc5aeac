"use client";

import { useCallback, useEffect, useReducer, useRef } from "react";
import type { Result } from "@/lib/actions/define-action";
import type { FieldErrors } from "@/lib/forms/field-errors";
import type { FieldKey, ProfileFormValues } from "@/lib/profiles/fields";
import {
  autosaveReducer,
  initialAutosaveState,
  RETRIED_STATUSES,
  retryDelayMs,
  type AutosaveState,
  type SaveBase,
} from "@/lib/profiles/autosave-state";
import type { SaveDraftOutcome } from "@/lib/profiles/save-working-version";
import { localDraftKey } from "./local-drafts";

const AUTOSAVE_DELAY_MS = 1500;
/** Called when the page is left: `fetch(…, { keepalive })` outlives the page, a server action does not. */
const SAVE_ON_LEAVE_URL = "/api/redaktion/entwurf";

interface Backup {
  values: ProfileFormValues;
  versionId: string | null;
  revision: number;
}

export interface AutosaveOptions {
  /** whose input the local copy is: another person signing in on this browser never gets it */
  userId: string;
  profileId: string;
  initialValues: ProfileFormValues;
  initialBase: SaveBase;
  readOnly: boolean;
  /** the save server action */
  save: (input: {
    profileId: string;
    versionId: string | null;
    baseRevision: number;
    overwrite: boolean;
    values: ProfileFormValues;
  }) => Promise<Result<SaveDraftOutcome>>;
  /** the draft was discarded on the server: remove this browser's copy instead of restoring it */
  discardLocalCopy?: boolean;
  /** asked before a link inside the portal leaves the form while input is not yet on the server */
  leaveWarning?: string;
  /**
   * The form's own checks (same schemas as the server): `blocking` — beyond the draft's limits, not
   * sent (null when the values may be saved); `problems` — what submitting would refuse, shown at the fields.
   */
  validate: (values: ProfileFormValues) => { blocking: FieldErrors | null; problems: FieldErrors };
}

/**
 * Runs the edit form's saving (lib/profiles/autosave-state.ts): every change is kept in this browser
 * (localStorage) at once and saved to the server shortly after typing stops, when the page is hidden
 * or left, and with the button; failed saves are retried; a backup this browser still holds is
 * restored after a reload.
 */
export function useAutosave({
  userId,
  profileId,
  initialValues,
  initialBase,
  readOnly,
  save,
  validate,
  discardLocalCopy = false,
  leaveWarning,
}: AutosaveOptions) {
  const [state, dispatch] = useReducer(autosaveReducer, initialAutosaveState(initialValues, initialBase, readOnly));
  const storageKey = localDraftKey(userId, profileId);
  // The latest state for callbacks that outlive a render (timers, page-leave handlers).
  const latest = useRef<AutosaveState>(state);
  const inFlight = useRef<Promise<void> | null>(null);
  useEffect(() => {
    latest.current = state;
    if (state.dirty && !readOnly) {
      const backup: Backup & { keptAt: string } = { values: state.values, ...state.base, keptAt: new Date().toISOString() };
      window.localStorage.setItem(storageKey, JSON.stringify(backup));
    } else if (state.status === "saved") {
      // Only a save makes the backup unnecessary (not the first render: the backup is read after it).
      window.localStorage.removeItem(storageKey);
    }
  }, [state, readOnly, storageKey]);

  // What the stored draft still lacks (e.g. a number kept as typed): marked at its field from the start.
  useEffect(() => {
    if (!readOnly) dispatch({ type: "checked", errors: validate(initialValues).problems });
  }, [initialValues, readOnly, validate]);

  // Restore what this browser kept but the server never got (network error, expired session, closed tab).
  useEffect(() => {
    if (discardLocalCopy) {
      window.localStorage.removeItem(storageKey);
      // Once only: a reload of this address must not throw away what is typed from now on.
      const url = new URL(window.location.href);
      url.searchParams.delete("verworfen");
      window.history.replaceState(window.history.state, "", url);
      return;
    }
    if (readOnly) return; // nothing can be saved now (submitted, or the discard is being confirmed): keep the copy for later
    const stored = window.localStorage.getItem(storageKey);
    if (!stored) return;
    try {
      const backup = JSON.parse(stored) as Backup;
      if (JSON.stringify(backup.values) !== JSON.stringify(initialValues)) {
        dispatch({ type: "restore", values: backup.values, base: { versionId: backup.versionId, revision: backup.revision } });
      } else {
        window.localStorage.removeItem(storageKey);
      }
    } catch {
      window.localStorage.removeItem(storageKey);
    }
  }, [storageKey, initialValues, discardLocalCopy, readOnly]);

  /** Saves the current values; true when they reached the server. `base` overrides the version built on (after a conflict). */
  const saveNow = useCallback(
    async ({ focusErrors = false, base }: { focusErrors?: boolean; base?: SaveBase } = {}): Promise<boolean> => {
      if (readOnly) return false;
      if (inFlight.current) await inFlight.current;
      const sent = latest.current.values;
      const { blocking, problems } = validate(sent);
      if (blocking) {
        dispatch({ type: "invalid", errors: { ...problems, ...blocking } });
        if (focusErrors) requestAnimationFrame(() => document.getElementById("fehlerzusammenfassung")?.focus());
        return false;
      }
      // Problems are shown at the fields; the draft is saved all the same.
      dispatch({ type: "save-started", errors: problems });
      const from = base ?? latest.current.base;
      const run = (async () => {
        try {
          const result = await save({ profileId, versionId: from.versionId, baseRevision: from.revision, overwrite: false, values: sent });
          if (!result.ok) dispatch({ type: "refused", code: result.error.code, errors: result.error.fieldErrors });
          else if (result.data.outcome === "conflict") dispatch({ type: "conflict", conflict: result.data });
          else {
            const saved = { versionId: result.data.versionId, revision: result.data.revision };
            latest.current = { ...latest.current, base: saved }; // a save right after this one builds on it
            dispatch({ type: "saved", base: saved, savedAt: result.data.savedAt, sent });
            return true;
          }
        } catch {
          // The request did not reach the server (offline, server down): keep trying.
          dispatch({ type: "offline" });
        }
        return false;
      })();
      inFlight.current = run.then(() => undefined);
      const saved = await run;
      inFlight.current = null;
      return saved;
    },
    [profileId, readOnly, save, validate],
  );

  // Autosave shortly after typing stops; retry while offline or after an error.
  useEffect(() => {
    if (state.status === "dirty") {
      const timer = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
      return () => window.clearTimeout(timer);
    }
    if (RETRIED_STATUSES.includes(state.status)) {
      const timer = window.setTimeout(
        () => void saveNow(),
        retryDelayMs({ status: state.status, unavailableSaves: state.unavailableSaves }),
      );
      const onOnline = () => void saveNow();
      window.addEventListener("online", onOnline);
      return () => {
        window.clearTimeout(timer);
        window.removeEventListener("online", onOnline);
      };
    }
  }, [state.status, state.values, state.unavailableSaves, saveNow]);

  // Leaving or hiding the page: save what is pending (keepalive outlives the page) and warn.
  useEffect(() => {
    const flush = () => {
      const { dirty, conflict, values, base } = latest.current;
      if (!dirty || readOnly || conflict) return;
      const body = JSON.stringify({ profileId, versionId: base.versionId, baseRevision: base.revision, values });
      fetch(SAVE_ON_LEAVE_URL, { method: "POST", headers: { "content-type": "application/json" }, body, keepalive: true })
        .then(async (response) => {
          const result = (await response.json()) as Result<SaveDraftOutcome>;
          if (result.ok && result.data.outcome === "saved") {
            dispatch({
              type: "saved",
              base: { versionId: result.data.versionId, revision: result.data.revision },
              savedAt: result.data.savedAt,
              sent: values,
            });
          }
        })
        .catch(() => undefined);
    };
    const onVisibility = () => document.visibilityState === "hidden" && flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current.dirty) return;
      flush();
      event.preventDefault();
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", flush);
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("beforeunload", onBeforeUnload);
    };
  }, [profileId, readOnly]);

  // A link inside the portal navigates without unloading the page (no "beforeunload"): ask first while
  // input is not on the server yet. Leaving keeps this browser's copy (restored on return) and tries a save.
  useEffect(() => {
    if (readOnly || !leaveWarning) return;
    const onClick = (event: MouseEvent) => {
      if (!latest.current.dirty || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return; // opens elsewhere
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self") || link.hasAttribute("download")) return;
      if (link.hasAttribute("data-keeps-input")) return; // e.g. "sign in again": it comes back to the restored input
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin) return; // another site: the browser's own warning (beforeunload)
      if (to.pathname === window.location.pathname && to.search === window.location.search) return; // a jump on this page
      if (!window.confirm(leaveWarning)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, [readOnly, leaveWarning]);

  /** Saves what is pending; true when nothing is left unsaved (e.g. before submitting for review). */
  const saveIfDirty = useCallback(async () => !latest.current.dirty || (await saveNow({ focusErrors: true })), [saveNow]);

  return {
    state,
    edit: <K extends FieldKey>(key: K, value: ProfileFormValues[K]) => dispatch({ type: "edit", key, value }),
    saveNow,
    saveIfDirty,
    keepMine: () => {
      const { conflict } = latest.current;
      if (!conflict) return;
      dispatch({ type: "keep-mine" });
      void saveNow({ base: { versionId: conflict.versionId, revision: conflict.revision } });
    },
    takeTheirs: (key: FieldKey) => dispatch({ type: "take-theirs", key }),
    /** Shows the current problems at the fields (e.g. when submitting is refused). */
    check: () => {
      const { problems } = validate(latest.current.values);
      dispatch({ type: "checked", errors: problems });
      return problems;
    },
    /** Shows problems the server found (e.g. when it refused submitting). */
    showErrors: (errors: FieldErrors) => dispatch({ type: "checked", errors }),
    forget: () => window.localStorage.removeItem(storageKey),
  };
}
