-- AlterEnum
ALTER TYPE "VersionState" ADD VALUE 'APPROVED';

-- AlterTable
ALTER TABLE "ProfileVersion" ADD COLUMN     "scheduledPublishAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "section" TEXT,
    "body" TEXT NOT NULL,
    "authorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewComment_versionId_idx" ON "ReviewComment"("versionId");

-- CreateIndex
CREATE INDEX "ProfileVersion_state_submittedAt_idx" ON "ProfileVersion"("state", "submittedAt");

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ProfileVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;



-- Hand-written rules (see the first migration for why they live here). The new enum value is
-- compared as text: PostgreSQL refuses to use a value added in the same transaction.
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_body_not_blank" CHECK (btrim("body") <> '');
ALTER TABLE "ProfileVersion" ADD CONSTRAINT "ProfileVersion_approved_has_schedule"
  CHECK ("state"::text <> 'APPROVED' OR "scheduledPublishAt" IS NOT NULL);

-- An approved version waiting for its publication date is still the profile's working version.
CREATE OR REPLACE FUNCTION "assert_profile_pointers"() RETURNS trigger LANGUAGE plpgsql AS $$
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
      AND "state"::text IN ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED')
  ) THEN
    RAISE EXCEPTION 'working version of profile % is not a working version of it', target_profile
      USING ERRCODE = 'check_violation', CONSTRAINT = 'Profile_working_pointer';
  END IF;
  RETURN NULL;
END;
$$;
