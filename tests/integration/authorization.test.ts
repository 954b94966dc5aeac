import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, createInvitation, inviteUser, renewExpiredInvitation } from "@/lib/accounts/invitations";
import { can, type Actor } from "@/lib/authz/policy";
import { AppError } from "@/lib/errors";
import { archiveProfile, requestChanges, restoreVersion, submitVersion } from "@/lib/review/workflow";
import { signOutEverywhere } from "@/lib/auth/sign-out-everywhere";
import { deleteMedia, getMediaForDownload, uploadMedia } from "@/lib/media/manage-media";
import sharp from "sharp";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { createProfile } from "@/lib/profiles/create-profile";
import { saveWorkingVersion } from "@/lib/profiles/save-working-version";
import { emptyFormValues } from "@/lib/profiles/form-values";
import { connectTestDatabase, uniqueSlug } from "../support/test-db";
import { createCatalogItem, deleteCatalogItem, updateCatalogItem } from "@/lib/admin/catalog";
import { createMunicipality, updateMunicipality } from "@/lib/admin/municipalities";
import { emptyMunicipalityValues, municipalitySchema, updateMunicipalitySchema } from "@/lib/admin/municipality-schema";
import { changeUserAssignments, changeUserRole, disableUser, enableUser } from "@/lib/admin/users";

/** Admin services throw their refusals; an allowed change must really have been made. */
async function adminChangeDone<T>(result: Promise<T>): Promise<T> {
  const done = await result;
  if (done && typeof done === "object" && "changed" in done && !done.changed)
    throw new Error(`admin change not done: ${JSON.stringify(done)}`);
  return done;
}

/**
 * Who may call what — one table for every server action and mutating route handler.
 * The last test scans app/ for server actions and route handlers: a new one without a row
 * here fails the build of the test suite, so no entry point can ship without a rule.
 */
type ActorKind = "anonymous" | "editorOwn" | "editorOther" | "reviewer" | "admin";
const ACTOR_KINDS: ActorKind[] = ["anonymous", "editorOwn", "editorOther", "reviewer", "admin"];

interface Fixture {
  actors: Record<ActorKind, Actor | null>;
  municipalityId: string;
  profileId: string;
}

interface Rule {
  /** "file#export" of the entry point(s) this row covers */
  entryPoints: string[];
  allowed: ActorKind[];
  /** calls the service behind the entry point as the given actor; resolves if allowed */
  call: (actor: Actor | null, fixture: Fixture) => Promise<unknown>;
}

