import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";
import { cachedByTags, PUBLIC_TAGS } from "@/lib/cache/public-cache";
import { publicProfileStatus } from "@/lib/public/visibility";

/**
 * Maps URLs to languages ("/" → German, "/en/…" → English once enabled), and gives withdrawn
 * (archived) profiles the status 410 Gone — the page itself explains it. Authorization never
 * happens here: every page, action and route handler checks on its own.
 */
const intlMiddleware = createMiddleware(routing);
const PROFILE_PATH = /^\/(?:[a-z]{2}\/)?steckbriefe\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export default async function proxy(request: NextRequest) {
  const response = intlMiddleware(request);
  const match = PROFILE_PATH.exec(request.nextUrl.pathname);
  if (match && response.status === 200 && (await archived(match[1]!))) {
    return new NextResponse(response.body, { status: 410, headers: response.headers });
  }
  return response;
}

async function archived(slug: string): Promise<boolean> {
  try {
    // Cached (shared store) under the profile's tag: archiving invalidates it, so the 410 comes at once.
    const status = await cachedByTags(`public-status:${slug}`, [PUBLIC_TAGS.profile(slug)], () => publicProfileStatus(slug));
    return status === "archived";
  } catch (error) {
    console.error("Archive lookup failed", error);
    return false; // the page still shows the withdrawal notice, only the status code is 200 then
  }
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
