"use client";

import type { AnchorHTMLAttributes } from "react";
import { usePathname } from "next/navigation";

/**
 * A main navigation link that marks the current section with aria-current. The only client
 * component of the public pages, and a tiny one: the layout is rendered once for all pages and
 * cannot know the address, the router can (also on the server, so the mark is in the HTML). It
 * uses nothing but Next's router, which every page loads anyway. `href` comes localized from the server.
 */
export function NavLink({ href, className = "", ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const pathname = usePathname();
  const active = pathname === href || pathname.startsWith(`${href}/`);
  return (
    <a
      href={href}
      aria-current={active ? "page" : undefined}
      className={`${className} ${active ? "border-brand-700 text-ink" : "border-transparent"}`}
      {...rest}
    />
  );
}
