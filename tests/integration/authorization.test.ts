import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { VersionState } from "@/generated/prisma/enums";
import { acceptInvitationAction, renewInvitationAction } from "@/app/[locale]/(auth)/einladung/[token]/actions";
import { requestPasswordResetAction } from "@/app/[locale]/(auth)/passwort-vergessen/actions";
import { resetPasswordAction } from "@/app/[locale]/(auth)/passwort-zuruecksetzen/[token]/actions";
import { createProfileAction, signOutEverywhereAction } from "@/app/[locale]/redaktion/actions";
import { inviteUserAction } from "@/app/[locale]/redaktion/einladen/actions";
import { sendAccessibilityFeedbackAction } from "@/app/[locale]/(public)/barrierefreiheit/actions";
import { markFeedbackDoneAction } from "@/app/[locale]/redaktion/rueckmeldungen/actions";
import { signFormStart } from "@/lib/feedback/form-token";
import { confirmImportAction, uploadImportAction } from "@/app/[locale]/redaktion/import/actions";
import { decideAction } from "@/app/[locale]/redaktion/pruefung/[versionId]/actions";
import { saveProfileDraftAction } from "@/app/[locale]/redaktion/steckbriefe/[slug]/actions";
import { deleteMediaAction, uploadMediaAction } from "@/app/[locale]/redaktion/steckbriefe/[slug]/media-actions";
import {
  archiveProfileAction,
  discardDraftAction,
  restoreVersionAction,
  submitProfileAction,
} from "@/app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions";
import { createMunicipalityAction, updateMunicipalityAction } from "@/app/[locale]/redaktion/verwaltung/kommunen/actions";
import {
  changeUserAssignmentsAction,
  changeUserRoleAction,
  disableUserAction,
  enableUserAction,
} from "@/app/[locale]/redaktion/verwaltung/nutzer/[id]/actions";
import {
  createCatalogItemAction,
  deleteCatalogItemAction,
  updateCatalogItemAction,
} from "@/app/[locale]/redaktion/verwaltung/themen/actions";
import * as nextAuthRoute from "@/app/api/auth/[...nextauth]/route";
import { GET as downloadMedia } from "@/app/api/medien/[id]/route";
import { GET as mapPlaces } from "@/app/api/karte/route";
import * as statisticsCsv from "@/app/api/statistik/[chart]/route";
import * as apiSteckbriefe from "@/app/api/v1/steckbriefe/route";
import * as apiSteckbrief from "@/app/api/v1/steckbriefe/[slug]/route";
import * as apiKommunen from "@/app/api/v1/kommunen/route";
import * as apiThemen from "@/app/api/v1/themen/route";
import * as healthCheck from "@/app/api/health/route";
import * as readinessCheck from "@/app/api/ready/route";
import { GET as switchLanguage } from "@/app/api/sprache/route";
import * as apiOpenApi from "@/app/api/v1/openapi.json/route";
import * as apiDcat from "@/app/api/v1/dcat/route";
import * as apiCsv from "@/app/api/v1/steckbriefe.csv/route";
import * as apiJson from "@/app/api/v1/steckbriefe.json/route";
import { GET as profilePdf } from "@/app/api/pdf/[slug]/route";
import { GET as atomFeed } from "@/app/feed.xml/route";
import { GET as sitemapIndex } from "@/app/sitemap.xml/route";
import { POST as autosaveOnLeave } from "@/app/api/redaktion/entwurf/route";
import { GET as personalDataExport } from "@/app/api/redaktion/personendaten/[id]/route";
import { eraseUserAction } from "@/app/[locale]/redaktion/verwaltung/nutzer/[id]/loeschen/actions";
import { newLinkToken } from "@/lib/accounts/tokens";
import type { Result } from "@/lib/actions/define-action";
import { emptyMunicipalityValues } from "@/lib/admin/municipality-schema";
import { getCurrentUser } from "@/lib/auth/current-user";
import { verifyPassword } from "@/lib/auth/password";
import { publicBaseUrl } from "@/lib/env";
import { HTTP_STATUS, type ErrorCode } from "@/lib/errors";
import { getMediaStorage, newMediaKey } from "@/lib/media/storage";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { beginRequestAs, changesSince, formData, requestScope, snapshotDatabase, type DatabaseSnapshot } from "../support/request-context";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";

/*
 * Only the framework's request scope is replaced (it does not exist outside a Next request):
 * cookies() and headers() answer the current actor's request, revalidatePath/revalidateTag are
 * recorded, after() callbacks are collected and awaited by the test. vi.mock is hoisted above the
 * imports, so its factories can only reach state that vi.hoisted provides.
 */
const context = await vi.hoisted(() => import("../support/request-context"));
vi.mock("next/headers", async (original) => ({ ...(await original<object>()), ...context.nextHeaders }));
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), ...context.nextCache }));
vi.mock("next/server", async (original) => ({ ...(await original<object>()), ...context.nextServer }));

/**
 * Who may call what — one row per server action and route handler, each called for real (the
 * action or handler itself, through its boundary, signed in with a real next-auth session cookie)
 * as each of six actors. Allowed: the call succeeds and its change is there. Refused: the answer is
 * "unauthenticated", "forbidden" or "not found" and not a single row of the database (nor a stored
 * file) changed. The last tests scan the source for entry points: one without a row fails here.
 */
const ACTOR_KINDS = ["anonymous", "editorOwn", "editorOther", "reviewer", "admin", "disabled"] as const;
type ActorKind = (typeof ACTOR_KINDS)[number];

const EVERYONE: readonly ActorKind[] = ACTOR_KINDS;
const SIGNED_IN: readonly ActorKind[] = ["editorOwn", "editorOther", "reviewer", "admin"];
const OWN_MUNICIPALITY: readonly ActorKind[] = ["editorOwn", "reviewer", "admin"];
const STAFF: readonly ActorKind[] = ["reviewer", "admin"];
const ADMINS: readonly ActorKind[] = ["admin"];
const NOBODY: readonly ActorKind[] = [];

/** What an entry point answered: an action's result, a redirect, or a route handler's response. */
type Outcome =
  | { kind: "success"; data: unknown; status?: number; headers?: Headers }
  | { kind: "redirect"; location: string }
  | { kind: "failure"; code?: string; status?: number; message?: string };

/** The caller of one test: the kind of actor and their user (null: anonymous). */
interface Scene {
  actor: ActorKind;
  userId: string | null;
}

interface Row<Fixture> {
  /** "file#export" of the entry point */
  entryPoint: string;
  /** what this row tries, when an entry point has several rows */
  case?: string;
  allowed: readonly ActorKind[];
  /** fresh records for this one call (the actor and the two municipalities exist already) */
  arrange: (scene: Scene) => Promise<Fixture>;
  act: (fixture: Fixture) => Promise<Outcome>;
  /** for allowed actors: the intended change happened */
  assertDone: (fixture: Fixture, outcome: Outcome, scene: Scene) => Promise<void>;
}

/** Rows differ in their fixtures; the table holds them side by side. */
const row = <Fixture>(definition: Row<Fixture>) => definition as unknown as Row<unknown>;

const db = connectTestDatabase();
const storageDir = mkdtempSync(join(tmpdir(), "rechte-medien-"));
const PASSWORD = "ein langes Testpasswort";
let ownMunicipalityId: string;
let otherMunicipalityId: string;
let users: Record<ActorKind, string | null>;
let png: Buffer;
let feedbackClients = 0;

// ---------------------------------------------------------------------------------------------
// Calling entry points

