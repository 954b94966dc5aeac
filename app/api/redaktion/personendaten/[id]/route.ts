import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/policy";
import { exportPersonalData } from "@/lib/privacy/export-personal-data";
import { answeringOutage } from "@/lib/api/http";

/**
 * Download of everything stored about one person as JSON (Art. 15 DSGVO), for admins
 * (`person.data`). Everyone else — and an unknown or erased person — gets the same 404, so that the
 * answer does not tell whether an account exists. The file name holds the account's id, not its
 * address; nothing may cache the answer.
 */
export const GET = answeringOutage(async function GET(_request: Request, { params }: RouteContext<"/api/redaktion/personendaten/[id]">) {
  const { id } = await params;
  const notFound = () => new Response("Nicht gefunden", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  const actor = await getCurrentUser();
  if (!can(actor, { action: "person.data" })) return notFound();
  const result = await exportPersonalData({ actor, userId: id });
  if (!result) return notFound();
  return new Response(JSON.stringify(result.document, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="personendaten-${id}.json"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
