"use client";

import { signOut } from "next-auth/react";

const buttonClass = "rounded-md border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-100";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/anmelden" })} className={buttonClass}>
      {label}
    </button>
  );
}

/** Ends the sessions on all devices (server action), then this browser's. */
export function SignOutEverywhereButton({ label, action }: { label: string; action: (input: undefined) => Promise<unknown> }) {
  return (
    <button type="button" onClick={() => action(undefined).finally(() => signOut({ callbackUrl: "/anmelden" }))} className={buttonClass}>
      {label}
    </button>
  );
}
