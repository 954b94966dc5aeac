"use client";

import type { ComponentProps } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

/** A navigation link that marks the current section with aria-current (rendered on the server too). */
export function NavLink({ href, exact = false, className = "", ...rest }: ComponentProps<typeof Link> & { href: string; exact?: boolean }) {
  const pathname = usePathname();
  const active = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`${className} ${active ? "border-brand-700 text-ink" : "border-transparent"}`}
      {...rest}
    />
  );
}
