import { MEDIA_LIMITS } from "@/lib/media/errors";
import { IMPORT_MAX_BYTES } from "@/lib/import/limits";
import { routing } from "@/lib/i18n/routing";

/**
 * What a POST to a page (a server action: from JavaScript, or a form sent without it) may carry
 * (issue 14, finding 4). Next reads an action's body whole before the action's own checks, up to
 * `serverActions.bodySizeLimit` (next.config.ts) — which must fit the largest upload. So the proxy
 * refuses bodies by their declared length first, per page: only the pages with an upload form get the
 * upload's size; every other form fits in far less (a long Steckbrief as JSON stays under 256 KB, see
 * app/api/redaktion/entwurf). A body sent without a length is still capped by Next's limit.
 */
const MiB = 1024 * 1024;

/** Room for the form's other fields and the multipart framing around the file. */
const FORM_OVERHEAD = MiB;

/** Every form without a file. */
export const FORM_BODY_BYTES = 2 * MiB;

const LOCALE = `(?:/(?:${routing.locales.join("|")}))?`;
const UPLOAD_PAGES: { pattern: RegExp; maxBytes: number }[] = [
  // the edit page's image and PDF uploads (media-manager.tsx)
  {
    pattern: new RegExp(`^${LOCALE}/redaktion/steckbriefe/[^/]+$`),
    maxBytes: Math.max(MEDIA_LIMITS.imageMaxBytes, MEDIA_LIMITS.documentMaxBytes) + FORM_OVERHEAD,
  },
  // the import of report forms (import-form.tsx)
  { pattern: new RegExp(`^${LOCALE}/redaktion/import$`), maxBytes: IMPORT_MAX_BYTES + FORM_OVERHEAD },
];

/** The largest body any page accepts: next.config.ts sets Next's own limit to it. */
export const LARGEST_PAGE_BODY_BYTES = Math.max(FORM_BODY_BYTES, ...UPLOAD_PAGES.map((page) => page.maxBytes));

export function pageBodyLimit(pathname: string): number {
  return UPLOAD_PAGES.find((page) => page.pattern.test(pathname))?.maxBytes ?? FORM_BODY_BYTES;
}

/** Whether a request declares a body over what its page accepts. */
export function declaresTooLargeBody(request: { method: string; headers: Headers; nextUrl: { pathname: string } }): boolean {
  if (request.method !== "POST") return false;
  const declared = Number(request.headers.get("content-length") ?? 0);
  return Number.isFinite(declared) && declared > pageBodyLimit(request.nextUrl.pathname);
}