/** An action's result (or the redirect it answered with) as an outcome. */
async function settle(call: () => Promise<Result<unknown> | null>): Promise<Outcome> {
  try {
    const result = await call();
    if (!result) throw new Error("the action answered no result");
    return result.ok ? { kind: "success", data: result.data } : { kind: "failure", code: result.error.code, message: result.error.message };
  } catch (error) {
    // redirect() throws Next's NEXT_REDIRECT error ("NEXT_REDIRECT;replace;/path;307;"), which the boundary rethrows.
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;")) return { kind: "redirect", location: digest.split(";")[2]! };
    throw error;
  }
}

/** A route handler's response as an outcome (JSON bodies parsed, anything else as bytes). */
async function fromResponse(response: Response): Promise<Outcome> {
  const isJson = response.headers.get("content-type")?.includes("application/json");
  const body: unknown = isJson ? await response.json() : Buffer.from(await response.arrayBuffer());
  if (response.ok) return { kind: "success", data: body, status: response.status, headers: response.headers };
  const error = isJson ? (body as { error?: { code?: string; message?: string } }).error : undefined;
  return { kind: "failure", status: response.status, code: error?.code, message: error?.message };
}

const jsonPost = (path: string, body: unknown, origin = publicBaseUrl()) =>
  requestScope.request(path, {
    method: "POST",
    headers: { origin, "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const mediaRequest = (mediaId: string) =>
  downloadMedia(requestScope.request(`/api/medien/${mediaId}`), { params: Promise.resolve({ id: mediaId }) }).then(fromResponse);

function dataOf<T>(outcome: Outcome): T {
  if (outcome.kind !== "success") throw new Error(`expected success, got ${JSON.stringify(outcome)}`);
  return outcome.data as T;
}

function redirectOf(outcome: Outcome): string {
  if (outcome.kind !== "redirect") throw new Error(`expected a redirect, got ${JSON.stringify(outcome)}`);
  return outcome.location;
}

// ---------------------------------------------------------------------------------------------
// Fixtures: fresh records per call, so that every allowed call can really succeed

interface ProfileFixture {
  profileId: string;
  /** the working version ("" when there is none) */
  versionId: string;
  revision: number;
  /** the published version ("" when never published) */
  publishedVersionId: string;
}

/** A profile of the own municipality: optionally a published version 1, and a working version in `working` state. */
async function profileFixture({
  published = false,
  working = "DRAFT",
  archived = false,
}: {
  published?: boolean;
  working?: VersionState | null;
  archived?: boolean;
}): Promise<ProfileFixture> {
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.create({
      data: { slug: uniqueSlug("rechte-profil"), municipalityId: ownMunicipalityId, archivedAt: archived ? new Date() : null },
    });
    let publishedVersionId = "";
    if (published) {
      const version = await tx.profileVersion.create({
        data: { profileId: profile.id, number: 1, state: "PUBLISHED", publishedAt: new Date(), title: "Veröffentlichte Fassung" },
      });
      await tx.profile.update({ where: { id: profile.id }, data: { publishedVersionId: version.id, firstPublishedAt: new Date() } });
      publishedVersionId = version.id;
    }
    let versionId = "";
    let revision = 0;
    if (working) {
      const version = await tx.profileVersion.create({
        data: {
          profileId: profile.id,
          number: published ? 2 : 1,
          state: working,
          title: "Arbeitsfassung",
          basedOnId: publishedVersionId || null,
          submittedAt: working === "IN_REVIEW" ? new Date() : null,
        },
      });
      await tx.profile.update({ where: { id: profile.id }, data: { workingVersionId: version.id } });
      versionId = version.id;
      revision = version.revision;
    }
    return { profileId: profile.id, versionId, revision, publishedVersionId };
  });
}

/** An image in the storage folder and its row on `versionId`. */
async function storedImage(versionId: string) {
  const storageKey = newMediaKey("png");
  await getMediaStorage().put(storageKey, png, "image/png");
  const media = await db.media.create({
    data: { versionId, kind: "IMAGE", storageKey, mimeType: "image/png", byteSize: png.length, fileName: "bild.png", altText: "Testbild" },
  });
  return { mediaId: media.id, storageKey };
}

const storedFiles = () => readdirSync(storageDir).sort();

const newEmail = (prefix: string) => `${uniqueSlug(prefix)}@example.org`;

/** An unused single-use link, stored as the portal stores it (only its hash). */
async function linkToken(
  purpose: "INVITATION" | "PASSWORD_RESET",
  email: string,
  { expired = false, role = null }: { expired?: boolean; role?: "EDITOR" | null } = {},
) {
  const { token, tokenHash } = newLinkToken();
  const now = Date.now();
  await db.authToken.create({
    data: {
      purpose,
      tokenHash,
      email,
      role,
      municipalityIds: role === "EDITOR" ? [ownMunicipalityId] : [],
      createdAt: new Date(expired ? now - 8 * 86_400_000 : now),
      expiresAt: new Date(expired ? now - 86_400_000 : now + 3_600_000),
    },
  });
  return token;
}

const editorUser = (data: { disabledAt?: Date } = {}) =>
  db.user.create({
    data: { email: newEmail("ziel"), role: "EDITOR", assignments: { create: { municipalityId: otherMunicipalityId } }, ...data },
  });

// ---------------------------------------------------------------------------------------------
// The table

const RULES: Row<unknown>[] = [
  // --- Steckbriefe: editors of the municipality and the programme staff --------------------------
  row({
    entryPoint: "app/[locale]/redaktion/actions.ts#createProfileAction",
    allowed: OWN_MUNICIPALITY,
    arrange: async () => ({ title: `Zweiter Dialog ${uniqueSlug("t")}` }),
    act: ({ title }) => settle(() => createProfileAction(null, formData({ municipalityId: ownMunicipalityId, title }))),
    assertDone: async ({ title }, outcome, { userId }) => {
      const slug = /^\/redaktion\/steckbriefe\/([a-z0-9-]+)$/.exec(redirectOf(outcome))?.[1];
      const profile = await db.profile.findUniqueOrThrow({ where: { slug }, include: { workingVersion: true } });
      expect(profile.municipalityId).toBe(ownMunicipalityId);
      expect(profile.workingVersion).toMatchObject({ state: "DRAFT", title, createdById: userId });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/actions.ts#saveProfileDraftAction",
    allowed: OWN_MUNICIPALITY,
    arrange: () => profileFixture({ working: "DRAFT" }),
    act: ({ profileId, versionId, revision }) =>
      settle(() =>
        saveProfileDraftAction({
          profileId,
          versionId,
          baseRevision: revision,
          values: { ...emptyFormValues("Gespeicherter Titel"), occasion: "Anlass aus dem Rechtetest" },
        }),
      ),
    assertDone: async ({ versionId, revision }, outcome, { userId }) => {
      expect(dataOf(outcome)).toMatchObject({ outcome: "saved", versionId, revision: revision + 1 });
      const version = await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(version).toMatchObject({ title: "Gespeicherter Titel", occasion: "Anlass aus dem Rechtetest", updatedById: userId });
    },
  }),
  row({
    entryPoint: "app/api/redaktion/entwurf/route.ts#POST",
    allowed: OWN_MUNICIPALITY,
    arrange: () => profileFixture({ working: "DRAFT" }),
    act: ({ profileId, versionId, revision }) =>
      autosaveOnLeave(
        jsonPost("/api/redaktion/entwurf", {
          profileId,
          versionId,
          baseRevision: revision,
          values: emptyFormValues("Beim Verlassen gesichert"),
        }),
      ).then(fromResponse),
    assertDone: async ({ versionId, revision }, outcome) => {
      expect(outcome).toMatchObject({ status: 200 });
      expect(dataOf(outcome)).toMatchObject({ ok: true, data: { outcome: "saved", versionId, revision: revision + 1 } });
      expect((await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } })).title).toBe("Beim Verlassen gesichert");
    },
  }),
  row({
    // Cross-site requests are refused whoever sends them (signed-in actors: "forbidden"; the session is checked first).
    entryPoint: "app/api/redaktion/entwurf/route.ts#POST",
    case: "from another origin",
    allowed: NOBODY,
    arrange: () => profileFixture({ working: "DRAFT" }),
    act: ({ profileId, versionId, revision }) =>
      autosaveOnLeave(
        jsonPost(
          "/api/redaktion/entwurf",
          { profileId, versionId, baseRevision: revision, values: emptyFormValues("Fremd") },
          "https://angreifer.example",
        ),
      ).then(fromResponse),
    assertDone: async () => {},
  }),
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/media-actions.ts#uploadMediaAction",
    allowed: OWN_MUNICIPALITY,
    arrange: () => profileFixture({ working: "DRAFT" }),
    act: ({ profileId }) =>
      settle(() =>
        uploadMediaAction(
          null,
          formData({
            profileId,
            kind: "IMAGE",
            file: new File([new Uint8Array(png)], "bild.png", { type: "image/png" }),
            altText: "Ein Bild aus dem Rechtetest",
            credit: "",
            title: "",
          }),
        ),
      ),
    assertDone: async ({ versionId }, outcome) => {
      const { mediaId } = dataOf<{ mediaId: string }>(outcome);
      const media = await db.media.findUniqueOrThrow({ where: { id: mediaId } });
      expect(media).toMatchObject({ versionId, kind: "IMAGE", altText: "Ein Bild aus dem Rechtetest" });
      expect(storedFiles()).toContain(media.storageKey);
      expect(requestScope.revalidated).toContainEqual({ kind: "path", target: "/[locale]/redaktion/steckbriefe/[slug]", type: "page" });
    },
  }),
  // --- Bulk import: the programme staff only --------------------------------------------------------
  row({
    entryPoint: "app/[locale]/redaktion/import/actions.ts#uploadImportAction",
    allowed: STAFF,
    arrange: async () => ({ title: `Importierter Dialog ${uniqueSlug("t")}` }),
    act: ({ title }) =>
      settle(async () => {
        const municipality = await db.municipality.findUniqueOrThrow({ where: { id: ownMunicipalityId } });
        const file = new File([`\uFEFFkommune;title\r\n${municipality.name};${title}\r\n`], "import.csv", { type: "text/csv" });
        return uploadImportAction(null, formData({ file }));
      }),
    assertDone: async (_fixture, outcome, { userId }) => {
      const id = /^\/redaktion\/import\/([0-9a-f-]{36})$/.exec(redirectOf(outcome))?.[1];
      const upload = await db.importUpload.findUniqueOrThrow({ where: { id } });
      expect(upload).toMatchObject({ createdById: userId, format: "csv", columns: ["kommune", "title"], importedAt: null });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/import/actions.ts#confirmImportAction",
    allowed: STAFF,
    arrange: async ({ userId }) => {
      const municipality = await db.municipality.findUniqueOrThrow({ where: { id: ownMunicipalityId } });
      const title = `Importierter Dialog ${uniqueSlug("t")}`;
      // The caller's own upload (anonymous callers: someone else's — they are refused before it is looked up).
      const owner = userId ?? users.reviewer!;
      const upload = await db.importUpload.create({
        data: {
          createdById: owner,
          fileName: "import.csv",
          format: "csv",
          columns: ["kommune", "title"],
          rows: [{ kommune: municipality.name, title }],
          expiresAt: new Date(Date.now() + 3_600_000),
        },
      });
      return { uploadId: upload.id, title };
    },
    act: ({ uploadId }) => settle(() => confirmImportAction(null, formData({ uploadId }))),
    assertDone: async ({ uploadId, title }, outcome, { userId }) => {
      expect(redirectOf(outcome)).toBe(`/redaktion/import/${uploadId}`);
      const version = await db.profileVersion.findFirstOrThrow({ where: { title }, include: { profile: true } });
      expect(version).toMatchObject({ state: "DRAFT", createdById: userId });
      expect(version.profile).toMatchObject({ municipalityId: ownMunicipalityId, publishedVersionId: null, workingVersionId: version.id });
      expect((await db.importUpload.findUniqueOrThrow({ where: { id: uploadId } })).importedAt).not.toBeNull();
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/media-actions.ts#deleteMediaAction",
    allowed: OWN_MUNICIPALITY,
    arrange: async () => {
      const profile = await profileFixture({ working: "DRAFT" });
      return { ...profile, ...(await storedImage(profile.versionId)) };
    },
    act: ({ mediaId }) => settle(() => deleteMediaAction({ mediaId })),
    assertDone: async ({ mediaId, storageKey }, outcome) => {
      expect(dataOf(outcome)).toEqual({ deleted: true });
      expect(await db.media.findUnique({ where: { id: mediaId } })).toBeNull();
      expect(storedFiles()).not.toContain(storageKey);
    },
  }),
  row({
    // Reading, not changing: a draft's media only for those who may see the draft, 404 for everyone else.
    entryPoint: "app/api/medien/[id]/route.ts#GET",
    case: "media of a draft",
    allowed: OWN_MUNICIPALITY,
    arrange: async () => {
      const profile = await profileFixture({ working: "DRAFT" });
      return storedImage(profile.versionId);
    },
    act: ({ mediaId }) => mediaRequest(mediaId),
    assertDone: async (_fixture, outcome) => {
      expect(outcome).toMatchObject({ status: 200 });
      expect(dataOf<Buffer>(outcome).equals(png)).toBe(true);
      expect(outcome.kind === "success" && outcome.headers?.get("cache-control")).toBe("private, no-store");
    },
  }),
  row({
    // Public by design: what is published is public, with or without an account.
    entryPoint: "app/api/medien/[id]/route.ts#GET",
    case: "media of a published profile",
    allowed: EVERYONE,
    arrange: async () => {
      const profile = await profileFixture({ published: true, working: null });
      return storedImage(profile.publishedVersionId);
    },
    act: ({ mediaId }) => mediaRequest(mediaId),
    assertDone: async (_fixture, outcome) => {
      expect(outcome).toMatchObject({ status: 200 });
      expect(dataOf<Buffer>(outcome).equals(png)).toBe(true);
      expect(outcome.kind === "success" && outcome.headers?.get("cache-control")).toBe("public, no-cache");
    },
  }),
  row({
    // Public by design: the interactive map's places are published data (the read model), for everyone.
    entryPoint: "app/api/karte/route.ts#GET",
    case: "places of the map",
    allowed: EVERYONE,
    arrange: async () => ({}),
    act: () => mapPlaces(requestScope.request("/api/karte")).then(fromResponse),
    assertDone: async (_fixture, outcome) => {
      const data = dataOf<{ outline: unknown; places: unknown[] }>(outcome);
      expect(data.outline).toBeTruthy();
      expect(Array.isArray(data.places)).toBe(true);
    },
  }),

  row({
    // Public by design: the language switch without JavaScript only redirects to a page of this site.
    entryPoint: "app/api/sprache/route.ts#GET",
    case: "language switch",
    allowed: EVERYONE,
    arrange: async () => ({}),
    act: async () => {
      const response = await switchLanguage(requestScope.request("/api/sprache?nach=en&seite=%2Fen%2Fsteckbriefe"));
      return { kind: "success" as const, data: response.headers.get("location"), status: response.status, headers: response.headers };
    },
    assertDone: async (_fixture, outcome) => {
      expect(outcome.kind === "success" && [outcome.status, outcome.data]).toEqual([303, "/en/steckbriefe"]);
    },
  }),

  // Public by design: the open data API, downloads and statistics give the public read model to everyone (lib/api);
  // the load balancer's probes (/api/health, /api/ready) tell only whether the instance and its database answer.
  ...(
    [
      ["app/api/v1/steckbriefe/route.ts", apiSteckbriefe, "/api/v1/steckbriefe"],
      ["app/api/v1/steckbriefe/[slug]/route.ts", apiSteckbrief, "/api/v1/steckbriefe/gibt-es-nicht"],
      ["app/api/v1/kommunen/route.ts", apiKommunen, "/api/v1/kommunen"],
      ["app/api/v1/themen/route.ts", apiThemen, "/api/v1/themen"],
      ["app/api/v1/openapi.json/route.ts", apiOpenApi, "/api/v1/openapi.json"],
      ["app/api/v1/dcat/route.ts", apiDcat, "/api/v1/dcat"],
      ["app/api/v1/steckbriefe.csv/route.ts", apiCsv, "/api/v1/steckbriefe.csv"],
      ["app/api/v1/steckbriefe.json/route.ts", apiJson, "/api/v1/steckbriefe.json"],
      ["app/api/statistik/[chart]/route.ts", statisticsCsv, "/api/statistik/typ.csv"],
      ["app/api/health/route.ts", healthCheck, "/api/health"],
      ["app/api/ready/route.ts", readinessCheck, "/api/ready"],
    ] as const
  ).flatMap(([file, handlers, path]) =>
    Object.entries(handlers)
      .filter(([method]) => method === "GET" || method === "OPTIONS")
      .map(([method, handler]) =>
        row({
          entryPoint: `${file}#${method}`,
          case: `open data ${method} ${path}`,
          allowed: EVERYONE,
          arrange: async () => ({}),
          act: () =>
            Promise.resolve(
              (handler as (request: Request, context: unknown) => Response | Promise<Response>)(requestScope.request(path), {
                params: Promise.resolve({ slug: "gibt-es-nicht", chart: "typ.csv" }),
              }),
            ).then((response) => ({ kind: "success" as const, data: null, status: response.status, headers: response.headers })),
          assertDone: async (_fixture, outcome) => {
            // The same answer for every actor: the data is public (an unknown slug is 404 for everyone).
            expect(outcome.kind === "success" && outcome.status).toBe(
              method === "OPTIONS" ? 204 : path.endsWith("gibt-es-nicht") ? 404 : 200,
            );
          },
        }),
      ),
  ),
  row({
    // Public by design: the PDF of a published Steckbrief, through the public read model only.
    entryPoint: "app/api/pdf/[slug]/route.ts#GET",
    case: "PDF of a published profile",
    allowed: EVERYONE,
    arrange: async () => {
      const { profileId } = await profileFixture({ published: true, working: "DRAFT" });
      return (await db.profile.findUniqueOrThrow({ where: { id: profileId } })).slug;
    },
    act: (slug) => profilePdf(requestScope.request(`/api/pdf/${slug}`), { params: Promise.resolve({ slug }) }).then(fromResponse),
    assertDone: async (_slug, outcome) => {
      expect(dataOf<Buffer>(outcome).subarray(0, 5).toString()).toBe("%PDF-");
    },
  }),
  row({
    // A working version alone is no public record: nobody gets a PDF of it, signed in or not.
    entryPoint: "app/api/pdf/[slug]/route.ts#GET",
    case: "PDF of a draft-only profile",
    allowed: NOBODY,
    arrange: async () => {
      const { profileId } = await profileFixture({ working: "DRAFT" });
      return (await db.profile.findUniqueOrThrow({ where: { id: profileId } })).slug;
    },
    act: (slug) => profilePdf(requestScope.request(`/api/pdf/${slug}`), { params: Promise.resolve({ slug }) }).then(fromResponse),
    assertDone: async () => {},
  }),
  row({
    // Public by design: the feed names published profiles only (lib/public/feed.ts).
    entryPoint: "app/feed.xml/route.ts#GET",
    case: "Atom feed",
    allowed: EVERYONE,
    arrange: async () => ({}),
    act: () => atomFeed().then(fromResponse),
    assertDone: async (_fixture, outcome) => {
      expect(dataOf<Buffer>(outcome).toString()).toContain("<feed");
    },
  }),
  row({
    // Public by design: the sitemap index names only public addresses.
    entryPoint: "app/sitemap.xml/route.ts#GET",
    case: "sitemap index",
    allowed: EVERYONE,
    arrange: async () => ({}),
    act: () => sitemapIndex().then(fromResponse),
    assertDone: async (_fixture, outcome) => {
      expect(dataOf<Buffer>(outcome).toString()).toContain("<sitemapindex");
    },
  }),

  // --- The publishing workflow -----------------------------------------------------------------
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#submitProfileAction",
    allowed: OWN_MUNICIPALITY,
    arrange: () => profileFixture({ working: "DRAFT" }),
    act: ({ profileId }) => settle(() => submitProfileAction({ profileId })),
    assertDone: async ({ versionId }, outcome) => {
      expect(outcome.kind).toBe("success");
      const version = await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } });
      expect(version.state).toBe("IN_REVIEW");
      expect(version.submittedAt).not.toBeNull();
      expect(requestScope.revalidated).toContainEqual({ kind: "path", target: "/[locale]/redaktion", type: "layout" });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#restoreVersionAction",
    allowed: OWN_MUNICIPALITY,
    arrange: () => profileFixture({ published: true, working: "DRAFT" }),
    act: ({ publishedVersionId }) => settle(() => restoreVersionAction({ versionId: publishedVersionId })),
    assertDone: async ({ profileId, versionId, publishedVersionId }, outcome, { userId }) => {
      expect(outcome.kind).toBe("success");
      const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { workingVersion: true } });
      expect(profile.workingVersion).toMatchObject({ state: "DRAFT", basedOnId: publishedVersionId, createdById: userId });
      expect(profile.publishedVersionId).toBe(publishedVersionId);
      expect((await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } })).state).toBe("DISCARDED");
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#discardDraftAction",
    allowed: OWN_MUNICIPALITY,
    arrange: () => profileFixture({ published: true, working: "DRAFT" }),
    act: ({ profileId }) => settle(() => discardDraftAction({ profileId })),
    assertDone: async ({ profileId, versionId, publishedVersionId }, outcome, { userId }) => {
      expect(redirectOf(outcome)).toMatch(/^\/redaktion\/steckbriefe\/[a-z0-9-]+\?verworfen=1$/);
      const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId } });
      expect(profile).toMatchObject({ workingVersionId: null, publishedVersionId });
      expect((await db.profileVersion.findUniqueOrThrow({ where: { id: versionId } })).state).toBe("DISCARDED");
      expect(await db.auditLog.count({ where: { action: "version.discard", objectId: versionId, actorId: userId } })).toBe(1);
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#archiveProfileAction",
    case: "archive",
    allowed: STAFF,
    arrange: () => profileFixture({ published: true, working: null }),
    act: ({ profileId }) => settle(() => archiveProfileAction({ profileId, archive: true })),
    assertDone: async ({ profileId }, outcome) => {
      expect(outcome.kind).toBe("success");
      expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).archivedAt).not.toBeNull();
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#archiveProfileAction",
    case: "bring back",
    allowed: STAFF,
    arrange: () => profileFixture({ published: true, working: null, archived: true }),
    act: ({ profileId }) => settle(() => archiveProfileAction({ profileId, archive: false })),
    assertDone: async ({ profileId }, outcome) => {
      expect(outcome.kind).toBe("success");
      expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).archivedAt).toBeNull();
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/pruefung/[versionId]/actions.ts#decideAction",
    case: "request changes",
    allowed: STAFF,
    arrange: () => profileFixture({ working: "IN_REVIEW" }),
    act: ({ versionId }) =>
      settle(() =>
        decideAction(
          null,
          formData({
            versionId,
            decision: "request-changes",
            comment: "Bitte den Anlass ergänzen.",
            "comment-occasion": "Hier fehlt das Datum.",
          }),
        ),
      ),
    assertDone: async ({ versionId }, outcome, { userId }) => {
      expect(dataOf(outcome)).toEqual({ outcome: "changes-requested" });
      const version = await db.profileVersion.findUniqueOrThrow({
        where: { id: versionId },
        include: { comments: { orderBy: { section: { sort: "asc", nulls: "first" } } } },
      });
      expect(version).toMatchObject({ state: "CHANGES_REQUESTED", reviewComment: "Bitte den Anlass ergänzen.", reviewedById: userId });
      // The overall comment is kept as a comment without section too (it stays in the history).
      expect(version.comments).toMatchObject([
        { section: null, body: "Bitte den Anlass ergänzen.", authorId: userId },
        { section: "occasion", body: "Hier fehlt das Datum.", authorId: userId },
      ]);
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/pruefung/[versionId]/actions.ts#decideAction",
    case: "approve",
    allowed: STAFF,
    arrange: () => profileFixture({ working: "IN_REVIEW" }),
    act: ({ versionId }) => settle(() => decideAction(null, formData({ versionId, decision: "approve", confirmed: "1" }))),
    assertDone: async ({ profileId, versionId }, outcome) => {
      expect(dataOf(outcome)).toEqual({ outcome: "published" });
      const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { publishedVersion: true } });
      expect(profile.publishedVersion).toMatchObject({ id: versionId, state: "PUBLISHED" });
      expect(profile.workingVersionId).toBeNull();
    },
  }),

  // --- Accounts --------------------------------------------------------------------------------
  row({
    // Every signed-in person may end their own sessions (the action knows no other person's).
    entryPoint: "app/[locale]/redaktion/actions.ts#signOutEverywhereAction",
    allowed: SIGNED_IN,
    arrange: async ({ userId }) => ({
      sessionVersion: userId ? (await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion : 0,
    }),
    act: () => settle(() => signOutEverywhereAction(undefined)),
    assertDone: async ({ sessionVersion }, outcome, { userId }) => {
      expect(outcome.kind).toBe("success");
      expect((await db.user.findUniqueOrThrow({ where: { id: userId! } })).sessionVersion).toBe(sessionVersion + 1);
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/einladen/actions.ts#inviteUserAction",
    case: "an editor",
    allowed: STAFF,
    arrange: async () => ({ email: newEmail("eingeladen") }),
    act: ({ email }) => settle(() => inviteUserAction(null, formData({ email, role: "EDITOR", municipalityIds: [ownMunicipalityId] }))),
    assertDone: async ({ email }, outcome, { userId }) => {
      expect(dataOf(outcome)).toEqual({ email, delivery: "outbox" });
      const invitation = await db.authToken.findFirstOrThrow({ where: { email, purpose: "INVITATION" } });
      expect(invitation).toMatchObject({ role: "EDITOR", municipalityIds: [ownMunicipalityId], createdById: userId, usedAt: null });
      expect(await db.outboxMail.count({ where: { to: email } })).toBe(1);
    },
  }),
  row({
    // Reviewers pass the action's first check (they may invite), the service refuses the role.
    entryPoint: "app/[locale]/redaktion/einladen/actions.ts#inviteUserAction",
    case: "an admin",
    allowed: ADMINS,
    arrange: async () => ({ email: newEmail("admin-eingeladen") }),
    act: ({ email }) => settle(() => inviteUserAction(null, formData({ email, role: "ADMIN" }))),
    assertDone: async ({ email }, outcome) => {
      expect(dataOf(outcome)).toEqual({ email, delivery: "outbox" });
      expect(await db.authToken.findFirstOrThrow({ where: { email, purpose: "INVITATION" } })).toMatchObject({ role: "ADMIN" });
    },
  }),
  row({
    // Public by design: holding the single-use link is the authorization (signed in or not).
    entryPoint: "app/[locale]/(auth)/einladung/[token]/actions.ts#acceptInvitationAction",
    allowed: EVERYONE,
    arrange: async () => {
      const email = newEmail("annehmen");
      return { email, token: await linkToken("INVITATION", email, { role: "EDITOR" }) };
    },
    act: ({ token }) =>
      settle(() => acceptInvitationAction({ token, password: PASSWORD, passwordConfirmation: PASSWORD, name: "Neue Redakteurin" })),
    assertDone: async ({ email }, outcome) => {
      expect(dataOf(outcome)).toEqual({ email });
      const user = await db.user.findUniqueOrThrow({ where: { email }, include: { assignments: true }, omit: { passwordHash: false } });
      expect(user).toMatchObject({ role: "EDITOR", name: "Neue Redakteurin", disabledAt: null });
      expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
      expect(user.assignments.map((assignment) => assignment.municipalityId)).toEqual([ownMunicipalityId]);
      expect((await db.authToken.findFirstOrThrow({ where: { email } })).usedAt).not.toBeNull();
    },
  }),
  row({
    // Public by design: a fresh link goes only to the invitation's own address, and the answer is the same whatever happened.
    entryPoint: "app/[locale]/(auth)/einladung/[token]/actions.ts#renewInvitationAction",
    allowed: EVERYONE,
    arrange: async () => {
      const email = newEmail("erneuern");
      return { email, token: await linkToken("INVITATION", email, { role: "EDITOR", expired: true }) };
    },
    act: ({ token }) => settle(() => renewInvitationAction({ token })),
    assertDone: async ({ email }, outcome) => {
      expect(dataOf(outcome)).toEqual({ requested: true });
      const fresh = await db.authToken.findFirst({ where: { email, purpose: "INVITATION", expiresAt: { gt: new Date() } } });
      expect(fresh).toMatchObject({ role: "EDITOR", municipalityIds: [ownMunicipalityId], usedAt: null });
      expect(await db.outboxMail.count({ where: { to: email } })).toBe(1);
    },
  }),
  row({
    // Public by design: anyone may ask for a link for any address; the answer is the same for every
    // address, and the work runs in after() (awaited by the test).
    entryPoint: "app/[locale]/(auth)/passwort-vergessen/actions.ts#requestPasswordResetAction",
    allowed: EVERYONE,
    arrange: async () => {
      const user = await db.user.create({ data: { email: newEmail("vergessen"), passwordHash: "kein-echter-hash" } });
      return { email: user.email };
    },
    act: ({ email }) => settle(() => requestPasswordResetAction(null, formData({ email }))),
    assertDone: async ({ email }, outcome) => {
      expect(dataOf(outcome)).toEqual({ email });
      expect(await db.authToken.count({ where: { email, purpose: "PASSWORD_RESET", usedAt: null } })).toBe(1);
      expect(await db.outboxMail.count({ where: { to: email } })).toBe(1);
    },
  }),
  row({
    // Public by design: the feedback function of the accessibility statement needs no account; the
    // honeypot, the signed minimum fill time and the hourly limit per client stand in for a sign-in.
    entryPoint: "app/[locale]/(public)/barrierefreiheit/actions.ts#sendAccessibilityFeedbackAction",
    allowed: EVERYONE,
    // Each call its own client address, so that the hourly limit is no part of this table.
    arrange: async () => ({
      message: `Barriere ${uniqueSlug("rechte")}`,
      client: `2001:db8:ffff:${process.pid.toString(16)}::${(feedbackClients += 1).toString(16)}`,
    }),
    act: ({ message, client }) =>
      settle(() => {
        requestScope.headers.set("x-forwarded-for", client);
        const startedAt = signFormStart(new Date(Date.now() - 10_000));
        return sendAccessibilityFeedbackAction(null, formData({ message, name: "", email: "", page: "", website: "", startedAt }));
      }),
    assertDone: async ({ message }, outcome) => {
      expect(dataOf(outcome)).toMatchObject({ reference: expect.stringMatching(/^BF-\d{5}$/), acknowledged: false });
      expect(await db.accessibilityFeedback.count({ where: { message } })).toBe(1);
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/rueckmeldungen/actions.ts#markFeedbackDoneAction",
    allowed: STAFF,
    arrange: () => db.accessibilityFeedback.create({ data: { message: `Offen ${uniqueSlug("rechte")}` } }),
    act: (feedback) => settle(() => markFeedbackDoneAction(null, formData({ id: feedback.id }))),
    assertDone: async (feedback, outcome, scene) => {
      expect(dataOf(outcome)).toEqual({ id: feedback.id });
      expect(await db.accessibilityFeedback.findUniqueOrThrow({ where: { id: feedback.id } })).toMatchObject({ doneById: scene.userId });
      expect(await db.auditLog.count({ where: { objectId: feedback.id, action: "feedback.done", actorId: scene.userId } })).toBe(1);
    },
  }),
  row({
    // Public by design: the single-use link from the e-mail is the authorization.
    entryPoint: "app/[locale]/(auth)/passwort-zuruecksetzen/[token]/actions.ts#resetPasswordAction",
    allowed: EVERYONE,
    arrange: async () => {
      const user = await db.user.create({ data: { email: newEmail("zuruecksetzen"), passwordHash: "kein-echter-hash" } });
      return { user, token: await linkToken("PASSWORD_RESET", user.email) };
    },
    act: ({ token }) => settle(() => resetPasswordAction({ token, password: PASSWORD, passwordConfirmation: PASSWORD })),
    assertDone: async ({ user }, outcome) => {
      expect(dataOf(outcome)).toEqual({ email: user.email });
      const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
      expect(await verifyPassword(after.passwordHash!, PASSWORD)).toBe(true);
      expect(after.sessionVersion).toBe(user.sessionVersion + 1);
      expect((await db.authToken.findFirstOrThrow({ where: { email: user.email } })).usedAt).not.toBeNull();
    },
  }),

  // --- Administration: admins only ---------------------------------------------------------------
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#changeUserRoleAction",
    allowed: ADMINS,
    arrange: () => editorUser(),
    act: (target) => settle(() => changeUserRoleAction(null, formData({ userId: target.id, role: "REVIEWER" }))),
    assertDone: async (target, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "roleSaved" });
      const after = await db.user.findUniqueOrThrow({ where: { id: target.id }, include: { assignments: true } });
      expect(after).toMatchObject({ role: "REVIEWER", sessionVersion: target.sessionVersion + 1, assignments: [] });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#changeUserAssignmentsAction",
    allowed: ADMINS,
    arrange: () => editorUser(),
    act: (target) => settle(() => changeUserAssignmentsAction(null, formData({ userId: target.id, municipalityIds: [ownMunicipalityId] }))),
    assertDone: async (target, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "assignmentsSaved" });
      const assignments = await db.editorAssignment.findMany({ where: { userId: target.id } });
      expect(assignments.map((assignment) => assignment.municipalityId)).toEqual([ownMunicipalityId]);
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#disableUserAction",
    allowed: ADMINS,
    arrange: () => editorUser(),
    act: (target) => settle(() => disableUserAction(null, formData({ userId: target.id }))),
    assertDone: async (target, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "userDisabled" });
      expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).not.toBeNull();
    },
  }),
  row({
    // Reading, not changing (apart from its audit entry): everything about a person, admins only; 404 for everyone else.
    entryPoint: "app/api/redaktion/personendaten/[id]/route.ts#GET",
    allowed: ADMINS,
    arrange: () => editorUser(),
    act: (target) =>
      personalDataExport(requestScope.request(`/api/redaktion/personendaten/${target.id}`), {
        params: Promise.resolve({ id: target.id }),
      }).then(fromResponse),
    assertDone: async (target, outcome) => {
      expect(outcome).toMatchObject({ status: 200 });
      expect(outcome.kind === "success" && outcome.headers?.get("content-disposition")).toMatch(/^attachment; /);
      expect(dataOf<{ account: { id: string; email: string } }>(outcome).account).toMatchObject({ id: target.id, email: target.email });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/nutzer/[id]/loeschen/actions.ts#eraseUserAction",
    allowed: ADMINS,
    arrange: () => editorUser(),
    act: (target) => settle(() => eraseUserAction(null, formData({ userId: target.id, confirm: "ja" }))),
    assertDone: async (target, outcome) => {
      expect(redirectOf(outcome)).toMatch(/^\/redaktion\/verwaltung\/nutzer\?geloescht=[0-9a-f]{8}$/);
      const erased = await db.user.findUniqueOrThrow({ where: { id: target.id } });
      expect(erased.erasedAt).not.toBeNull();
      expect(erased.email).not.toBe(target.email);
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#enableUserAction",
    allowed: ADMINS,
    arrange: () => editorUser({ disabledAt: new Date() }),
    act: (target) => settle(() => enableUserAction(null, formData({ userId: target.id }))),
    assertDone: async (target, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "userEnabled" });
      expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/kommunen/actions.ts#createMunicipalityAction",
    allowed: ADMINS,
    arrange: async () => ({ name: `Neue Gemeinde ${uniqueSlug("g")}` }),
    act: ({ name }) =>
      settle(() =>
        createMunicipalityAction(null, formData({ ...emptyMunicipalityValues(), name, kind: "GEMEINDE", regierungsbezirk: "FREIBURG" })),
      ),
    assertDone: async ({ name }, outcome) => {
      const slug = /^\/redaktion\/verwaltung\/kommunen\/([a-z0-9-]+)\?angelegt=1$/.exec(redirectOf(outcome))?.[1];
      expect(await db.municipality.findUniqueOrThrow({ where: { slug } })).toMatchObject({
        name,
        kind: "GEMEINDE",
        regierungsbezirk: "FREIBURG",
      });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/kommunen/actions.ts#updateMunicipalityAction",
    allowed: ADMINS,
    arrange: () =>
      db.municipality.create({ data: { slug: uniqueSlug("aendern"), name: "Vorher", kind: "STADT", regierungsbezirk: "KARLSRUHE" } }),
    act: ({ id }) =>
      settle(() =>
        updateMunicipalityAction(
          null,
          formData({
            ...emptyMunicipalityValues(),
            id,
            name: "Nachher",
            kind: "STADT",
            regierungsbezirk: "KARLSRUHE",
            population: "12.345",
          }),
        ),
      ),
    assertDone: async ({ id }, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "municipalitySaved" });
      expect(await db.municipality.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Nachher", population: 12_345 });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/themen/actions.ts#createCatalogItemAction",
    allowed: ADMINS,
    arrange: async () => ({ name: `Thema ${uniqueSlug("t")}` }),
    act: ({ name }) => settle(() => createCatalogItemAction(null, formData({ kind: "topic", name }))),
    assertDone: async ({ name }, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "catalogCreated", values: { name } });
      expect(await db.topic.count({ where: { name } })).toBe(1);
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/themen/actions.ts#updateCatalogItemAction",
    allowed: ADMINS,
    arrange: () => db.format.create({ data: { slug: uniqueSlug("format"), name: uniqueSlug("Format") } }),
    act: ({ id, name }) =>
      settle(() => updateCatalogItemAction(null, formData({ kind: "format", id, name: `${name} neu`, sortOrder: "7" }))),
    assertDone: async ({ id, name }, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "catalogSaved", values: { name: `${name} neu` } });
      expect(await db.format.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: `${name} neu`, sortOrder: 7 });
    },
  }),
  row({
    entryPoint: "app/[locale]/redaktion/verwaltung/themen/actions.ts#deleteCatalogItemAction",
    allowed: ADMINS,
    arrange: () => db.topic.create({ data: { slug: uniqueSlug("loeschen"), name: uniqueSlug("Löschen") } }),
    act: ({ id }) => settle(() => deleteCatalogItemAction(null, formData({ kind: "topic", id }))),
    assertDone: async ({ id, name }, outcome) => {
      expect(dataOf(outcome)).toEqual({ notice: "catalogDeleted", values: { name } });
      expect(await db.topic.findUnique({ where: { id } })).toBeNull();
    },
  }),
];

