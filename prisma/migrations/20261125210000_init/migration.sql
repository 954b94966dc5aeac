-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "MunicipalityKind" AS ENUM ('LANDKREIS', 'STADT', 'GEMEINDE');

-- CreateEnum
CREATE TYPE "Regierungsbezirk" AS ENUM ('STUTTGART', 'KARLSRUHE', 'FREIBURG', 'TUEBINGEN');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'REVIEWER', 'ADMIN');

-- CreateEnum
CREATE TYPE "VersionState" AS ENUM ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'PUBLISHED', 'SUPERSEDED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "ModerationType" AS ENUM ('INTERN', 'EXTERN', 'GEMISCHT');

-- CreateEnum
CREATE TYPE "ParticipantGroup" AS ENUM ('BUERGERINNEN', 'GEFLUECHTETE', 'EHRENAMTLICHE', 'HAUPTAMTLICHE', 'VERWALTUNG', 'POLITIK', 'VEREINE_VERBAENDE', 'KIRCHEN', 'WIRTSCHAFT', 'SCHULEN');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('IMAGE', 'DOCUMENT');

-- CreateTable
CREATE TABLE "Municipality" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "MunicipalityKind" NOT NULL,
    "landkreisId" UUID,
    "regierungsbezirk" "Regierungsbezirk" NOT NULL,
    "ags" CHAR(8),
    "population" INTEGER,
    "latitude" DECIMAL(8,5),
    "longitude" DECIMAL(8,5),
    "website" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Format" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Format_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EditorAssignment" (
    "userId" UUID NOT NULL,
    "municipalityId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EditorAssignment_pkey" PRIMARY KEY ("userId","municipalityId")
);

