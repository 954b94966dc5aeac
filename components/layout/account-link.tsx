"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";
import { isCurrent } from "./nav-link";

/**
 * Whether this browser has a session, asked once per page load. The public pages are cached
 * documents, the same for everybody (lib/cache): the server cannot put the visitor's state into
 * them, so the browser asks next-auth (a request without a cookie costs next to nothing). Without
 * JavaScript a signed-in visitor keeps the signed-out links; the sign-in page sends them on to the
 * editorial area.
 */
let sessionQuery: Promise<boolean> | undefined;

function hasSession(): Promise<boolean> {
  sessionQuery ??= fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" })
    .then((response) => (response.ok ? response.json() : null))
    .then((session: { userId?: unknown } | null) => Boolean(session && session.userId))
    .catch(() => false);
  return sessionQuery;
}

/** Signed in (true), signed out (false), or not known yet (undefined: rendered as signed out). */
function useSignedIn(editorialPath: string): boolean | undefined {
  const pathname = usePathname();
  // The editorial area is only shown to signed-in people: no need to ask.
  const inEditorialArea = isCurrent(pathname, editorialPath);
  const [signedIn, setSignedIn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    if (inEditorialArea) return;
    let current = true;
    void hasSession().then((value) => {
      if (current) setSignedIn(value);
    });
    return () => {
      current = false;
    };
  }, [inEditorialArea]);
  return inEditorialArea ? true : signedIn;
}

interface AccountLinkProps {
  className?: string;
  /** the localized addresses of the sign-in page and of the editorial area */
  signInHref: string;
  editorialHref: string;
  /** the link for signed-out visitors */
  signInLabel: string;
  /** the link for signed-in people; none when omitted */
  editorialLabel?: string;
  /** rendered as an item of a list (and no item at all when there is no link) */
  listItem?: boolean;
}

/**
 * The way into the editorial area: "Anmelden" for visitors, the editorial area (or nothing) for
 * someone who is signed in — never an invitation to sign in again.
 */
export function AccountLink({ className = "", signInHref, editorialHref, signInLabel, editorialLabel, listItem }: AccountLinkProps) {
  const pathname = usePathname();
  const signedIn = useSignedIn(editorialHref);
  let link;
  if (signedIn) {
    if (!editorialLabel) return null;
    link = (
      <a href={editorialHref} className={className} aria-current={isCurrent(pathname, editorialHref) ? "page" : undefined}>
        {editorialLabel}
      </a>
    );
  } else {
    link = (
      <a href={signInHref} className={className} aria-current={pathname === signInHref ? "page" : undefined}>
        {signInLabel}
      </a>
    );
  }
  return listItem ? <li>{link}</li> : link;
}