/**
 * next-auth's own endpoints (sign-in, sign-out, session, CSRF token): public by design — signing in
 * is how one gets a session at all. Not called here: next-auth reads the request scope with a CommonJS
 * `require("next/headers")` inside node_modules, which the test's mocks cannot reach. Its credential
 * check (lib/auth/options.ts) is tested in throttling.test.ts, the sign-in itself end to end.
 */
const NOT_CALLED: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts#GET": "next-auth's handler, public by design",
  "app/api/auth/[...nextauth]/route.ts#POST": "next-auth's handler, public by design",
};

// ---------------------------------------------------------------------------------------------

beforeAll(async () => {
  process.env.MEDIA_STORAGE_DIR = storageDir;
  delete process.env.SMTP_URL; // mails land in the outbox
  png = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  const [own, other] = await Promise.all(
    ["rechte-eigen", "rechte-fremd"].map((prefix) =>
      db.municipality.create({ data: { slug: uniqueSlug(prefix), name: prefix, kind: "GEMEINDE", regierungsbezirk: "TUEBINGEN" } }),
    ),
  );
  ownMunicipalityId = own!.id;
  otherMunicipalityId = other!.id;
  const user = async (data: { role: "EDITOR" | "REVIEWER" | "ADMIN"; municipalityId?: string; disabledAt?: Date }) =>
    (
      await db.user.create({
        data: {
          email: newEmail(`rechte-${data.role.toLowerCase()}`),
          role: data.role,
          disabledAt: data.disabledAt ?? null,
          ...(data.municipalityId ? { assignments: { create: { municipalityId: data.municipalityId } } } : {}),
        },
      })
    ).id;
  users = {
    anonymous: null,
    editorOwn: await user({ role: "EDITOR", municipalityId: ownMunicipalityId }),
    editorOther: await user({ role: "EDITOR", municipalityId: otherMunicipalityId }),
    reviewer: await user({ role: "REVIEWER" }),
    admin: await user({ role: "ADMIN" }),
    // An admin disabled after signing in: the cookie is still valid, the account is not.
    disabled: await user({ role: "ADMIN", disabledAt: new Date() }),
  };
});

