import "server-only";
import { createHash } from "node:crypto";
import { getCacheStore } from "@/lib/cache/cache-store.mjs";
import type { InvalidParam } from "./query";
import { apiText } from "./texts";
import { clientKey } from "@/lib/client-address";
import { log } from "@/lib/operations/log";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/operations/request-id";
import { isDatabaseUnavailable, noteDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/database-availability";

/**
 * HTTP for the open data API: JSON with ETag and Cache-Control, CORS for reading from other sites,
 * errors as RFC 9457 problem details in German and English, and a rate limit per client.
 */

/** Published data changes rarely and a publication is not urgent for API clients: one minute, then revalidate by ETag. */
const CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";

export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, HEAD, OPTIONS",
  "access-control-allow-headers": "If-None-Match",
  "access-control-expose-headers": "ETag, Link, X-RateLimit-Limit, X-RateLimit-Remaining, Retry-After",
  "access-control-max-age": "86400",
} as const;

/** Answer to a CORS preflight. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** True when the client's If-None-Match names `etag` (or `*`). */
export function notModified(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header
    .split(",")
    .map((entry) => entry.trim().replace(/^W\//, ""))
    .some((entry) => entry === etag || entry === "*");
}

/** A cacheable body: 304 when the client has it, else the body with its ETag. */
export function cacheableResponse(
  request: Request,
  body: string,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Response {
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, "cache-control": CACHE_CONTROL, etag, vary: "Accept-Encoding", ...extraHeaders };
  if (notModified(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, "content-type": contentType } });
}

export function jsonResponse(request: Request, data: unknown, extraHeaders: Record<string, string> = {}): Response {
  return cacheableResponse(request, JSON.stringify(data), "application/json; charset=utf-8", extraHeaders);
}

/** The problems this API answers with, and their status; their texts are in the catalogue (OpenData.problems). */
const PROBLEM_STATUS = {
  "invalid-parameters": 400,
  "not-found": 404,
  gone: 410,
  "too-many-requests": 429,
  "service-unavailable": 503,
  "server-error": 500,
} as const;

export type ProblemType = keyof typeof PROBLEM_STATUS;

/**
 * An error as application/problem+json (RFC 9457), in German with English alongside (machines read
 * the type and status; people read either), the texts from the catalogue (./texts.ts).
 */
export function problemResponse(
  type: ProblemType,
  options: { invalidParams?: InvalidParam[]; headers?: Record<string, string> } = {},
): Response {
  const title = apiText(`OpenData.problems.${type}.title`);
  const detail = apiText(`OpenData.problems.${type}.detail`);
  const body = {
    type: `/api/v1/openapi.json#problem-${type}`,
    status: PROBLEM_STATUS[type],
    title: title.de,
    title_en: title.en,
    detail: detail.de,
    detail_en: detail.en,
    ...(options.invalidParams ? { invalidParams: options.invalidParams } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: PROBLEM_STATUS[type],
    headers: {
      ...CORS_HEADERS,
      "content-type": "application/problem+json; charset=utf-8",
      "cache-control": "no-store",
      ...options.headers,
    },
  });
}

/** Requests per client and minute (API_RATE_LIMIT; 0 switches it off, e.g. for the benchmark's load). */
export function rateLimitPerMinute(): number {
  const configured = Number(process.env.API_RATE_LIMIT ?? 300);
  return Number.isFinite(configured) && configured >= 0 ? configured : 300;
}

const WINDOW_SECONDS = 60;

/** Counts the request; a Response (429) when the client is over its limit, else the headers to add. */
export async function checkRateLimit(request: Request): Promise<{ limited: Response } | { headers: Record<string, string> }> {
  const limit = rateLimitPerMinute();
  if (limit === 0) return { headers: {} };
  const window = Math.floor(Date.now() / 1000 / WINDOW_SECONDS);
  const count = await getCacheStore().increment(`api:${window}:${clientKey(request.headers)}`, WINDOW_SECONDS);
  const headers = { "x-ratelimit-limit": String(limit), "x-ratelimit-remaining": String(Math.max(0, limit - count)) };
  if (count <= limit) return { headers };
  const retryAfter = String(WINDOW_SECONDS - (Math.floor(Date.now() / 1000) % WINDOW_SECONDS));
  return { limited: problemResponse("too-many-requests", { headers: { ...headers, "retry-after": retryAfter } }) };
}

/**
 * A GET endpoint: rate limit, then the handler; an unexpected failure becomes a 500 problem (logged),
 * never an HTML error page.
 */
export function apiGet<Context = unknown>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      const rate = await checkRateLimit(request);
      if ("limited" in rate) return rate.limited;
      const response = await handler(request, context);
      for (const [name, value] of Object.entries(rate.headers)) response.headers.set(name, value);
      return response;
    } catch (error) {
      if (isDatabaseUnavailable(error)) return databaseUnavailableProblem();
      const requestId = request.headers.get(REQUEST_ID_HEADER) ?? newRequestId();
      log.error("api request failed", { requestId, path: new URL(request.url).pathname, error });
      return problemResponse("server-error");
    }
  };
}

/** 503 while the database cannot be reached: the client may try again after `Retry-After`. */
export function databaseUnavailableProblem(): Response {
  noteDatabaseUnavailable();
  return problemResponse("service-unavailable", { headers: { "retry-after": String(RETRY_AFTER_SECONDS) } });
}

/**
 * A route handler that answers 503 problem+json instead of a 500 while the database cannot be reached
 * (for handlers outside `apiGet`: feeds, files, charts). Any other error stays the handler's own.
 */
export function answeringOutage<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return databaseUnavailableProblem();
      throw error;
    }
  };
}
