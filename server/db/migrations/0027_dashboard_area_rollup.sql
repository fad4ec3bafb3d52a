-- Rollup rows for the province scale (bench (f), "Province run"): with 666 kecamatan every
-- coarse kind of 0025 still keeps the kecamatan, so a province-wide figure summed tens of
-- thousands of rows. dash_coarse_area gives, for a fine key, the rows without subsector and
-- month per kecamatan (`…/k`: the needs matrix, targeting by kecamatan, never supported) and the
-- rows over all kecamatan, district_code '' (`…/p`: province-wide targeting, drill-down counts,
-- the summary's trends). $1..$6 = kind, district_code, subsector, period, dim, dim2.
CREATE OR REPLACE FUNCTION dash_coarse_area(text, text, text, date, text, text)
RETURNS TABLE (kind text, district_code text, subsector text, period date, dim text, dim2 text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'need/open/k', $2, '', DATE '2000-01-01', $5, ''
   WHERE $1 = 'need' AND $6 IN ('identified', 'planned', 'in_progress')
  UNION ALL SELECT 'need/all/k', $2, '', DATE '2000-01-01', $5, '' WHERE $1 = 'need'
  UNION ALL SELECT 'ikm/k', $2, '', DATE '2000-01-01', '', '' WHERE $1 = 'ikm'
  UNION ALL SELECT 'need/open/p', '', $3, DATE '2000-01-01', $5, ''
             WHERE $1 = 'need' AND $6 IN ('identified', 'planned', 'in_progress')
  UNION ALL SELECT 'need/p', '', '', $4, '', $6 WHERE $1 = 'need'
  UNION ALL SELECT 'need_closed/p', '', '', $4, '', $6 WHERE $1 = 'need_closed'
  UNION ALL SELECT 'ikm/p', '', $3, $4, '', '' WHERE $1 = 'ikm'
  UNION ALL SELECT 'supported/p', '', $3, DATE '2000-01-01', '', '' WHERE $1 = 'supported'
  UNION ALL SELECT 'visit/p', '', '', $4, '', '' WHERE $1 = 'visit'
  UNION ALL SELECT 'channel/p', '', '', $4, $5, '' WHERE $1 = 'channel'
  UNION ALL SELECT 'snapshot/p', '', $3, $4, '', '' WHERE $1 = 'snapshot'
$$;--> statement-breakpoint
-- As 0025 (0026 left it as it was), with the area rows added from the same delta in the same statement.
CREATE OR REPLACE FUNCTION dash_refresh(source text, ids uuid[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  gone dash_facts[];
  fresh dash_facts[];
  zk text[]; zd text[]; zs text[]; zp date[]; zd1 text[]; zd2 text[];
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 OR coalesce(current_setting('bina.dash_deferred', true), '') = 'on' THEN
    RETURN;
  END IF;
  IF source = 'event' THEN
    WITH d AS (DELETE FROM dash_facts f WHERE f.src = ANY(ids) AND f.kind = 'training' RETURNING f),
         i AS (INSERT INTO dash_facts AS t SELECT * FROM dash_event_facts v WHERE v.src = ANY(ids) RETURNING t)
    SELECT (SELECT array_agg(d.f) FROM d), (SELECT array_agg(i.t) FROM i) INTO gone, fresh;
  ELSIF source = 'support' THEN
    WITH d AS (DELETE FROM dash_facts f WHERE f.src = ANY(ids) AND f.kind = 'support' RETURNING f),
         i AS (INSERT INTO dash_facts AS t SELECT * FROM dash_support_facts v WHERE v.src = ANY(ids) RETURNING t)
    SELECT (SELECT array_agg(d.f) FROM d), (SELECT array_agg(i.t) FROM i) INTO gone, fresh;
  ELSE
    WITH d AS (DELETE FROM dash_facts f WHERE f.src = ANY(ids) AND f.kind NOT IN ('training', 'support') RETURNING f),
         i AS (INSERT INTO dash_facts AS t SELECT * FROM dash_business_facts v WHERE v.src = ANY(ids) RETURNING t)
    SELECT (SELECT array_agg(d.f) FROM d), (SELECT array_agg(i.t) FROM i) INTO gone, fresh;
  END IF;
  WITH delta AS (
    SELECT kind, district_code, subsector, period, dim, dim2,
           sum(n) AS n, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3, sum(v4) AS v4, sum(v5) AS v5, sum(v6) AS v6
      FROM (SELECT kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6 FROM unnest(fresh)
            UNION ALL
            SELECT kind, district_code, subsector, period, dim, dim2, -n, -v1, -v2, -v3, -v4, -v5, -v6 FROM unnest(gone)) x
     GROUP BY kind, district_code, subsector, period, dim, dim2
  ), coarse AS (
    SELECT c.kind, d.district_code, c.subsector, c.period, c.dim, c.dim2,
           sum(d.n) AS n, sum(d.v1) AS v1, sum(d.v2) AS v2, sum(d.v3) AS v3, sum(d.v4) AS v4, sum(d.v5) AS v5, sum(d.v6) AS v6
      FROM delta d CROSS JOIN LATERAL dash_coarse(d.kind, d.subsector, d.period, d.dim, d.dim2) c
     GROUP BY c.kind, d.district_code, c.subsector, c.period, c.dim, c.dim2
  ), area AS (
    SELECT a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2,
           sum(d.n) AS n, sum(d.v1) AS v1, sum(d.v2) AS v2, sum(d.v3) AS v3, sum(d.v4) AS v4, sum(d.v5) AS v5, sum(d.v6) AS v6
      FROM delta d CROSS JOIN LATERAL dash_coarse_area(d.kind, d.district_code, d.subsector, d.period, d.dim, d.dim2) a
     GROUP BY a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2
  ), upserted AS (
    INSERT INTO dash_rollup AS r (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
    SELECT * FROM (SELECT * FROM delta UNION ALL SELECT * FROM coarse UNION ALL SELECT * FROM area) x
     WHERE n <> 0 OR v1 <> 0 OR v2 <> 0 OR v3 <> 0 OR v4 <> 0 OR v5 <> 0 OR v6 <> 0
     ORDER BY kind, district_code, subsector, period, dim, dim2
    ON CONFLICT (kind, district_code, subsector, period, dim, dim2) DO UPDATE
      SET n = r.n + excluded.n, v1 = r.v1 + excluded.v1, v2 = r.v2 + excluded.v2, v3 = r.v3 + excluded.v3,
          v4 = r.v4 + excluded.v4, v5 = r.v5 + excluded.v5, v6 = r.v6 + excluded.v6
    RETURNING r.kind, r.district_code, r.subsector, r.period, r.dim, r.dim2,
              r.n = 0 AND r.v1 = 0 AND r.v2 = 0 AND r.v3 = 0 AND r.v4 = 0 AND r.v5 = 0 AND r.v6 = 0 AS zero
  )
  SELECT array_agg(u.kind), array_agg(u.district_code), array_agg(u.subsector), array_agg(u.period),
         array_agg(u.dim), array_agg(u.dim2)
    INTO zk, zd, zs, zp, zd1, zd2
    FROM upserted u WHERE u.zero;
  IF zk IS NOT NULL THEN
    DELETE FROM dash_rollup r
     USING unnest(zk, zd, zs, zp, zd1, zd2) AS z(kind, district_code, subsector, period, dim, dim2)
     WHERE (r.kind, r.district_code, r.subsector, r.period, r.dim, r.dim2)
           = (z.kind, z.district_code, z.subsector, z.period, z.dim, z.dim2)
       AND r.n = 0 AND r.v1 = 0 AND r.v2 = 0 AND r.v3 = 0 AND r.v4 = 0 AND r.v5 = 0 AND r.v6 = 0;
  END IF;
END
$$;--> statement-breakpoint
-- As 0026 (0025's rows and the outcome rows), the area rows summed from the fine rows too.
CREATE OR REPLACE FUNCTION dash_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dash_facts, dash_rollup;
  INSERT INTO dash_facts
  SELECT * FROM dash_business_facts UNION ALL SELECT * FROM dash_event_facts UNION ALL SELECT * FROM dash_support_facts;
  INSERT INTO dash_rollup (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
  SELECT kind, district_code, subsector, period, dim, dim2,
         sum(n), sum(v1), sum(v2), sum(v3), sum(v4), sum(v5), sum(v6)
    FROM dash_facts GROUP BY kind, district_code, subsector, period, dim, dim2;
  INSERT INTO dash_rollup (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
  SELECT c.kind, r.district_code, c.subsector, c.period, c.dim, c.dim2,
         sum(r.n), sum(r.v1), sum(r.v2), sum(r.v3), sum(r.v4), sum(r.v5), sum(r.v6)
    FROM dash_rollup r CROSS JOIN LATERAL dash_coarse(r.kind, r.subsector, r.period, r.dim, r.dim2) c
   WHERE r.kind NOT LIKE '%/%'
   GROUP BY c.kind, r.district_code, c.subsector, c.period, c.dim, c.dim2;
  INSERT INTO dash_rollup (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
  SELECT a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2,
         sum(r.n), sum(r.v1), sum(r.v2), sum(r.v3), sum(r.v4), sum(r.v5), sum(r.v6)
    FROM dash_rollup r
   CROSS JOIN LATERAL dash_coarse_area(r.kind, r.district_code, r.subsector, r.period, r.dim, r.dim2) a
   WHERE r.kind NOT LIKE '%/%'
   GROUP BY a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2;
  PERFORM dash_outcome_rebuild();
END
$$;--> statement-breakpoint
SELECT dash_rebuild();