afterAll(async () => {
  await db.$disconnect();
  rmSync(storageDir, { recursive: true, force: true });
});

/** Refusals: without a (valid) session "unauthenticated"; signed in, "forbidden" or — where a record's existence stays hidden — "not found". */
function expectRefused(outcome: Outcome, actor: ActorKind) {
  expect(outcome.kind, JSON.stringify(outcome)).toBe("failure");
  if (outcome.kind !== "failure") return;
  const codes: ErrorCode[] = actor === "anonymous" || actor === "disabled" ? ["unauthenticated"] : ["forbidden", "not-found"];
  if (outcome.code !== undefined || outcome.status === undefined) expect(codes, JSON.stringify(outcome)).toContain(outcome.code);
  // Route handlers: the status of the code; the media download answers every refusal with a plain 404.
  if (outcome.status !== undefined) {
    expect(outcome.status).toBe(outcome.code ? HTTP_STATUS[outcome.code as ErrorCode] : 404);
  }
}

describe("the actors", () => {
  it("hold real sessions: each signed-in actor is recognised, the disabled one only because the account is disabled", async () => {
    for (const actor of ACTOR_KINDS) {
      await beginRequestAs(db, users[actor]);
      expect((await getCurrentUser())?.id ?? null, actor).toBe(actor === "disabled" ? null : users[actor]);
    }
    // The same cookie is accepted once the account is enabled: the refusal is the disabling, not a broken cookie.
    await beginRequestAs(db, users.disabled);
    await db.user.update({ where: { id: users.disabled! }, data: { disabledAt: null } });
    try {
      expect((await getCurrentUser())?.id).toBe(users.disabled);
    } finally {
      await db.user.update({ where: { id: users.disabled! }, data: { disabledAt: new Date() } });
    }
  });
});

