import { NextResponse } from "next/server";
import { HTTP_STATUS_OF_FAILURE, isActionFailure, isSameOrigin, runAction } from "@/lib/actions/run-action";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";

/**
 * Autosave endpoint for the moment a page is left: browsers only let `fetch(…, { keepalive })`
 * or `sendBeacon` finish after the page is gone, which server actions cannot use.
 * Same service and policy as the save action.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return NextResponse.json({ status: "forbidden" }, { status: 403 });
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ status: "bad-request" }, { status: 400 });
  }
  const result = await runAction((actor) => saveWorkingVersion({ actor, input: body }));
  if (isActionFailure(result)) return NextResponse.json(result, { status: HTTP_STATUS_OF_FAILURE[result.status] });
  const status = result.status === "saved" ? 200 : result.status === "invalid" ? 422 : 409;
  return NextResponse.json(result, { status });
}
