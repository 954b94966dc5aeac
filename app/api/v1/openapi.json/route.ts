import { apiGet, jsonResponse, preflight } from "@/lib/api/http";
import { openApiDocument } from "@/lib/api/openapi";
import { publicBaseUrl } from "@/lib/env";

/** Public by design: the API's OpenAPI 3.1 document, generated from its zod schemas. */
export const GET = apiGet(async (request) => jsonResponse(request, openApiDocument(new URL("/api/v1", publicBaseUrl()).toString())));

export const OPTIONS = preflight;