const RULES: Rule[] = [
  {
    entryPoints: ["app/[locale]/redaktion/steckbriefe/[slug]/actions.ts#saveProfileDraftAction", "app/api/redaktion/entwurf/route.ts#POST"],
    allowed: ["editorOwn", "reviewer", "admin"],
    call: async (actor, fixture) =>
      saveWorkingVersion({
        actor,
        input: {
          profileId: fixture.profileId,
          versionId: await resetToDraft(fixture.profileId),
          baseRevision: 0,
          overwrite: true,
          values: { ...emptyFormValues(`Titel von ${actor?.role ?? "niemand"}`) },
        },
      }),
  },
  {
    entryPoints: ["app/[locale]/redaktion/actions.ts#createProfileAction"],
    allowed: ["editorOwn", "reviewer", "admin"],
    call: (actor, fixture) => createProfile({ actor, input: { municipalityId: fixture.municipalityId, title: "Zweiter Dialog" } }),
  },
  {
    entryPoints: ["app/[locale]/redaktion/einladen/actions.ts#inviteUserAction"],
    allowed: ["reviewer", "admin"],
    call: (actor, fixture) =>
      inviteUser({
        actor,
        input: { email: `${uniqueSlug("eingeladen")}@example.org`, role: "EDITOR", municipalityIds: [fixture.municipalityId] },
      }),
  },
  {
    // Public by design: holding the single-use link is the authorization.
    entryPoints: [
      "app/[locale]/(auth)/einladung/[token]/actions.ts#acceptInvitationAction",
      "app/[locale]/(auth)/einladung/[token]/actions.ts#renewInvitationAction",
    ],
    allowed: [...ACTOR_KINDS],
    call: async (_actor, fixture) => {
      const { inviteUrl } = await createInvitation({
        input: { email: `${uniqueSlug("link")}@example.org`, role: "EDITOR", municipalityIds: [fixture.municipalityId] },
        createdById: null,
      });
      const token = inviteUrl.split("/").pop()!;
      await renewExpiredInvitation(token); // not expired: does nothing
      return acceptInvitation({ token, password: "ein langes Testpasswort", name: "" });
    },
  },
  {
    // Public by design: the answer is the same for every address and every caller.
    entryPoints: ["app/[locale]/(auth)/passwort-vergessen/actions.ts#requestPasswordResetAction"],
    allowed: [...ACTOR_KINDS],
    call: () => requestPasswordReset({ email: `${uniqueSlug("niemand")}@example.org` }),
  },
  {
    // Public by design: holding the single-use link from the e-mail is the authorization.
    entryPoints: ["app/[locale]/(auth)/passwort-zuruecksetzen/[token]/actions.ts#resetPasswordAction"],
    allowed: [...ACTOR_KINDS],
    call: async () => {
      const email = `${uniqueSlug("zuruecksetzen")}@example.org`;
      await db.user.create({ data: { email, passwordHash: "kein-echter-hash" } });
      await requestPasswordReset({ email });
      const mail = await db.outboxMail.findFirstOrThrow({ where: { to: email } });
      const token = /\/passwort-zuruecksetzen\/([A-Za-z0-9_-]{43})$/m.exec(mail.text)![1]!;
      return resetPassword({ token, password: "ein langes Testpasswort" });
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/steckbriefe/[slug]/media-actions.ts#uploadMediaAction"],
    allowed: ["editorOwn", "reviewer", "admin"],
    call: async (actor, fixture) =>
      uploadMedia({
        actor,
        profileId: fixture.profileId,
        kind: "IMAGE",
        file: {
          bytes: await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
            .png()
            .toBuffer(),
          name: "a.png",
        },
        metadata: { altText: "Testbild" },
      }),
  },
  {
    entryPoints: ["app/[locale]/redaktion/steckbriefe/[slug]/media-actions.ts#deleteMediaAction"],
    allowed: ["editorOwn", "reviewer", "admin"],
    call: async (actor, fixture) => {
      const media = await db.media.findFirst({ where: { version: { profileId: fixture.profileId, workingOf: { isNot: null } } } });
      const mediaId =
        media?.id ??
        (
          await db.media.create({
            data: {
              version: { connect: { id: (await db.profile.findUniqueOrThrow({ where: { id: fixture.profileId } })).workingVersionId! } },
              kind: "DOCUMENT",
              storageKey: "nicht-vorhanden.pdf",
              mimeType: "application/pdf",
              byteSize: 1,
              fileName: "x.pdf",
            },
          })
        ).id;
      return deleteMedia({ actor, mediaId });
    },
  },
  {
    // Reading, not changing: published media are public, drafts only for those who may see the draft.
    entryPoints: ["app/api/medien/[id]/route.ts#GET"],
    allowed: [...ACTOR_KINDS],
    call: async (actor) => {
      const media = await db.media.findFirst({
        where: { version: { state: "DRAFT", profile: { municipalityId: fixture.municipalityId } } },
      });
      const download = media ? await getMediaForDownload({ actor, mediaId: media.id }) : null;
      const mayView = actor !== null && (actor.role !== "EDITOR" || actor.municipalityIds.includes(fixture.municipalityId));
      if (media && (download !== null) !== mayView) throw new Error("draft media visibility does not follow the policy");
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#submitProfileAction"],
    allowed: ["editorOwn", "reviewer", "admin"],
    call: async (actor, fixture) => {
      await resetToDraft(fixture.profileId);
      return submitVersion({ actor, profileId: fixture.profileId });
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#restoreVersionAction"],
    allowed: ["editorOwn", "reviewer", "admin"],
    call: async (actor, fixture) => {
      const versionId = await resetToDraft(fixture.profileId);
      return restoreVersion({ actor, versionId });
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/steckbriefe/[slug]/workflow-actions.ts#archiveProfileAction"],
    allowed: ["reviewer", "admin"],
    call: async (actor, fixture) => {
      await archiveProfile({ actor, profileId: fixture.profileId });
      await db.profile.update({ where: { id: fixture.profileId }, data: { archivedAt: null } });
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/pruefung/[versionId]/actions.ts#decideAction"],
    allowed: ["reviewer", "admin"],
    call: async (actor, fixture) => {
      const versionId = await resetToDraft(fixture.profileId);
      await db.profileVersion.update({ where: { id: versionId }, data: { state: "IN_REVIEW", submittedAt: new Date() } });
      return requestChanges({ actor, versionId, comment: "Bitte ergänzen." });
    },
  },
  {
    // Every signed-in person may end their own sessions; nobody anyone else's.
    entryPoints: ["app/[locale]/redaktion/actions.ts#signOutEverywhereAction"],
    allowed: ["editorOwn", "editorOther", "reviewer", "admin"],
    call: async (actor) => {
      const before = actor ? (await db.user.findUniqueOrThrow({ where: { id: actor.id } })).sessionVersion : 0;
      await signOutEverywhere({ actor });
      const after = (await db.user.findUniqueOrThrow({ where: { id: actor!.id } })).sessionVersion;
      if (after !== before + 1) throw new Error("session version not bumped");
    },
  },
  {
    // next-auth's own endpoints: public by design (sign-in, sign-out, session, csrf).
    entryPoints: ["app/api/auth/[...nextauth]/route.ts#GET", "app/api/auth/[...nextauth]/route.ts#POST"],
    allowed: [...ACTOR_KINDS],
    call: async () => undefined,
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#changeUserRoleAction"],
    allowed: ["admin"],
    call: async (actor) => {
      const target = await db.user.create({ data: { email: `${uniqueSlug("rolle")}@example.org`, role: "EDITOR" } });
      return adminChangeDone(changeUserRole({ actor, input: { userId: target.id, role: "REVIEWER" } }));
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#changeUserAssignmentsAction"],
    allowed: ["admin"],
    call: async (actor, fixture) => {
      const target = await db.user.create({ data: { email: `${uniqueSlug("kommunen")}@example.org`, role: "EDITOR" } });
      return adminChangeDone(changeUserAssignments({ actor, input: { userId: target.id, municipalityIds: [fixture.municipalityId] } }));
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#disableUserAction"],
    allowed: ["admin"],
    call: async (actor) => {
      const target = await db.user.create({ data: { email: `${uniqueSlug("deaktivieren")}@example.org`, role: "EDITOR" } });
      return adminChangeDone(disableUser({ actor, input: { userId: target.id } }));
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/nutzer/[id]/actions.ts#enableUserAction"],
    allowed: ["admin"],
    call: async (actor) => {
      const target = await db.user.create({
        data: { email: `${uniqueSlug("aktivieren")}@example.org`, role: "EDITOR", disabledAt: new Date() },
      });
      return adminChangeDone(enableUser({ actor, input: { userId: target.id } }));
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/kommunen/actions.ts#createMunicipalityAction"],
    allowed: ["admin"],
    call: (actor) =>
      adminChangeDone(
        createMunicipality({
          actor,
          input: municipalitySchema.parse({
            ...emptyMunicipalityValues(),
            name: `Neue Kommune ${uniqueSlug("k")}`,
            kind: "GEMEINDE",
            regierungsbezirk: "STUTTGART",
          }),
        }),
      ),
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/kommunen/actions.ts#updateMunicipalityAction"],
    allowed: ["admin"],
    call: async (actor) => {
      const target = await db.municipality.create({
        data: { slug: uniqueSlug("aendern"), name: "Vorher", kind: "STADT", regierungsbezirk: "KARLSRUHE" },
      });
      return adminChangeDone(
        updateMunicipality({
          actor,
          input: updateMunicipalitySchema.parse({
            ...emptyMunicipalityValues(),
            id: target.id,
            name: "Nachher",
            kind: "STADT",
            regierungsbezirk: "KARLSRUHE",
          }),
        }),
      );
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/themen/actions.ts#createCatalogItemAction"],
    allowed: ["admin"],
    call: (actor) => adminChangeDone(createCatalogItem({ actor, input: { kind: "topic", name: `Thema ${uniqueSlug("t")}` } })),
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/themen/actions.ts#updateCatalogItemAction"],
    allowed: ["admin"],
    call: async (actor) => {
      const target = await db.format.create({ data: { slug: uniqueSlug("format"), name: uniqueSlug("Format") } });
      return adminChangeDone(
        updateCatalogItem({ actor, input: { kind: "format", id: target.id, name: `${target.name} neu`, sortOrder: 7 } }),
      );
    },
  },
  {
    entryPoints: ["app/[locale]/redaktion/verwaltung/themen/actions.ts#deleteCatalogItemAction"],
    allowed: ["admin"],
    call: async (actor) => {
      const target = await db.topic.create({ data: { slug: uniqueSlug("loeschen"), name: uniqueSlug("Löschen") } });
      return adminChangeDone(deleteCatalogItem({ actor, input: { kind: "topic", id: target.id } }));
    },
  },
];

const db = connectTestDatabase();
let fixture: Fixture;

/** Gives the fixture profile a plain draft working version (workflow rows change its state). */
async function resetToDraft(profileId: string): Promise<string> {
  const profile = await db.profile.findUniqueOrThrow({ where: { id: profileId }, include: { workingVersion: true } });
  if (profile.workingVersion) {
    await db.profileVersion.update({ where: { id: profile.workingVersion.id }, data: { state: "DRAFT" } });
    return profile.workingVersion.id;
  }
  const last = await db.profileVersion.aggregate({ where: { profileId }, _max: { number: true } });
  return db.$transaction(async (tx) => {
    const version = await tx.profileVersion.create({
      data: { profileId, number: (last._max.number ?? 0) + 1, title: "Entwurf für Rechte" },
    });
    await tx.profile.update({ where: { id: profileId }, data: { workingVersionId: version.id } });
    return version.id;
  });
}

beforeAll(async () => {
  const [own, other] = await Promise.all(
    ["auth-eigen", "auth-fremd"].map((prefix) =>
      db.municipality.create({ data: { slug: uniqueSlug(prefix), name: prefix, kind: "GEMEINDE", regierungsbezirk: "TUEBINGEN" } }),
    ),
  );
  const profile = await db.profile.create({ data: { slug: uniqueSlug("auth-profil"), municipalityId: own!.id } });
  await resetToDraft(profile.id);
  const user = (role: "EDITOR" | "REVIEWER" | "ADMIN", municipalityIds: string[]) =>
    db.user
      .create({ data: { email: `${uniqueSlug(role.toLowerCase())}@example.org`, role } })
      .then((created): Actor => ({ id: created.id, role, municipalityIds }));
  fixture = {
    municipalityId: own!.id,
    profileId: profile.id,
    actors: {
      anonymous: null,
      editorOwn: await user("EDITOR", [own!.id]),
      editorOther: await user("EDITOR", [other!.id]),
      reviewer: await user("REVIEWER", []),
      admin: await user("ADMIN", []),
    },
  };
});

afterAll(async () => {
  await db.$disconnect();
});

describe.each(RULES)("$entryPoints", (rule) => {
  it.each(ACTOR_KINDS)("%s", async (kind) => {
    const versionsBefore = await db.profileVersion.count({ where: { profileId: fixture.profileId } });
    const call = rule.call(fixture.actors[kind], fixture);
    if (rule.allowed.includes(kind)) {
      await expect(call).resolves.not.toThrow();
    } else {
      await expect(call).rejects.toSatisfy(
        (error) => error instanceof AppError && ["unauthenticated", "forbidden", "not-found"].includes(error.code),
      );
      // A refusal changes nothing.
      expect(await db.profileVersion.count({ where: { profileId: fixture.profileId } })).toBe(versionsBefore);
    }
  });
});

describe("policy matrix", () => {
  const actor = (role: Actor["role"], municipalityIds: string[] = []): Actor => ({ id: "x", role, municipalityIds });
  it("lets editors act only for their municipalities", () => {
    expect(can(actor("EDITOR", ["a"]), { action: "profile.edit", municipalityId: "a" })).toBe(true);
    expect(can(actor("EDITOR", ["a"]), { action: "profile.edit", municipalityId: "b" })).toBe(false);
    expect(can(actor("EDITOR", ["a"]), { action: "user.invite", role: "EDITOR" })).toBe(false);
    expect(can(actor("EDITOR", ["a"]), { action: "outbox.read" })).toBe(false);
  });
  it("lets reviewers invite editors and reviewers but not admins", () => {
    expect(can(actor("REVIEWER"), { action: "user.invite", role: "EDITOR" })).toBe(true);
    expect(can(actor("REVIEWER"), { action: "user.invite", role: "REVIEWER" })).toBe(true);
    expect(can(actor("REVIEWER"), { action: "user.invite", role: "ADMIN" })).toBe(false);
    expect(can(actor("REVIEWER"), { action: "outbox.read" })).toBe(false);
  });
  it("lets admins do everything and anonymous users nothing", () => {
    expect(can(actor("ADMIN"), { action: "user.invite", role: "ADMIN" })).toBe(true);
    expect(can(actor("ADMIN"), { action: "outbox.read" })).toBe(true);
    expect(can(null, { action: "dashboard.view" })).toBe(false);
    expect(can(null, { action: "profile.edit", municipalityId: "a" })).toBe(false);
  });
});

describe("every entry point has a rule", () => {
  it("covers all server actions and route handlers in app/", () => {
    const root = resolve(import.meta.dirname, "../..");
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx)$/.test(name)) files.push(path);
      }
    };
    walk(join(root, "app"));
    const entryPoints: string[] = [];
    for (const file of files) {
      const source = readFileSync(file, "utf8");
      const relativePath = relative(root, file);
      const isActionModule = /^["']use server["']/m.test(source);
      const isRoute = /(^|\/)route\.ts$/.test(relativePath);
      if (!isActionModule && !isRoute) continue;
      for (const match of source.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)|export\s*\{([^}]+)\}/g)) {
        const names = match[1]
          ? [match[1]]
          : match[2]!.split(",").map((part) =>
              part
                .trim()
                .split(/\s+as\s+/)
                .pop()!
                .trim(),
            );
        for (const name of names) {
          if (isRoute && !/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) continue;
          entryPoints.push(`${relativePath}#${name}`);
        }
      }
    }
    const covered = new Set(RULES.flatMap((rule) => rule.entryPoints));
    expect(entryPoints.filter((entry) => !covered.has(entry))).toEqual([]);
    expect(entryPoints.length).toBeGreaterThanOrEqual(4);
  });
});
