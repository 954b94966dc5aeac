-- The content of a version as the programme team saw it when asking for changes: on a resubmission
-- the reviewer sees what changed since (issue 12).
ALTER TABLE "ProfileVersion" ADD COLUMN "reviewedContent" JSONB;
