-- What a version's facts rest on (issue 9): the source addresses, the keys of the sections that
-- hold example content instead of facts, and a short note where the basis differs from the
-- default (e.g. a probable assignment to the municipality). Written by hand, in the form
-- Prisma's diff produces, so that the schema and the migrations agree.

-- AlterTable
ALTER TABLE "ProfileVersion" ADD COLUMN     "exampleSections" TEXT[],
ADD COLUMN     "sourceNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "sourceUrls" TEXT[];

-- Hand-written rules (Prisma's diff ignores CHECK constraints, so they survive later migrations):
-- sources are https addresses (no spaces in an address), and only known section keys can be
-- marked as example content — the public page shows its marker by these keys.
ALTER TABLE "ProfileVersion"
  ADD CONSTRAINT "ProfileVersion_source_urls_https"
    CHECK ("sourceUrls" IS NULL OR array_to_string("sourceUrls", ' ') ~ '^(https://[^[:space:]]+( |$))*$'),
  ADD CONSTRAINT "ProfileVersion_example_sections_known"
    CHECK ("exampleSections" IS NULL OR "exampleSections" <@ ARRAY['title', 'occasion', 'concept', 'moderation', 'topics',
      'participants', 'rating', 'results', 'costs', 'recommendations', 'contacts', 'quote', 'municipality']::TEXT[]);
