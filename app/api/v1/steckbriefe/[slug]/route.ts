import { apiGet, jsonResponse, preflight, problemResponse } from "@/lib/api/http";
import { parseNoQuery } from "@/lib/api/query";
import { toSteckbrief } from "@/lib/api/representations";
import { findPublicProfile } from "@/lib/public/queries";
import { SLUG_PATTERN } from "@/lib/slug";

/** Public by design: one published Steckbrief (archived: 410, unknown or unpublished: 404). */
export const GET = apiGet(async (request, { params }: RouteContext<"/api/v1/steckbriefe/[slug]">) => {
  const query = parseNoQuery(new URL(request.url).searchParams);
  if (!query.ok) return problemResponse("invalid-parameters", { invalidParams: query.invalid });
  const { slug } = await params;
  if (slug.length > 200 || !SLUG_PATTERN.test(slug)) return problemResponse("not-found");
  const lookup = await findPublicProfile(slug);
  if (lookup.status === "archived") return problemResponse("gone");
  if (lookup.status === "not-found") return problemResponse("not-found");
  return jsonResponse(request, toSteckbrief(lookup.profile));
});

export const OPTIONS = preflight;
