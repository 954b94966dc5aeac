"use client";

import { useEffect, useState } from "react";

/**
 * False in the server-rendered HTML and until React has taken over the page. Forms that only
 * work with JavaScript disable their submit button until then, so an early click cannot submit
 * the bare HTML form (which would reload the page and lose what was typed).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
