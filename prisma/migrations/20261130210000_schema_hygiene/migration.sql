-- Schema hygiene (issue 7): what the field registry and the version history rely on.

-- A version knows the version it was copied from (first edit of a published profile, restore).
-- Cleaned first: a reference to a version that no longer exists becomes "none".
UPDATE "ProfileVersion" v SET "basedOnId" = NULL
WHERE "basedOnId" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "ProfileVersion" b WHERE b."id" = v."basedOnId");
ALTER TABLE "ProfileVersion" ADD CONSTRAINT "ProfileVersion_basedOnId_fkey"
  FOREIGN KEY ("basedOnId") REFERENCES "ProfileVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
CREATE INDEX "ProfileVersion_basedOnId_idx" ON "ProfileVersion"("basedOnId");

-- The quote is text like every other text of the registry: empty rather than NULL.
UPDATE "ProfileVersion" SET "quoteText" = '' WHERE "quoteText" IS NULL;
UPDATE "ProfileVersion" SET "quoteAuthor" = '' WHERE "quoteAuthor" IS NULL;
UPDATE "ProfileVersion" SET "quoteRole" = '' WHERE "quoteRole" IS NULL;
ALTER TABLE "ProfileVersion"
  ALTER COLUMN "quoteText" SET DEFAULT '', ALTER COLUMN "quoteText" SET NOT NULL,
  ALTER COLUMN "quoteAuthor" SET DEFAULT '', ALTER COLUMN "quoteAuthor" SET NOT NULL,
  ALTER COLUMN "quoteRole" SET DEFAULT '', ALTER COLUMN "quoteRole" SET NOT NULL;

-- Review comments name their section by the registry's stable key, no longer by the edit form's
-- anchor (which is a German URL fragment and may change with the page).
UPDATE "ReviewComment" SET "section" = CASE "section"
  WHEN 'titel' THEN 'title'
  WHEN 'anlass' THEN 'occasion'
  WHEN 'konzept' THEN 'concept'
  WHEN 'themen' THEN 'topics'
  WHEN 'akteure' THEN 'participants'
  WHEN 'bewertung' THEN 'rating'
  WHEN 'ergebnisse' THEN 'results'
  WHEN 'kosten' THEN 'costs'
  WHEN 'empfehlungen' THEN 'recommendations'
  WHEN 'ansprechpartner' THEN 'contacts'
  WHEN 'zitat' THEN 'quote'
  ELSE "section" END
WHERE "section" IS NOT NULL;
