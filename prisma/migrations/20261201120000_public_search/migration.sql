-- Full-text search and facets (issue 10): the search document of every publicly visible profile.
-- Rows are written by lib/search/index-documents.ts in the same transaction as each change of what
-- the public sees; the trigger below derives what needs only SQL, so that a renamed topic or format
-- is one set-based UPDATE (searchDocumentsCatalogRenamed).

-- Trigram similarity over the vocabulary: typos, spelling variants, parts of compound words.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "PublicSearchDocument" (
    "profileId" UUID NOT NULL,
    "versionId" UUID NOT NULL,
    "derivation" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "teaser" TEXT NOT NULL,
    "municipalityName" TEXT NOT NULL,
    "municipalitySortKey" TEXT NOT NULL,
    "kind" "MunicipalityKind" NOT NULL,
    "regierungsbezirk" "Regierungsbezirk" NOT NULL,
    "kreis" TEXT,
    "topics" TEXT[],
    "formats" TEXT[],
    "years" INTEGER[],
    "participantCount" INTEGER,
    "costTotal" DECIMAL(10,2),
    "firstPublishedAt" TIMESTAMPTZ(3) NOT NULL,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "textA" TEXT NOT NULL DEFAULT '',
    "textB" TEXT NOT NULL DEFAULT '',
    "textC" TEXT NOT NULL DEFAULT '',
    "textD" TEXT NOT NULL DEFAULT '',
    "catalogText" TEXT NOT NULL DEFAULT '',
    "document" tsvector,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicSearchDocument_pkey" PRIMARY KEY ("profileId")
);

-- CreateTable
CREATE TABLE "PublicSearchLexeme" (
    "lexeme" TEXT NOT NULL,

    CONSTRAINT "PublicSearchLexeme_pkey" PRIMARY KEY ("lexeme")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicSearchDocument_slug_key" ON "PublicSearchDocument"("slug");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_document_idx" ON "PublicSearchDocument" USING GIN ("document");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_topics_idx" ON "PublicSearchDocument" USING GIN ("topics");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_formats_idx" ON "PublicSearchDocument" USING GIN ("formats");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_years_idx" ON "PublicSearchDocument" USING GIN ("years");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_kind_idx" ON "PublicSearchDocument"("kind");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_regierungsbezirk_idx" ON "PublicSearchDocument"("regierungsbezirk");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_kreis_idx" ON "PublicSearchDocument"("kreis");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_participantCount_idx" ON "PublicSearchDocument"("participantCount");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_costTotal_idx" ON "PublicSearchDocument"("costTotal");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_firstPublishedAt_idx" ON "PublicSearchDocument"("firstPublishedAt");

-- CreateIndex
CREATE INDEX "PublicSearchDocument_municipalitySortKey_title_idx" ON "PublicSearchDocument"("municipalitySortKey", "title");

-- CreateIndex
CREATE INDEX "PublicSearchLexeme_lexeme_idx" ON "PublicSearchLexeme" USING GIN ("lexeme" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "PublicSearchDocument" ADD CONSTRAINT "PublicSearchDocument_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The names of the topics and formats a document refers to by slug.
CREATE FUNCTION public_search_catalog_text(topic_slugs text[], format_slugs text[]) RETURNS text
LANGUAGE sql STABLE AS $$
  SELECT concat_ws(E'\n',
    (SELECT string_agg(t."name", ', ' ORDER BY t."sortOrder", t."name") FROM "Topic" t WHERE t."slug" = ANY(topic_slugs)),
    (SELECT string_agg(f."name", ', ' ORDER BY f."sortOrder", f."name") FROM "Format" f WHERE f."slug" = ANY(format_slugs)))
$$;

-- Weighted German tsvector: A title and municipality, B teaser, C the other sections with the topic and
-- format names, D contacts and sources. The german configuration stems (Wohnungen → wohnung) and folds
-- umlauts and ß (Straße and Strasse → strass). Its lexemes join the vocabulary of the fallback.
CREATE FUNCTION public_search_document_fill() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."catalogText" := coalesce(public_search_catalog_text(NEW."topics", NEW."formats"), '');
  NEW."document" :=
    setweight(to_tsvector('german', NEW."textA"), 'A') ||
    setweight(to_tsvector('german', NEW."textB"), 'B') ||
    setweight(to_tsvector('german', concat_ws(E'\n', NEW."textC", NEW."catalogText")), 'C') ||
    setweight(to_tsvector('german', NEW."textD"), 'D');
  NEW."updatedAt" := now();
  INSERT INTO "PublicSearchLexeme" ("lexeme")
    SELECT lexeme FROM unnest(tsvector_to_array(NEW."document")) AS lexeme
  ON CONFLICT DO NOTHING;
  RETURN NEW;
END
$$;

CREATE TRIGGER "PublicSearchDocument_fill"
  BEFORE INSERT OR UPDATE ON "PublicSearchDocument"
  FOR EACH ROW EXECUTE FUNCTION public_search_document_fill();

-- Existing published profiles get their documents from the application (the text comes from the field
-- registry): syncSearchDocuments runs when a server starts (lib/jobs/worker.ts) and after the demo seed.
