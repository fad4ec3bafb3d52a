CREATE TABLE "dash_outcome_grid" (
	"grp" text NOT NULL,
	"f" date NOT NULL,
	"l" date NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	"t0" numeric DEFAULT '0' NOT NULL,
	"t1" numeric DEFAULT '0' NOT NULL,
	"tn" bigint DEFAULT 0 NOT NULL,
	"w0" numeric DEFAULT '0' NOT NULL,
	"w1" numeric DEFAULT '0' NOT NULL,
	"wn" bigint DEFAULT 0 NOT NULL,
	"c0" bigint DEFAULT 0 NOT NULL,
	"c1" bigint DEFAULT 0 NOT NULL,
	"cn" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "dash_outcome_grid_grp_f_l_pk" PRIMARY KEY("grp","f","l")
);
--> statement-breakpoint
-- The first day of d's month (date arithmetic only: no time zone is involved).
CREATE OR REPLACE FUNCTION dash_month(d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT d - (extract(day FROM d)::int - 1) $$;--> statement-breakpoint
-- A business's part in the outcomes over every kecamatan (server/db/schema/dashboard.ts), as the
-- signed corners of the rectangles of periods (first month f, last month l) on which it is
-- constant. The rule is the one outcomesQuery applies per business (queries/outcomes.ts):
-- * not supported (no support before the period's end): the visit before is the last one before
--   the first month (i-th when f is in (month of visit i, month of visit i+1]), the visit after is
--   the last one up to the last month (j-th when l is in [month of visit j, month of visit j+1)),
--   and l is before the month of the first support;
-- * supported, the first support in the period being the u-th (f in (month of support u-1, month
--   of support u]; l from the month of support u): the visit before is the last one before that
--   support's day (i = the visits before it), the visit after as above (j > i: on or after it);
-- * counted when 1 <= i < j; a measure only where both visits answered it.
-- A rectangle [f1, f2] × [l1, l2] (l2 NULL: no end) adds its value at (f1, l1) and (f2+1, l2+1) and
-- takes it away at (f2+1, l1) and (f1, l2+1), so the sum over f <= F and l <= L is the business's
-- part for the period (F, L). f1 is -infinity for periods starting any time before support u.
CREATE OR REPLACE FUNCTION dash_outcome_cells(days date[], turnover numeric[], workers numeric[], channels integer[], supports date[])
RETURNS TABLE (grp text, f date, l date, n integer, t0 numeric, t1 numeric, tn integer,
               w0 numeric, w1 numeric, wn integer, c0 bigint, c1 bigint, cn integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT r.grp, c.f, c.l, c.s,
         CASE WHEN x.t THEN c.s * turnover[r.i] ELSE 0 END, CASE WHEN x.t THEN c.s * turnover[r.j] ELSE 0 END,
         CASE WHEN x.t THEN c.s ELSE 0 END,
         CASE WHEN x.w THEN c.s * workers[r.i] ELSE 0 END, CASE WHEN x.w THEN c.s * workers[r.j] ELSE 0 END,
         CASE WHEN x.w THEN c.s ELSE 0 END,
         CASE WHEN x.c THEN c.s * channels[r.i]::bigint ELSE 0 END, CASE WHEN x.c THEN c.s * channels[r.j]::bigint ELSE 0 END,
         CASE WHEN x.c THEN c.s ELSE 0 END
    FROM (
      SELECT 'not_supported' AS grp, i, j,
             (dash_month(days[i]) + interval '1 month')::date AS f1,
             dash_month(days[i + 1]) AS f2,
             dash_month(days[j]) AS l1,
             least(CASE WHEN j < cardinality(days) THEN (dash_month(days[j + 1]) - interval '1 month')::date END,
                   (dash_month(supports[1]) - interval '1 month')::date) AS l2
        FROM generate_series(1, cardinality(days) - 1) i
       CROSS JOIN LATERAL generate_series(i + 1, cardinality(days)) j
      UNION ALL
      SELECT 'supported', b.i, j,
             CASE WHEN u > 1 THEN (dash_month(supports[u - 1]) + interval '1 month')::date ELSE '-infinity'::date END,
             dash_month(supports[u]),
             dash_month(days[j]), -- visit j is on or after support u's day: l >= its month
             CASE WHEN j < cardinality(days) THEN (dash_month(days[j + 1]) - interval '1 month')::date END
        FROM generate_subscripts(supports, 1) u
       CROSS JOIN LATERAL (SELECT width_bucket(supports[u] - 1, days) AS i) b
       CROSS JOIN LATERAL generate_series(b.i + 1, cardinality(days)) j
       WHERE b.i >= 1
    ) r
   CROSS JOIN LATERAL (
          SELECT turnover[r.i] IS NOT NULL AND turnover[r.j] IS NOT NULL AS t,
                 workers[r.i] IS NOT NULL AND workers[r.j] IS NOT NULL AS w,
                 channels[r.i] IS NOT NULL AND channels[r.j] IS NOT NULL AS c) x
   CROSS JOIN LATERAL (VALUES
          (r.f1, r.l1, 1),
          ((r.f2 + interval '1 month')::date, r.l1, -1),
          (r.f1, (r.l2 + interval '1 month')::date, -1),
          ((r.f2 + interval '1 month')::date, (r.l2 + interval '1 month')::date, 1)) c(f, l, s)
   WHERE r.f1 <= r.f2 AND (r.l2 IS NULL OR r.l1 <= r.l2) AND c.l IS NOT NULL
$$;--> statement-breakpoint
-- Replaces the outcome rows of some businesses (as 0026) and adds the difference of their cells to
-- the grid: one upsert in key order, so two transactions take the shared rows in the same order;
-- cells whose difference is nothing (a visit edit that changes no answer compared) are not touched.
CREATE OR REPLACE FUNCTION dash_outcome_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 OR coalesce(current_setting('bina.dash_deferred', true), '') = 'on' THEN
    RETURN;
  END IF;
  PERFORM 1 FROM businesses b WHERE b.id = ANY(ids) ORDER BY b.id FOR NO KEY UPDATE;
  INSERT INTO dash_outcome_grid AS g (grp, f, l, n, t0, t1, tn, w0, w1, wn, c0, c1, cn)
  SELECT c.grp, c.f, c.l, sum(x.s * c.n), sum(x.s * c.t0), sum(x.s * c.t1), sum(x.s * c.tn),
         sum(x.s * c.w0), sum(x.s * c.w1), sum(x.s * c.wn), sum(x.s * c.c0), sum(x.s * c.c1), sum(x.s * c.cn)
    FROM (SELECT -1 AS s, o.days, o.turnover, o.workers, o.channels, o.supports
            FROM dash_outcome_facts o WHERE o.business_id = ANY(ids)
          UNION ALL
          SELECT 1, v.days, v.turnover, v.workers, v.channels, v.supports
            FROM dash_outcome_source v WHERE v.business_id = ANY(ids)) x
   CROSS JOIN LATERAL dash_outcome_cells(x.days, x.turnover, x.workers, x.channels, x.supports) c
   GROUP BY c.grp, c.f, c.l
  HAVING sum(x.s * c.n) <> 0 OR sum(x.s * c.t0) <> 0 OR sum(x.s * c.t1) <> 0 OR sum(x.s * c.tn) <> 0
      OR sum(x.s * c.w0) <> 0 OR sum(x.s * c.w1) <> 0 OR sum(x.s * c.wn) <> 0
      OR sum(x.s * c.c0) <> 0 OR sum(x.s * c.c1) <> 0 OR sum(x.s * c.cn) <> 0
   ORDER BY c.grp, c.f, c.l
  ON CONFLICT (grp, f, l) DO UPDATE
     SET n = g.n + excluded.n, t0 = g.t0 + excluded.t0, t1 = g.t1 + excluded.t1, tn = g.tn + excluded.tn,
         w0 = g.w0 + excluded.w0, w1 = g.w1 + excluded.w1, wn = g.wn + excluded.wn,
         c0 = g.c0 + excluded.c0, c1 = g.c1 + excluded.c1, cn = g.cn + excluded.cn;
  DELETE FROM dash_outcome_facts o WHERE o.business_id = ANY(ids);
  INSERT INTO dash_outcome_facts (business_id, district_code, days, turnover, workers, channels, supports)
  SELECT v.business_id, v.district_code, v.days, v.turnover, v.workers, v.channels, v.supports
    FROM dash_outcome_source v WHERE v.business_id = ANY(ids);
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dash_outcome_grid_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dash_outcome_grid;
  INSERT INTO dash_outcome_grid (grp, f, l, n, t0, t1, tn, w0, w1, wn, c0, c1, cn)
  SELECT c.grp, c.f, c.l, sum(c.n), sum(c.t0), sum(c.t1), sum(c.tn),
         sum(c.w0), sum(c.w1), sum(c.wn), sum(c.c0), sum(c.c1), sum(c.cn)
    FROM dash_outcome_facts o
   CROSS JOIN LATERAL dash_outcome_cells(o.days, o.turnover, o.workers, o.channels, o.supports) c
   GROUP BY c.grp, c.f, c.l
   ORDER BY c.grp, c.f, c.l;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dash_outcome_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dash_outcome_facts;
  INSERT INTO dash_outcome_facts (business_id, district_code, days, turnover, workers, channels, supports)
  SELECT business_id, district_code, days, turnover, workers, channels, supports FROM dash_outcome_source;
  PERFORM dash_outcome_grid_rebuild();
END
$$;--> statement-breakpoint
SELECT dash_outcome_grid_rebuild();
