"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/anmelden" })}
      className="rounded-md border-2 border-brand-700 bg-white px-3 py-1 font-semibold text-brand-800 hover:bg-brand-100"
    >
      {label}
    </button>
  );
}
