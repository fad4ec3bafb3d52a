-- dash_refresh with static statements and one generic plan each. The EXECUTE of 0022 planned
-- the facts view (nine branches) afresh on every write that touched a business, visit, need…:
-- ≈ 20–40 ms of a business insert that costs ≈ 1.5 ms without it. PL/pgSQL keeps the plans of
-- static statements for the session; a generic plan is forced because the planner otherwise
-- re-plans `src = ANY(ids)` per call (custom plans look cheaper to it than they are).
-- Same facts, same rollup deltas, same key order of the rollup upsert (lock order).
CREATE OR REPLACE FUNCTION dash_refresh(source text, ids uuid[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
DECLARE
  gone dash_facts[];
  fresh dash_facts[];
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
  INSERT INTO dash_rollup AS r (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
  SELECT kind, district_code, subsector, period, dim, dim2,
         sum(n), sum(v1), sum(v2), sum(v3), sum(v4), sum(v5), sum(v6)
    FROM (SELECT kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6 FROM unnest(fresh)
          UNION ALL
          SELECT kind, district_code, subsector, period, dim, dim2, -n, -v1, -v2, -v3, -v4, -v5, -v6 FROM unnest(gone)) x
   GROUP BY kind, district_code, subsector, period, dim, dim2
  HAVING sum(n) <> 0 OR sum(v1) <> 0 OR sum(v2) <> 0 OR sum(v3) <> 0 OR sum(v4) <> 0 OR sum(v5) <> 0 OR sum(v6) <> 0
   ORDER BY kind, district_code, subsector, period, dim, dim2
  ON CONFLICT (kind, district_code, subsector, period, dim, dim2) DO UPDATE
    SET n = r.n + excluded.n, v1 = r.v1 + excluded.v1, v2 = r.v2 + excluded.v2, v3 = r.v3 + excluded.v3,
        v4 = r.v4 + excluded.v4, v5 = r.v5 + excluded.v5, v6 = r.v6 + excluded.v6;
END
$$;
