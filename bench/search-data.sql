-- Benchmark data for the search (bench/search.ts): N generated search documents made of the demo
-- documents' texts, mixed, with random facet values. Run on a throw-away database that holds the demo
-- content (npm run db:seed):  psql -v n=50000 -f bench/search-data.sql
-- Profiles are drafts (no published version): the documents exist only to measure the queries.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE demo AS SELECT row_number() OVER () AS i, d.* FROM "PublicSearchDocument" d;
CREATE TEMP TABLE munis AS SELECT row_number() OVER () AS i, m.* FROM "Municipality" m;
CREATE TEMP TABLE demo_count AS SELECT (SELECT count(*) FROM demo) AS demos, (SELECT count(*) FROM munis) AS municipalities,
  (SELECT array_agg("slug") FROM "Topic") AS topics, (SELECT array_agg("slug") FROM "Format") AS formats;

INSERT INTO "Profile" ("id", "slug", "municipalityId", "updatedAt")
SELECT gen_random_uuid(), 'bench-' || g, m."id", now()
FROM generate_series(1, :n) g
JOIN demo_count c ON true
JOIN munis m ON m.i = 1 + (g * 7919) % c.municipalities;

INSERT INTO "PublicSearchDocument" ("profileId", "versionId", "derivation", "slug", "title", "teaser", "municipalityName",
  "municipalitySortKey", "kind", "regierungsbezirk", "kreis", "topics", "formats", "years", "participantCount", "costTotal",
  "firstPublishedAt", "isDemo", "textA", "textB", "textC", "textD")
SELECT p."id", gen_random_uuid(), 'bench', p."slug", a."title" || ' ' || g, a."teaser", m."name",
  lower(m."name"), m."kind", m."regierungsbezirk", coalesce(l."slug", CASE WHEN m."kind" <> 'GEMEINDE' THEN m."slug" END),
  ARRAY(SELECT t FROM unnest(c.topics) t WHERE random() < 0.25),
  ARRAY(SELECT f FROM unnest(c.formats) f WHERE random() < 0.2),
  CASE WHEN random() < 0.5 THEN ARRAY[2016] WHEN random() < 0.8 THEN ARRAY[2017] ELSE ARRAY[2016, 2017] END,
  CASE WHEN random() < 0.9 THEN (10 + random() * 200)::int END,
  CASE WHEN random() < 0.85 THEN round((300 + random() * 15000)::numeric, 2) END,
  now() - (random() * interval '900 days'), false,
  a."title" || ' ' || g || E'\n' || m."name", a."teaser", a."textC" || E'\n\n' || b."textC", a."textD"
FROM "Profile" p
JOIN LATERAL (SELECT substring(p."slug" from 7)::int AS g) n ON true
CROSS JOIN demo_count c
JOIN demo a ON a.i = 1 + (n.g * 31) % c.demos
JOIN demo b ON b.i = 1 + (n.g * 17 + 5) % c.demos
JOIN "Municipality" m ON m."id" = p."municipalityId"
LEFT JOIN "Municipality" l ON l."id" = m."landkreisId"
WHERE p."slug" LIKE 'bench-%';
COMMIT;
VACUUM ANALYZE "PublicSearchDocument";
