-- Peer benchmark in SQL (DuckDB): the same file as
--   readiness-kit aggregate profiles.ndjson --by market,company_size --min-group 20
-- over the profile records of `readiness-kit score --ndjson` (one questionnaire's). The result is one
-- row with one column, `benchmark`: the benchmark file as JSON. docs/benchmarks.md explains each step;
-- test/core/benchmark/sqlRecipe.test.ts runs this file and checks it agrees with the kit.
WITH
settings AS (
  SELECT 20 AS min_group                                  -- the smallest group a segment may show
),
profiles AS (                                             -- counted respondents: provisional profiles are not
  SELECT
    regexp_extract(questionnaire, '^(.*)@([^@]*)$', 1) AS questionnaire_id,
    regexp_extract(questionnaire, '^(.*)@([^@]*)$', 2) AS questionnaire_version,
    segment['market'] AS market,
    segment['company_size'] AS company_size,
    "index",
    dimensions
  FROM read_json('profiles.ndjson', format = 'newline_delimited', columns = {
    questionnaire: 'VARCHAR', provisional: 'BOOLEAN', "index": 'DOUBLE',
    dimensions: 'MAP(VARCHAR, DOUBLE)', segment: 'MAP(VARCHAR, VARCHAR)'
  })
  WHERE NOT provisional
),
measures AS (                                             -- the index (NULL) and every dimension seen
  SELECT NULL::VARCHAR AS dimension
  UNION ALL
  SELECT DISTINCT unnest(map_keys(dimensions)) FROM profiles
),
scores AS (                                               -- one row per score; a NULL score is in no histogram
  SELECT market, company_size, NULL::VARCHAR AS dimension, "index" AS score FROM profiles
  UNION ALL
  SELECT market, company_size, unnest(map_keys(dimensions)), unnest(map_values(dimensions)) FROM profiles
),
binned AS (                                               -- 101 bins, as JavaScript's Math.round, held to 0–100:
  SELECT market, company_size, dimension,                 -- floor(x + 0.5) but for x just under 0.5
    CASE WHEN score < 0.5 THEN 0 WHEN score > 100 THEN 100 ELSE floor(score + 0.5) END::INTEGER AS bin
  FROM scores
  WHERE score IS NOT NULL
),
segment_counts AS (                                       -- every segment: everyone, each market, each market × size
  SELECT 2 - GROUPING(market) - GROUPING(company_size) AS depth, market, company_size, count(*) AS count
  FROM profiles
  GROUP BY ROLLUP (market, company_size)
),
bin_counts AS (
  SELECT 2 - GROUPING(market) - GROUPING(company_size) AS depth, market, company_size, dimension, bin, count(*) AS n
  FROM binned
  GROUP BY GROUPING SETS ((dimension, bin), (market, dimension, bin), (market, company_size, dimension, bin))
),
-- Withholding, one level at a time. A segment is shown when it has at least min_group respondents and
-- its parent is shown. And when the rest of a shown parent (its respondents outside its shown children)
-- would number 1 to min_group - 1, the smallest shown child is withheld too (fewest respondents, then
-- segment order), or subtraction would give that small group away.
everyone AS (
  SELECT c.*, c.count >= s.min_group AS shown
  FROM segment_counts c, settings s
  WHERE c.depth = 0
),
market_candidates AS (
  SELECT c.*, p.shown AND c.count >= s.min_group AS candidate, p.count AS parent_count, s.min_group
  FROM segment_counts c JOIN everyone p ON c.depth = 1, settings s
),
markets AS (
  SELECT depth, market, company_size, count,
    candidate AND NOT (
      parent_count - sum(CASE WHEN candidate THEN count ELSE 0 END) OVER () BETWEEN 1 AND min_group - 1
      AND row_number() OVER (PARTITION BY candidate ORDER BY count, market NULLS LAST) = 1
    ) AS shown
  FROM market_candidates
),
size_candidates AS (
  SELECT c.*, p.shown AND c.count >= s.min_group AS candidate, p.count AS parent_count, s.min_group
  FROM segment_counts c JOIN markets p ON c.depth = 2 AND c.market IS NOT DISTINCT FROM p.market, settings s
),
sizes AS (
  SELECT depth, market, company_size, count,
    candidate AND NOT (
      parent_count - sum(CASE WHEN candidate THEN count ELSE 0 END) OVER (PARTITION BY market) BETWEEN 1 AND min_group - 1
      AND row_number() OVER (PARTITION BY market, candidate ORDER BY count, company_size NULLS LAST) = 1
    ) AS shown
  FROM size_candidates
),
shown AS (
  SELECT depth, market, company_size, count FROM everyone WHERE shown
  UNION ALL SELECT depth, market, company_size, count FROM markets WHERE shown
  UNION ALL SELECT depth, market, company_size, count FROM sizes WHERE shown
),
histograms AS (                                           -- each shown segment × measure: 101 counts, zeros included
  SELECT s.depth, s.market, s.company_size, m.dimension, list(coalesce(b.n, 0) ORDER BY r.bin) AS histogram
  FROM shown s
  CROSS JOIN measures m
  CROSS JOIN range(101) r(bin)
  LEFT JOIN bin_counts b
    ON b.depth = s.depth AND b.market IS NOT DISTINCT FROM s.market AND b.company_size IS NOT DISTINCT FROM s.company_size
    AND b.dimension IS NOT DISTINCT FROM m.dimension AND b.bin = r.bin
  GROUP BY s.depth, s.market, s.company_size, m.dimension
),
segments AS (
  SELECT s.depth, s.market, s.company_size,
    CASE s.depth
      WHEN 0 THEN json_object()
      WHEN 1 THEN json_object('market', s.market)
      ELSE json_object('market', s.market, 'company_size', s.company_size)
    END AS key,
    s.count,
    any_value(h.histogram) FILTER (WHERE h.dimension IS NULL) AS "index",
    map_from_entries(list((h.dimension, h.histogram) ORDER BY h.dimension) FILTER (WHERE h.dimension IS NOT NULL)) AS dimensions
  FROM shown s
  JOIN histograms h ON h.depth = s.depth AND h.market IS NOT DISTINCT FROM s.market AND h.company_size IS NOT DISTINCT FROM s.company_size
  GROUP BY s.depth, s.market, s.company_size, s.count
)
SELECT to_json({
  format: 'readiness-kit/benchmark',
  formatVersion: 1,
  questionnaire: {
    id: (SELECT any_value(questionnaire_id) FROM profiles),
    versions: (SELECT coalesce(list(DISTINCT questionnaire_version ORDER BY questionnaire_version), []) FROM profiles)
  },
  "by": ['market', 'company_size'],
  minGroupSize: (SELECT min_group FROM settings),
  shard: false,
  withheld: (SELECT count(*) FROM segment_counts) - (SELECT count(*) FROM shown),
  segments: (
    SELECT coalesce(list({key: key, count: count, "index": "index", dimensions: dimensions}
      ORDER BY depth, market NULLS LAST, company_size NULLS LAST), [])
    FROM segments
  )
}) AS benchmark;