const title = (rule: Row<unknown>) => (rule.case ? `${rule.entryPoint} (${rule.case})` : rule.entryPoint);

describe.each(RULES.map((rule) => [title(rule), rule] as const))("%s", (_title, rule) => {
  it.each(ACTOR_KINDS)("%s", async (actor) => {
    const scene: Scene = { actor, userId: users[actor] };
    const fixture = await rule.arrange(scene);
    const allowed = rule.allowed.includes(actor);
    let before: { rows: DatabaseSnapshot; files: string[] } | null = null;
    if (!allowed) before = { rows: await snapshotDatabase(db), files: storedFiles() };

    await beginRequestAs(db, scene.userId);
    const outcome = await rule.act(fixture);

    if (allowed) {
      expect(outcome.kind, JSON.stringify(outcome)).not.toBe("failure");
      await requestScope.runAfterTasks();
      await rule.assertDone(fixture, outcome, scene);
    } else {
      expectRefused(outcome, actor);
      // A refusal does nothing: no row, no file, nothing revalidated, no work left for after the response.
      expect(requestScope.pendingAfterTasks).toBe(0);
      expect(requestScope.revalidated).toEqual([]);
      expect(await changesSince(db, before!.rows)).toEqual([]);
      expect(storedFiles()).toEqual(before!.files);
    }
  });
});

