import { findProfilePdf } from "@/lib/public/profile-pdf";
import { answeringOutage } from "@/lib/api/http";

/**
 * The PDF of a Steckbrief. Its public address is `/steckbriefe/<slug>.pdf`, rewritten here by
 * next.config.ts: a path with a dot skips the proxy (its matcher), so it never reaches the language
 * segment, and a route handler beside app/[locale] under /steckbriefe would compete with the pages' routes.
 *
 * Public by design: only a publicly visible profile's published version, through the public DTO
 * (lib/public/profile-pdf.ts) — an archived profile answers 410 Gone like its page, any other 404.
 */
export const GET = answeringOutage(async function GET(_request: Request, { params }: RouteContext<"/api/pdf/[slug]">): Promise<Response> {
  const { slug } = await params;
  const lookup = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) ? await findProfilePdf(slug) : { status: "not-found" as const };
  if (lookup.status !== "published") {
    return new Response(lookup.status === "archived" ? "Gone" : "Not Found", {
      status: lookup.status === "archived" ? 410 : 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" },
    });
  }
  const body = Buffer.from(lookup.base64, "base64");
  return new Response(body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${slug}.pdf"`,
      "Content-Length": String(body.length),
      // Like the page: browsers check again, shared caches keep it briefly; the server's own copy is
      // invalidated when the profile changes.
      "Cache-Control": "public, max-age=0, s-maxage=300, must-revalidate",
    },
  });
});
