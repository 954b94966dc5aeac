import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link and helpers: links keep the visitor's language prefix. */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
