import { getCurrentUser } from "@/lib/auth/current-user";
import { getMediaForDownload } from "@/lib/media/manage-media";

/**
 * Serves an uploaded image or PDF with its real content type. Media of published profiles are
 * public and cacheable; media of drafts only for those allowed to see the draft (otherwise 404).
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/medien/[id]">) {
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/.test(id)) return new Response("Nicht gefunden", { status: 404 });
  const media = await getMediaForDownload({ actor: await getCurrentUser(), mediaId: id });
  if (!media) return new Response("Nicht gefunden", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(media.data), {
    headers: {
      "content-type": media.contentType,
      "content-length": String(media.data.length),
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(media.fileName)}`,
      "x-content-type-options": "nosniff",
      // Images cannot run anything; PDFs keep the browser's own (sandboxed) viewer, which a CSP sandbox would disable.
      ...(media.contentType === "application/pdf" ? {} : { "content-security-policy": "default-src 'none'; sandbox" }),
      "cache-control": media.isPublic ? "public, max-age=3600" : "private, no-store",
    },
  });
}
