"use client";

import type { AnchorHTMLAttributes } from "react";
import { usePathname } from "next/navigation";

type NavLinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  href: string;
  /** classes added while the link leads to the current page (or a page below it) */
  activeClassName?: string;
  /** classes added otherwise */
  inactiveClassName?: string;
};

/** Whether `href` is the page at `pathname` or a section that contains it ("/steckbriefe" for "/steckbriefe/tuebingen"). */
export function isCurrent(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * A navigation link that marks the current page or section with aria-current. The layout is
 * rendered once for all pages and cannot know the address, the router can (also on the server, so
 * the mark is in the HTML and works without JavaScript). It uses nothing but Next's router, which
 * every page loads anyway. `href` comes localized from the server, and so do the texts.
 */
export function NavLink({ href, className = "", activeClassName = "", inactiveClassName = "", ...rest }: NavLinkProps) {
  const pathname = usePathname();
  const active = isCurrent(pathname, href);
  return (
    <a
      href={href}
      aria-current={active ? "page" : undefined}
      className={`${className} ${active ? activeClassName : inactiveClassName}`}
      {...rest}
    />
  );
}
