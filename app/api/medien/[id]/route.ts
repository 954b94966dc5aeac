import { getCurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/ids";
import { getMediaAccess, getMediaForDownload } from "@/lib/media/manage-media";
import { answeringOutage } from "@/lib/api/http";

/**
 * Serves an uploaded image or PDF with its real content type. Media of published profiles are
 * public; media of drafts only for those allowed to see the draft (otherwise 404).
 *
 * Caching: a medium's bytes never change under its id, but whether it is public does (a new
 * publication replaces it, archiving withdraws it). So caches may keep it but must ask again every
 * time (`no-cache` with an ETag): while it is public the answer is a 304 without the bytes; once it
 * is withdrawn, a 404 — at once, not an hour later.
 */
export const GET = answeringOutage(async function GET(request: Request, { params }: RouteContext<"/api/medien/[id]">) {
  const { id } = await params;
  const notFound = () => new Response("Nicht gefunden", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  if (!isUuid(id)) return notFound();
  const actor = await getCurrentUser();
  const access = await getMediaAccess({ actor, mediaId: id });
  if (!access) return notFound();
  const etag = `"${id}"`;
  const cacheControl = access.isPublic ? "public, no-cache" : "private, no-store";
  if (access.isPublic && (request.headers.get("if-none-match") ?? "").split(",").some((tag) => tag.trim() === etag)) {
    return new Response(null, { status: 304, headers: { etag, "cache-control": cacheControl } });
  }
  const media = await getMediaForDownload({ actor, mediaId: id });
  if (!media) return notFound();
  return new Response(new Uint8Array(media.data), {
    headers: {
      "content-type": media.contentType,
      "content-length": String(media.data.length),
      // A PDF is downloaded and opened by the visitor's own reader, never shown inside the portal's origin
      // (issue 14, finding 3: the upload check is one line of defence, this is the second).
      "content-disposition": `${media.contentType === "application/pdf" ? "attachment" : "inline"}; filename*=UTF-8''${encodeURIComponent(media.fileName)}`,
      "x-content-type-options": "nosniff",
      // Whatever a file holds, opened at this address it runs nothing.
      "content-security-policy": "default-src 'none'; sandbox",
      ...(media.isPublic ? { etag } : {}),
      "cache-control": cacheControl,
    },
  });
});
