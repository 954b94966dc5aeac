import "server-only";
import { z } from "zod";
import { RETRY_AFTER_SECONDS } from "@/lib/database-availability";
import { AppError, HTTP_STATUS } from "@/lib/errors";
import { publicBaseUrl } from "@/lib/env";
import { performAction, type ActionDefinition, type Result } from "./define-action";

/**
 * Route handlers that change data must come from the portal's own pages: server actions get
 * Next's Origin check, route handlers do not (CSRF). The Origin is compared with the configured
 * public address — never with Host or X-Forwarded-Host, which the client controls.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  try {
    return new URL(origin).origin === new URL(publicBaseUrl()).origin;
  } catch {
    return false;
  }
}

/**
 * A result as JSON, with the HTTP status of its error code. While the database is down: 503 with
 * `Retry-After` as problem+json (RFC 9457), which keeps the result's `ok` and `error` as extension members
 * for the portal's own pages.
 */
export function resultResponse(result: Result<unknown>): Response {
  if (!result.ok && result.error.code === "unavailable") {
    const problem = { type: "/api/v1/openapi.json#problem-service-unavailable", status: 503, title: result.error.message, ...result };
    return new Response(JSON.stringify(problem), {
      status: 503,
      headers: {
        "content-type": "application/problem+json; charset=utf-8",
        "retry-after": String(RETRY_AFTER_SECONDS),
        "cache-control": "no-store",
      },
    });
  }
  return Response.json(result, { status: result.ok ? 200 : HTTP_STATUS[result.error.code] });
}

/**
 * Reads a body of at most `maxBytes` without buffering more than that: a larger one is given up as it
 * streams in ("too-large"), whatever Content-Length claims.
 */
export async function readBodyCapped(request: Request, maxBytes: number): Promise<Uint8Array | "too-large"> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return "too-large";
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return "too-large";
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON body of at most `maxBytes` (readBodyCapped); larger: "payload-too-large". */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  if (!request.body) throw new AppError("invalid-input");
  const body = await readBodyCapped(request, maxBytes);
  if (body === "too-large") throw new AppError("payload-too-large");
  try {
    return JSON.parse(Buffer.from(body).toString("utf8"));
  } catch {
    throw new AppError("invalid-input");
  }
}

/**
 * A mutating JSON route handler through the action boundary: session and policy first, then the
 * same-origin check and the body (capped), then the same zod schema and service as the server action.
 */
export function defineJsonRoute<Schema extends z.ZodType, Output>(definition: ActionDefinition<Schema, Output> & { maxBodyBytes: number }) {
  return async (request: Request): Promise<Response> =>
    resultResponse(
      await performAction(definition, () => {
        if (!isSameOrigin(request)) throw new AppError("forbidden");
        return readJsonBody(request, definition.maxBodyBytes);
      }),
    );
}
