import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { DATA_LICENCE } from "@/lib/public/data-licence";
import { rateLimitPerMinute } from "./http";
import { MAX_PAGE_SIZE } from "./query";
import { LIST_PARAMETERS, MunicipalityList, Problem, Steckbrief, SteckbriefList, TopicList } from "./schemas";

/**
 * The OpenAPI 3.1 document of `/api/v1`, generated from the zod schemas the responses are built
 * with (./schemas.ts) — the contract test validates real responses against this document.
 */

const problemContent = { "application/problem+json": { schema: Problem } };
const errors = {
  400: { description: "Ungültige Parameter / invalid parameters", content: problemContent },
  429: { description: "Zu viele Anfragen / too many requests (Retry-After)", content: problemContent },
  500: { description: "Interner Fehler / internal error", content: problemContent },
};
const notModified = { 304: { description: "Unverändert (If-None-Match mit dem ETag der letzten Antwort)" } };

const listQuery = z.object(
  Object.fromEntries(
    Object.entries(LIST_PARAMETERS).map(([name, description]) => [
      name,
      (name === "seite" || name === "proSeite"
        ? z
            .number()
            .int()
            .min(1)
            .max(name === "proSeite" ? MAX_PAGE_SIZE : 10_000)
        : z.string()
      )
        .optional()
        .meta({ description }),
    ]),
  ),
);

export function openApiDocument(serverUrl: string) {
  const registry = new OpenAPIRegistry();
  registry.registerPath({
    method: "get",
    path: "/steckbriefe",
    summary: "Steckbriefe suchen und filtern",
    description:
      "Dieselben Filter und Parameternamen wie die Suche auf /steckbriefe. Mehrere Werte eines Filters: Parameter wiederholen oder mit Komma trennen.",
    request: { query: listQuery },
    responses: {
      200: { description: "Eine Seite der Treffer", content: { "application/json": { schema: SteckbriefList } } },
      ...notModified,
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/steckbriefe/{slug}",
    summary: "Ein Steckbrief",
    request: { params: z.object({ slug: z.string().meta({ description: "Kennung des Steckbriefs" }) }) },
    responses: {
      200: { description: "Der veröffentlichte Steckbrief", content: { "application/json": { schema: Steckbrief } } },
      ...notModified,
      404: { description: "Nicht gefunden oder nicht veröffentlicht", content: problemContent },
      410: { description: "Archiviert (zurückgezogen)", content: problemContent },
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/kommunen",
    summary: "Kommunen mit veröffentlichten Steckbriefen",
    request: {
      query: z.object({
        seite: z.number().int().min(1).optional().meta({ description: LIST_PARAMETERS.seite }),
        proSeite: z.number().int().min(1).max(MAX_PAGE_SIZE).optional().meta({ description: LIST_PARAMETERS.proSeite }),
      }),
    },
    responses: {
      200: { description: "Eine Seite der Kommunen", content: { "application/json": { schema: MunicipalityList } } },
      ...notModified,
      ...errors,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/themen",
    summary: "Themen mit der Zahl ihrer Steckbriefe",
    responses: { 200: { description: "Alle Themen", content: { "application/json": { schema: TopicList } } }, ...notModified, ...errors },
  });
  registry.registerPath({
    method: "get",
    path: "/steckbriefe.csv",
    summary: "Steckbriefe als CSV (UTF-8 mit BOM, Semikolon)",
    description: "Dieselben Filter wie /steckbriefe, ohne Seiten: alle Treffer, ohne Filter der ganze Datensatz. Spalten: siehe /daten.",
    request: { query: listQuery.omit({ seite: true, proSeite: true }) },
    responses: { 200: { description: "CSV", content: { "text/csv": { schema: z.string() } } }, ...errors },
  });
  registry.registerPath({
    method: "get",
    path: "/dcat",
    summary: "Beschreibung des Datensatzes nach DCAT-AP.de (JSON-LD)",
    responses: { 200: { description: "JSON-LD", content: { "application/ld+json": { schema: z.record(z.string(), z.unknown()) } } } },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Steckbriefe der kommunalen Flüchtlingsdialoge – offene Daten",
      version: "1.0.0",
      description:
        "Veröffentlichte Steckbriefe der kommunalen Flüchtlingsdialoge in Baden-Württemberg (2016–2017). Nur veröffentlichte, nicht archivierte Inhalte. " +
        "Antworten tragen ETag und Cache-Control; Fehler als application/problem+json auf Deutsch und Englisch. " +
        `Je Client sind ${rateLimitPerMinute()} Anfragen pro Minute möglich (X-RateLimit-*).`,
      license: { name: DATA_LICENCE.name, url: DATA_LICENCE.url },
    },
    servers: [{ url: serverUrl }],
  });
}
