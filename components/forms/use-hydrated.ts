"use client";

import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => {};

/**
 * False in the server-rendered HTML and until React has taken over the page. Forms that only
 * work with JavaScript disable their submit button until then, so an early click cannot submit
 * the bare HTML form (which would reload the page and lose what was typed).
 * (useSyncExternalStore answers the server snapshot during hydration and the client one after.)
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
