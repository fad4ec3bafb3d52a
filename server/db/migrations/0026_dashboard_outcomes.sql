CREATE TABLE "dash_outcome_facts" (
	"business_id" uuid PRIMARY KEY NOT NULL,
	"district_code" text NOT NULL,
	"days" date[] NOT NULL,
	"turnover" numeric[] NOT NULL,
	"workers" numeric[] NOT NULL,
	"channels" integer[] NOT NULL,
	"supports" date[]
);
--> statement-breakpoint
CREATE INDEX "dash_outcome_facts_district_idx" ON "dash_outcome_facts" USING btree ("district_code");--> statement-breakpoint
-- What each live business with two visits or more holds for the outcomes before/after (see
-- server/db/schema/dashboard.ts): its visits in (visited_on, id) order, the answers compared
-- (NULL where not answered, as the raw query reads them) and its support days.
CREATE OR REPLACE VIEW dash_outcome_source AS
SELECT b.id AS business_id, b.district_code, v.days, v.turnover, v.workers, v.channels, s.supports
  FROM businesses b
 CROSS JOIN LATERAL (
        SELECT count(*) AS n,
               array_agg(x.visited_on ORDER BY x.visited_on, x.id) AS days,
               array_agg(dash_num(x.answers->'turnoverLastMonth') ORDER BY x.visited_on, x.id) AS turnover,
               array_agg(dash_num(x.answers->'workers') ORDER BY x.visited_on, x.id) AS workers,
               array_agg(CASE WHEN jsonb_typeof(x.answers->'salesChannels') = 'array'
                              THEN jsonb_array_length(x.answers->'salesChannels') END ORDER BY x.visited_on, x.id) AS channels
          FROM visits x WHERE x.business_id = b.id AND x.status <> 'returned') v
 CROSS JOIN LATERAL (
        SELECT array_agg(DISTINCT si.date ORDER BY si.date) AS supports
          FROM support_businesses sb JOIN support_interventions si ON si.id = sb.support_id
         WHERE sb.business_id = b.id) s
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND v.n >= 2;--> statement-breakpoint
-- Replaces the rows of some businesses. Their business rows are locked first (in id order), so two
-- transactions refreshing one business take turns and the second reads the first's visits (the
-- rollup adds differences, which commute; a replaced row would not). `bina.dash_deferred = on`
-- skips it during a bulk load that ends with dash_rebuild(). Static statements, generic plans (0024).
CREATE OR REPLACE FUNCTION dash_outcome_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 OR coalesce(current_setting('bina.dash_deferred', true), '') = 'on' THEN
    RETURN;
  END IF;
  PERFORM 1 FROM businesses b WHERE b.id = ANY(ids) ORDER BY b.id FOR NO KEY UPDATE;
  DELETE FROM dash_outcome_facts o WHERE o.business_id = ANY(ids);
  INSERT INTO dash_outcome_facts (business_id, district_code, days, turnover, workers, channels, supports)
  SELECT v.business_id, v.district_code, v.days, v.turnover, v.workers, v.channels, v.supports
    FROM dash_outcome_source v WHERE v.business_id = ANY(ids);
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dash_outcome_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dash_outcome_facts;
  INSERT INTO dash_outcome_facts (business_id, district_code, days, turnover, workers, channels, supports)
  SELECT business_id, district_code, days, turnover, workers, channels, supports FROM dash_outcome_source;
END
$$;--> statement-breakpoint
-- As 0025, and the outcome rows too.
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
   GROUP BY c.kind, r.district_code, c.subsector, c.period, c.dim, c.dim2;
  PERFORM dash_outcome_rebuild();
END
$$;--> statement-breakpoint
-- Rows of visits or support_businesses changed (TG_ARGV[0] = their business column).
CREATE OR REPLACE FUNCTION dash_outcome_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[0]) INTO ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[0]) INTO ids;
  ELSE
    EXECUTE format('SELECT array_agg(x) FROM (SELECT %1$I AS x FROM new_rows UNION SELECT %1$I FROM old_rows) u', TG_ARGV[0]) INTO ids;
  END IF;
  PERFORM dash_outcome_refresh(array_remove(ids, NULL));
  RETURN NULL;
END
$$;--> statement-breakpoint
-- A business moving kecamatan, or in or out of the live set.
CREATE OR REPLACE FUNCTION dash_outcome_on_businesses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM dash_outcome_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM dash_outcome_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.district_code, n.deleted_at, n.merged_into_id) IS DISTINCT FROM (o.district_code, o.deleted_at, o.merged_into_id)));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- An intervention moved in time: the businesses it reached.
CREATE OR REPLACE FUNCTION dash_outcome_on_support() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dash_outcome_refresh(ARRAY(
    SELECT DISTINCT sb.business_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN support_businesses sb ON sb.support_id = n.id
     WHERE n.date IS DISTINCT FROM o.date));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER dash_outcome_visits_insert AFTER INSERT ON visits
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_outcome_visits_update AFTER UPDATE ON visits
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_outcome_visits_delete AFTER DELETE ON visits
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_outcome_support_businesses_insert AFTER INSERT ON support_businesses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_outcome_support_businesses_update AFTER UPDATE ON support_businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_outcome_support_businesses_delete AFTER DELETE ON support_businesses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_outcome_businesses_update AFTER UPDATE ON businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_businesses();--> statement-breakpoint
CREATE TRIGGER dash_outcome_businesses_delete AFTER DELETE ON businesses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_businesses();--> statement-breakpoint
CREATE TRIGGER dash_outcome_support_interventions_update AFTER UPDATE ON support_interventions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_outcome_on_support();--> statement-breakpoint
SELECT dash_outcome_rebuild();
