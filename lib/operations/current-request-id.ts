import "server-only";
import { headers } from "next/headers";
import { newRequestId, REQUEST_ID_HEADER } from "./request-id";

/**
 * The id the proxy gave this request, for server actions and route handlers (always rendered per
 * request; never call this while a cached page renders: reading headers would make it dynamic). Outside
 * a request (jobs, scripts, tests) and for requests the proxy does not see (API requests with a body), a
 * new id: the lines of one call still belong together.
 */
export async function currentRequestId(): Promise<string> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? newRequestId();
  } catch {
    return newRequestId();
  }
}
