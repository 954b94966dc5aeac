-- The generation of the search documents: a counter that a transaction changing "PublicSearchDocument"
-- raises once, at its commit. Each app instance keeps the documents' facet values in memory
-- (lib/search/facet-index-store.ts) and reloads them when the generation it loaded is no longer the
-- current one: one primary-key read per search instead of counting facets over every row.
--
-- Transactional on purpose (a sequence would be raised before the commit, and an instance reading it
-- in between would keep the old documents under the new number). Raised by a deferred constraint
-- trigger, so the row lock is taken at the commit, after every other lock of the transaction: two
-- publications cannot deadlock on it. Once per transaction (a transaction-local setting remembers it),
-- not once per row.
CREATE TABLE "PublicSearchGeneration" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "generation" BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT "PublicSearchGeneration_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "PublicSearchGeneration_single_row" CHECK ("id" = 1)
);
INSERT INTO "PublicSearchGeneration" ("id", "generation") VALUES (1, 0);

CREATE FUNCTION public_search_generation_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('kfd.search_generation_raised', true) IS DISTINCT FROM txid_current()::text THEN
    UPDATE "PublicSearchGeneration" SET "generation" = "generation" + 1 WHERE "id" = 1;
    PERFORM set_config('kfd.search_generation_raised', txid_current()::text, true);
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "PublicSearchDocument_generation"
  AFTER INSERT OR UPDATE OR DELETE ON "PublicSearchDocument"
  DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION public_search_generation_raise();

-- TRUNCATE (tests, a rebuild by hand) has no row triggers and no deferred ones.
CREATE TRIGGER "PublicSearchDocument_generation_truncate"
  AFTER TRUNCATE ON "PublicSearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION public_search_generation_raise();
