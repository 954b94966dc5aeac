-- The public listing (/steckbriefe, start page): newest first publication first, only publicly
-- visible profiles (lib/public/visibility.ts). Partial, with NULLS LAST, so that PostgreSQL walks the
-- index in the listing's order and never past drafts or archived profiles.
CREATE INDEX "Profile_public_listing_idx" ON "Profile"("firstPublishedAt" DESC NULLS LAST, "slug")
  WHERE "archivedAt" IS NULL AND "publishedVersionId" IS NOT NULL;