-- CreateTable
CREATE TABLE "Profile" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "municipalityId" UUID NOT NULL,
    "publishedVersionId" UUID,
    "workingVersionId" UUID,
    "archivedAt" TIMESTAMPTZ(3),
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "firstPublishedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileVersion" (
    "id" UUID NOT NULL,
    "profileId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "state" "VersionState" NOT NULL DEFAULT 'DRAFT',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "basedOnId" UUID,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,
    "reviewComment" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "title" TEXT NOT NULL,
    "teaser" TEXT NOT NULL DEFAULT '',
    "occasion" TEXT NOT NULL DEFAULT '',
    "goals" TEXT NOT NULL DEFAULT '',
    "concept" TEXT NOT NULL DEFAULT '',
    "eventDates" DATE[],
    "eventCount" INTEGER,
    "moderationType" "ModerationType",
    "moderationOrganisation" TEXT NOT NULL DEFAULT '',
    "moderationDescription" TEXT NOT NULL DEFAULT '',
    "participantGroups" "ParticipantGroup"[],
    "participantCount" INTEGER,
    "refugeeParticipation" TEXT NOT NULL DEFAULT '',
    "languages" TEXT[],
    "processRating" INTEGER,
    "resultsRating" INTEGER,
    "ratingComment" TEXT NOT NULL DEFAULT '',
    "keyResults" TEXT[],
    "measures" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "costTotal" DECIMAL(10,2),
    "costFunding" DECIMAL(10,2),
    "costOwnShare" DECIMAL(10,2),
    "costSpentOn" TEXT NOT NULL DEFAULT '',
    "recommendations" TEXT NOT NULL DEFAULT '',
    "quoteText" TEXT,
    "quoteAuthor" TEXT,
    "quoteRole" TEXT,

    CONSTRAINT "ProfileVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileVersionTopic" (
    "versionId" UUID NOT NULL,
    "topicId" UUID NOT NULL,

    CONSTRAINT "ProfileVersionTopic_pkey" PRIMARY KEY ("versionId","topicId")
);

-- CreateTable
CREATE TABLE "ProfileVersionFormat" (
    "versionId" UUID NOT NULL,
    "formatId" UUID NOT NULL,

    CONSTRAINT "ProfileVersionFormat_pkey" PRIMARY KEY ("versionId","formatId")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "function" TEXT NOT NULL,
    "office" TEXT NOT NULL DEFAULT '',
    "email" TEXT,
    "phone" TEXT,
    "personName" TEXT,
    "nameConsentAt" TIMESTAMPTZ(3),

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Media" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "altText" TEXT,
    "credit" TEXT NOT NULL DEFAULT '',
    "width" INTEGER,
    "height" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "objectType" TEXT NOT NULL,
    "objectId" TEXT NOT NULL,
    "details" JSONB,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_slug_key" ON "Municipality"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Municipality_ags_key" ON "Municipality"("ags");

-- CreateIndex
CREATE INDEX "Municipality_kind_idx" ON "Municipality"("kind");

-- CreateIndex
CREATE INDEX "Municipality_landkreisId_idx" ON "Municipality"("landkreisId");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_slug_key" ON "Topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Format_slug_key" ON "Format"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "EditorAssignment_municipalityId_idx" ON "EditorAssignment"("municipalityId");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_slug_key" ON "Profile"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_publishedVersionId_key" ON "Profile"("publishedVersionId");

-- CreateIndex
CREATE UNIQUE INDEX "Profile_workingVersionId_key" ON "Profile"("workingVersionId");

-- CreateIndex
CREATE INDEX "Profile_municipalityId_idx" ON "Profile"("municipalityId");

-- CreateIndex
CREATE INDEX "ProfileVersion_profileId_state_idx" ON "ProfileVersion"("profileId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "ProfileVersion_profileId_number_key" ON "ProfileVersion"("profileId", "number");

-- CreateIndex
CREATE INDEX "ProfileVersionTopic_topicId_idx" ON "ProfileVersionTopic"("topicId");

-- CreateIndex
CREATE INDEX "ProfileVersionFormat_formatId_idx" ON "ProfileVersionFormat"("formatId");

-- CreateIndex
CREATE INDEX "Contact_versionId_idx" ON "Contact"("versionId");

-- CreateIndex
CREATE INDEX "Media_versionId_idx" ON "Media"("versionId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_objectType_objectId_idx" ON "AuditLog"("objectType", "objectId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_idx" ON "AuditLog"("actorId");

-- AddForeignKey
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_landkreisId_fkey" FOREIGN KEY ("landkreisId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorAssignment" ADD CONSTRAINT "EditorAssignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EditorAssignment" ADD CONSTRAINT "EditorAssignment_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_publishedVersionId_fkey" FOREIGN KEY ("publishedVersionId") REFERENCES "ProfileVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_workingVersionId_fkey" FOREIGN KEY ("workingVersionId") REFERENCES "ProfileVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileVersion" ADD CONSTRAINT "ProfileVersion_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileVersion" ADD CONSTRAINT "ProfileVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileVersion" ADD CONSTRAINT "ProfileVersion_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileVersionTopic" ADD CONSTRAINT "ProfileVersionTopic_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProfileVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileVersionTopic" ADD CONSTRAINT "ProfileVersionTopic_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileVersionFormat" ADD CONSTRAINT "ProfileVersionFormat_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProfileVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileVersionFormat" ADD CONSTRAINT "ProfileVersionFormat_formatId_fkey" FOREIGN KEY ("formatId") REFERENCES "Format"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProfileVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Media" ADD CONSTRAINT "Media_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProfileVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- ---------------------------------------------------------------------------
-- Hand-written rules that must never be wrong. Prisma's schema language cannot express
-- CHECK constraints or triggers; Prisma's diff ignores both, so they survive later migrations.
-- ---------------------------------------------------------------------------

-- Slugs: lowercase ASCII words joined by single hyphens (umlauts are transliterated in lib/slug.ts).
ALTER TABLE "Municipality" ADD CONSTRAINT "Municipality_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Profile" ADD CONSTRAINT "Profile_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');
ALTER TABLE "Format" ADD CONSTRAINT "Format_slug_format" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

ALTER TABLE "Municipality"
  ADD CONSTRAINT "Municipality_name_not_blank" CHECK (btrim("name") <> ''),
  ADD CONSTRAINT "Municipality_ags_format" CHECK ("ags" IS NULL OR "ags" ~ '^[0-9]{8}$'),
  ADD CONSTRAINT "Municipality_population_non_negative" CHECK ("population" IS NULL OR "population" >= 0),
  ADD CONSTRAINT "Municipality_latitude_range" CHECK ("latitude" IS NULL OR "latitude" BETWEEN -90 AND 90),
  ADD CONSTRAINT "Municipality_longitude_range" CHECK ("longitude" IS NULL OR "longitude" BETWEEN -180 AND 180),
  ADD CONSTRAINT "Municipality_coordinates_together" CHECK (("latitude" IS NULL) = ("longitude" IS NULL)),
  ADD CONSTRAINT "Municipality_website_http" CHECK ("website" IS NULL OR "website" ~ '^https?://'),
  -- A Landkreis belongs to no other Landkreis; a municipality is not its own Landkreis.
  ADD CONSTRAINT "Municipality_landkreis_only_for_members" CHECK ("kind" <> 'LANDKREIS' OR "landkreisId" IS NULL),
  ADD CONSTRAINT "Municipality_not_own_landkreis" CHECK ("landkreisId" IS NULL OR "landkreisId" <> "id");

ALTER TABLE "User"
  ADD CONSTRAINT "User_email_lowercase" CHECK ("email" = lower("email") AND "email" LIKE '%_@_%'),
  ADD CONSTRAINT "User_session_version_positive" CHECK ("sessionVersion" >= 1);

ALTER TABLE "ProfileVersion"
  ADD CONSTRAINT "ProfileVersion_number_positive" CHECK ("number" >= 1),
  ADD CONSTRAINT "ProfileVersion_revision_positive" CHECK ("revision" >= 1),
  ADD CONSTRAINT "ProfileVersion_title_not_blank" CHECK (btrim("title") <> ''),
  ADD CONSTRAINT "ProfileVersion_event_count_positive" CHECK ("eventCount" IS NULL OR "eventCount" >= 1),
  ADD CONSTRAINT "ProfileVersion_participant_count_non_negative" CHECK ("participantCount" IS NULL OR "participantCount" >= 0),
  ADD CONSTRAINT "ProfileVersion_process_rating_range" CHECK ("processRating" IS NULL OR "processRating" BETWEEN 1 AND 5),
  ADD CONSTRAINT "ProfileVersion_results_rating_range" CHECK ("resultsRating" IS NULL OR "resultsRating" BETWEEN 1 AND 5),
  ADD CONSTRAINT "ProfileVersion_key_results_at_most_three" CHECK (cardinality("keyResults") <= 3),
  ADD CONSTRAINT "ProfileVersion_cost_total_non_negative" CHECK ("costTotal" IS NULL OR "costTotal" >= 0),
  ADD CONSTRAINT "ProfileVersion_cost_funding_non_negative" CHECK ("costFunding" IS NULL OR "costFunding" >= 0),
  ADD CONSTRAINT "ProfileVersion_cost_own_share_non_negative" CHECK ("costOwnShare" IS NULL OR "costOwnShare" >= 0),
  -- A published version records when and by whose decision it went public.
  ADD CONSTRAINT "ProfileVersion_published_has_date" CHECK ("state" NOT IN ('PUBLISHED', 'SUPERSEDED') OR "publishedAt" IS NOT NULL);

ALTER TABLE "Contact"
  ADD CONSTRAINT "Contact_function_not_blank" CHECK (btrim("function") <> ''),
  ADD CONSTRAINT "Contact_email_format" CHECK ("email" IS NULL OR "email" ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
  ADD CONSTRAINT "Contact_reachable" CHECK ("email" IS NOT NULL OR "phone" IS NOT NULL);

ALTER TABLE "Media"
  ADD CONSTRAINT "Media_byte_size_positive" CHECK ("byteSize" > 0),
  ADD CONSTRAINT "Media_image_has_alt_text" CHECK ("kind" <> 'IMAGE' OR btrim(coalesce("altText", '')) <> '');

-- At most one published version per profile, even under concurrent publications: the profile
-- row is locked first, so two transactions publishing versions of one profile run one after the other.
CREATE FUNCTION "assert_single_published_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Profile" WHERE "id" = NEW."profileId" FOR UPDATE;
  IF EXISTS (
    SELECT 1 FROM "ProfileVersion"
    WHERE "profileId" = NEW."profileId" AND "state" = 'PUBLISHED' AND "id" <> NEW."id"
  ) THEN
    RAISE EXCEPTION 'profile % already has a published version', NEW."profileId"
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'ProfileVersion_single_published';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "ProfileVersion_single_published"
  BEFORE INSERT OR UPDATE OF "state", "profileId" ON "ProfileVersion"
  FOR EACH ROW WHEN (NEW."state" = 'PUBLISHED')
  EXECUTE FUNCTION "assert_single_published_version"();

-- The profile's pointers must agree with its versions: the published pointer names a PUBLISHED
-- version of the same profile, the working pointer a version of it in a working state. Checked
-- at commit (deferred), so a transaction may move states and pointers in any order.
CREATE FUNCTION "assert_profile_pointers"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  target_profile uuid;
  published uuid;
  working uuid;
BEGIN
  IF TG_TABLE_NAME = 'Profile' THEN
    target_profile := NEW."id";
  ELSE
    target_profile := NEW."profileId";
  END IF;
  SELECT "publishedVersionId", "workingVersionId" INTO published, working
    FROM "Profile" WHERE "id" = target_profile;
  IF published IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "ProfileVersion" WHERE "id" = published AND "profileId" = target_profile AND "state" = 'PUBLISHED'
  ) THEN
    RAISE EXCEPTION 'published version of profile % is not a published version of it', target_profile
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Profile_published_pointer';
  END IF;
  IF working IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "ProfileVersion" WHERE "id" = working AND "profileId" = target_profile
      AND "state" IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED')
  ) THEN
    RAISE EXCEPTION 'working version of profile % is not a working version of it', target_profile
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Profile_working_pointer';
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Profile_pointers_consistent"
  AFTER INSERT OR UPDATE ON "Profile"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "assert_profile_pointers"();

CREATE CONSTRAINT TRIGGER "ProfileVersion_pointers_consistent"
  AFTER INSERT OR UPDATE ON "ProfileVersion"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "assert_profile_pointers"();

-- The audit log is append-only: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION "refuse_audit_log_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only'
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION "refuse_audit_log_change"();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "refuse_audit_log_change"();

-- Initial managed lists (admins maintain them later).
INSERT INTO "Topic" ("id", "slug", "name", "sortOrder") VALUES
  (gen_random_uuid(), 'wohnen', 'Wohnen', 10),
  (gen_random_uuid(), 'arbeit-ausbildung', 'Arbeit & Ausbildung', 20),
  (gen_random_uuid(), 'sprache', 'Sprache', 30),
  (gen_random_uuid(), 'schule-bildung', 'Schule & Bildung', 40),
  (gen_random_uuid(), 'ehrenamt', 'Ehrenamt', 50),
  (gen_random_uuid(), 'nachbarschaft-zusammenleben', 'Nachbarschaft & Zusammenleben', 60),
  (gen_random_uuid(), 'sicherheit', 'Sicherheit', 70),
  (gen_random_uuid(), 'gesundheit', 'Gesundheit', 80),
  (gen_random_uuid(), 'begegnung', 'Begegnung', 90),
  (gen_random_uuid(), 'vernetzung', 'Vernetzung der Akteure', 100),
  (gen_random_uuid(), 'integrationskonzept', 'Integrationskonzept', 110),
  (gen_random_uuid(), 'frauen-familie', 'Frauen & Familie', 120),
  (gen_random_uuid(), 'kultur-sport-freizeit', 'Kultur, Sport & Freizeit', 130);

INSERT INTO "Format" ("id", "slug", "name", "description", "sortOrder") VALUES
  (gen_random_uuid(), 'workshop', 'Workshop', 'Arbeit in kleinen Gruppen an einer gemeinsamen Aufgabe', 10),
  (gen_random_uuid(), 'buergerforum', 'Bürgerforum', 'Öffentliche Versammlung mit Aussprache', 20),
  (gen_random_uuid(), 'world-cafe', 'World Café', 'Gespräche an wechselnden Tischen zu festen Fragen', 30),
  (gen_random_uuid(), 'zukunftswerkstatt', 'Zukunftswerkstatt', 'Kritik-, Fantasie- und Umsetzungsphase', 40),
  (gen_random_uuid(), 'open-space', 'Open Space', 'Teilnehmende bestimmen die Themen selbst', 50),
  (gen_random_uuid(), 'aufsuchendes-format', 'Mobiles / aufsuchendes Format', 'Der Dialog geht zu den Menschen', 60),
  (gen_random_uuid(), 'informationsveranstaltung', 'Informationsveranstaltung', 'Information mit Fragen aus dem Publikum', 70),
  (gen_random_uuid(), 'fachtag', 'Fachtag / Konferenz', 'Vorträge und Foren für Fachleute und Engagierte', 80),
  (gen_random_uuid(), 'runder-tisch', 'Runder Tisch', 'Abstimmung der Beteiligten an einem Tisch', 90),
  (gen_random_uuid(), 'begegnungsfest', 'Begegnungsfest', 'Kennenlernen bei Essen, Musik und Spiel', 100);