describe("a NUL character in typed text (issue 14, finding 9)", () => {
  it("is refused at its field with a German message, at the boundary; the stored draft stays as it was", async () => {
    const profile = await profileFixture({ working: "DRAFT" });
    const before = await db.profileVersion.findUniqueOrThrow({ where: { id: profile.versionId } });
    await beginRequestAs(db, users.editorOwn);
    const outcome = await autosaveOnLeave(
      jsonPost("/api/redaktion/entwurf", {
        profileId: profile.profileId,
        versionId: profile.versionId,
        baseRevision: profile.revision,
        values: { ...emptyFormValues("Titel mit Nullzeichen"), occasion: "Anlass\u0000 aus einer Kopie" },
      }),
    ).then((response) => response.json());
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: "invalid-input", fieldErrors: { "values.occasion": expect.stringContaining("Steuerzeichen") } },
    });
    expect(await db.profileVersion.findUniqueOrThrow({ where: { id: profile.versionId } })).toEqual(before);
  });
});

describe("a malformed id in an address (issue 14, finding 9)", () => {
  it("is 404, not a failed cast in PostgreSQL", async () => {
    await beginRequestAs(db, users.reviewer);
    for (const id of ["-".repeat(36), "0".repeat(36), "g".repeat(8) + "-0000-0000-0000-000000000000"]) {
      const response = await downloadMedia(requestScope.request(`/api/medien/${id}`), { params: Promise.resolve({ id }) });
      expect(response.status).toBe(404);
    }
  });
});

