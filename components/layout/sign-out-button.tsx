"use client";

import { signOut } from "next-auth/react";
import { forgetAllLocalDrafts } from "@/components/profile-form/local-drafts";

/** Signing out on this browser also removes its copies of unsaved input. */
function signOutHere() {
  forgetAllLocalDrafts();
  return signOut({ callbackUrl: "/anmelden" });
}

const buttonClass = "rounded-md border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-100";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={signOutHere} className={buttonClass}>
      {label}
    </button>
  );
}

/** Ends the sessions on all devices (server action), then this browser's. */
export function SignOutEverywhereButton({ label, action }: { label: string; action: (input: undefined) => Promise<unknown> }) {
  return (
    <button type="button" onClick={() => action(undefined).finally(signOutHere)} className={buttonClass}>
      {label}
    </button>
  );
}