describe("a public medium's cache follows its publication (issue 14, finding 13)", () => {
  const ask = async (mediaId: string, etag: string | null) => {
    await beginRequestAs(db, null);
    const request = requestScope.request(`/api/medien/${mediaId}`, { headers: etag ? { "if-none-match": etag } : {} });
    return downloadMedia(request, { params: Promise.resolve({ id: mediaId }) });
  };

  it("is revalidated on every use: 304 while public, 404 at once after archiving", async () => {
    const profile = await profileFixture({ published: true, working: null });
    const { mediaId } = await storedImage(profile.publishedVersionId);
    const first = await ask(mediaId, null);
    expect(first.status).toBe(200);
    const etag = first.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    expect((await ask(mediaId, etag)).status).toBe(304);

    await db.profile.update({ where: { id: profile.profileId }, data: { archivedAt: new Date() } });
    expect((await ask(mediaId, etag)).status).toBe(404);
    expect((await ask(mediaId, null)).status).toBe(404);
  });

  it("a PDF is served as a download in a sandbox, an image inline in a sandbox (issue 14, finding 3)", async () => {
    const profile = await profileFixture({ published: true, working: null });
    const storageKey = newMediaKey("pdf");
    const pdf = Buffer.from("%PDF-1.7\n%%EOF\n", "latin1");
    await getMediaStorage().put(storageKey, pdf, "application/pdf");
    const document = await db.media.create({
      data: {
        versionId: profile.publishedVersionId,
        kind: "DOCUMENT",
        storageKey,
        mimeType: "application/pdf",
        byteSize: pdf.length,
        fileName: "Programm Ä.pdf",
        title: "Programm",
      },
    });
    const response = await ask(document.id, null);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe("attachment; filename*=UTF-8''Programm%20%C3%84.pdf");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
    const { mediaId } = await storedImage(profile.publishedVersionId);
    const image = await ask(mediaId, null);
    expect(image.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(image.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
  });

  it("a medium of a replaced published version is no longer served", async () => {
    const profile = await profileFixture({ published: true, working: "IN_REVIEW" });
    const { mediaId } = await storedImage(profile.publishedVersionId);
    const etag = (await ask(mediaId, null)).headers.get("etag");
    // The next publication: the approved version becomes the published one.
    await db.$transaction([
      db.profileVersion.update({ where: { id: profile.publishedVersionId }, data: { state: "SUPERSEDED" } }),
      db.profileVersion.update({ where: { id: profile.versionId }, data: { state: "PUBLISHED", publishedAt: new Date() } }),
      db.profile.update({ where: { id: profile.profileId }, data: { publishedVersionId: profile.versionId, workingVersionId: null } }),
    ]);
    expect((await ask(mediaId, etag)).status).toBe(404);
  });
});

describe("next-auth's route", () => {
  it("exports nothing but next-auth's own handler (public by design, see NOT_CALLED), POST behind a body limit", async () => {
    expect(Object.keys(nextAuthRoute).sort()).toEqual(["GET", "POST"]);
    // POST caps the body, then hands the request to the same handler (the cap: body-limits.test.ts).
    const tooLarge = await nextAuthRoute.POST(
      new Request("http://localhost:3000/api/auth/callback/credentials", {
        method: "POST",
        headers: { "content-length": "999999" },
        body: "x",
      }),
      { params: Promise.resolve({ nextauth: ["callback", "credentials"] }) },
    );
    expect(tooLarge.status).toBe(413);
  });
});

// ---------------------------------------------------------------------------------------------
// Every entry point has a row

const HTTP_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * The entry points under `root` as "file#export": every export of a "use server" module (each is a
 * server action), every `export const X = defineAction/defineFormAction/defineJsonRoute(…)` anywhere,
 * and the HTTP method exports of every route.ts in app/. A "use server" directive inside a function
 * (an inline server action) is reported by its line, so that it cannot slip past the table either.
 */
function scanEntryPoints(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|jsx|mjs)$/.test(name) && !/\.test\.[a-z]+$/.test(name)) files.push(path);
    }
  };
  for (const dir of ["app", "lib", "components"]) {
    try {
      walk(join(root, dir));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  const entryPoints = new Set<string>();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    const path = relative(root, file).split("\\").join("/");
    // A module directive: the first statement, after comments only.
    const isServerModule = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(source);
    const isRoute = /^app\/(.+\/)?route\.[a-z]+$/.test(path);
    const exported: string[] = [];
    for (const match of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+(\w+)/g)) exported.push(match[1]!);
    for (const match of source.matchAll(/export\s*\{([^}]*)\}/g)) {
      for (const part of match[1]!.split(",")) {
        const name = part
          .trim()
          .split(/\s+as\s+/)
          .pop()
          ?.trim();
        if (name && !name.startsWith("type ")) exported.push(name);
      }
    }
    if (/export\s+default\s/.test(source)) exported.push("default");
    for (const name of exported) {
      if (isServerModule || (isRoute && HTTP_METHODS.has(name))) entryPoints.add(`${path}#${name}`);
    }
    for (const match of source.matchAll(/export\s+const\s+(\w+)\s*=\s*define(?:Action|FormAction|JsonRoute)\s*[(<]/g)) {
      entryPoints.add(`${path}#${match[1]}`);
    }
    if (!isServerModule) {
      for (const match of source.matchAll(/^[ \t]+["']use server["']/gm)) {
        entryPoints.add(`${path}#inline "use server" at line ${source.slice(0, match.index).split("\n").length}`);
      }
    }
  }
  return [...entryPoints].sort();
}

describe("every entry point has a row", () => {
  const root = resolve(import.meta.dirname, "../..");
  const tabled = new Set([...RULES.map((rule) => rule.entryPoint), ...Object.keys(NOT_CALLED)]);

  it("covers every server action and route handler in the source", () => {
    const entryPoints = scanEntryPoints(root);
    expect(entryPoints.filter((entryPoint) => !tabled.has(entryPoint))).toEqual([]);
    // …and the table names no entry point that is gone.
    expect([...tabled].filter((entryPoint) => !entryPoints.includes(entryPoint))).toEqual([]);
    expect(entryPoints.length).toBeGreaterThanOrEqual(25);
  });

  it("the scanner finds a new entry point of each kind", () => {
    const scratch = mkdtempSync(join(tmpdir(), "einstiege-"));
    try {
      const write = (path: string, source: string) => {
        const file = join(scratch, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, source);
      };
      write(
        "app/[locale]/neu/actions.ts",
        '"use server";\n\nexport async function neueAktion() {}\nexport const zweite = defineAction({});\n',
      );
      write("app/[locale]/neu/form-actions.ts", '// Kommentar\n"use server";\nexport const formular = defineFormAction({});\n');
      write(
        "app/api/neu/route.ts",
        "export const POST = defineJsonRoute({});\nexport async function GET() {}\nconst helper = 1;\nexport { helper };\n",
      );
      write("app/api/alt/route.ts", "const handler = () => null;\nexport { handler as GET, handler as DELETE };\n");
      write("lib/anderswo.ts", "export const versteckt = defineAction({});\nexport function harmlos() {}\n");
      write("components/knopf.tsx", 'export function Knopf() {\n  async function senden() {\n    "use server";\n  }\n}\n');
      expect(scanEntryPoints(scratch)).toEqual([
        "app/[locale]/neu/actions.ts#neueAktion",
        "app/[locale]/neu/actions.ts#zweite",
        "app/[locale]/neu/form-actions.ts#formular",
        "app/api/alt/route.ts#DELETE",
        "app/api/alt/route.ts#GET",
        "app/api/neu/route.ts#GET",
        "app/api/neu/route.ts#POST",
        'components/knopf.tsx#inline "use server" at line 3',
        "lib/anderswo.ts#versteckt",
      ]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
