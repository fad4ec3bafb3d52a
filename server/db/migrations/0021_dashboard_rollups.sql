CREATE TABLE "dash_facts" (
	"src" uuid NOT NULL,
	"kind" text NOT NULL,
	"district_code" text NOT NULL,
	"subsector" text DEFAULT '' NOT NULL,
	"period" date NOT NULL,
	"dim" text DEFAULT '' NOT NULL,
	"dim2" text DEFAULT '' NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	"v1" bigint DEFAULT 0 NOT NULL,
	"v2" bigint DEFAULT 0 NOT NULL,
	"v3" bigint DEFAULT 0 NOT NULL,
	"v4" bigint DEFAULT 0 NOT NULL,
	"v5" bigint DEFAULT 0 NOT NULL,
	"v6" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dash_rollup" (
	"kind" text NOT NULL,
	"district_code" text NOT NULL,
	"subsector" text DEFAULT '' NOT NULL,
	"period" date NOT NULL,
	"dim" text DEFAULT '' NOT NULL,
	"dim2" text DEFAULT '' NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	"v1" bigint DEFAULT 0 NOT NULL,
	"v2" bigint DEFAULT 0 NOT NULL,
	"v3" bigint DEFAULT 0 NOT NULL,
	"v4" bigint DEFAULT 0 NOT NULL,
	"v5" bigint DEFAULT 0 NOT NULL,
	"v6" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "dash_rollup_kind_district_code_subsector_period_dim_dim2_pk" PRIMARY KEY("kind","district_code","subsector","period","dim","dim2")
);
--> statement-breakpoint
CREATE INDEX "dash_facts_src_idx" ON "dash_facts" USING btree ("src");--> statement-breakpoint
CREATE INDEX "dash_rollup_kind_period_idx" ON "dash_rollup" USING btree ("kind","period");--> statement-breakpoint
-- A number answer of a visit, or NULL for anything else (a trigger must never fail on an answer).
CREATE OR REPLACE FUNCTION dash_num(v jsonb) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(v) = 'number' THEN (v #>> '{}')::numeric END
$$;--> statement-breakpoint
-- What each live business contributes to the dashboard (see server/db/schema/dashboard.ts).
-- The registration month is counted on the office's default clock (WIB).
CREATE OR REPLACE VIEW dash_business_facts AS
SELECT b.id AS src, 'ikm'::text AS kind, b.district_code, b.subsector,
       date_trunc('month', b.created_at AT TIME ZONE 'Asia/Jakarta')::date AS period,
       ''::text AS dim, ''::text AS dim2,
       1::bigint AS n, 0::bigint AS v1, 0::bigint AS v2, 0::bigint AS v3, 0::bigint AS v4, 0::bigint AS v5, 0::bigint AS v6
  FROM businesses b
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL
UNION ALL
SELECT b.id, 'visit', b.district_code, b.subsector, date_trunc('month', v.visited_on)::date, '', '',
       count(*),
       count(*) FILTER (WHERE v.answers->>'producing' = 'yes'),
       coalesce(sum(dash_num(v.answers->'piecesLastMonth')), 0)::bigint,
       coalesce(sum(dash_num(v.answers->'turnoverLastMonth')), 0)::bigint,
       count(dash_num(v.answers->'turnoverLastMonth')),
       coalesce(sum(dash_num(v.answers->'workers')), 0)::bigint,
       count(dash_num(v.answers->'workers'))
  FROM businesses b JOIN visits v ON v.business_id = b.id
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND v.status <> 'returned'
 GROUP BY b.id, b.district_code, b.subsector, date_trunc('month', v.visited_on)
UNION ALL
SELECT b.id, 'channel', b.district_code, b.subsector, date_trunc('month', v.visited_on)::date, c.channel, '',
       count(*), 0, 0, 0, 0, 0, 0
  FROM businesses b JOIN visits v ON v.business_id = b.id
 CROSS JOIN LATERAL jsonb_array_elements_text(
         CASE WHEN jsonb_typeof(v.answers->'salesChannels') = 'array' THEN v.answers->'salesChannels' ELSE '[]'::jsonb END
       ) AS c(channel)
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND v.status <> 'returned'
 GROUP BY b.id, b.district_code, b.subsector, date_trunc('month', v.visited_on), c.channel
UNION ALL
SELECT s.src, 'snapshot', s.district_code, s.subsector, make_date(s.data_year, 1, 1), '', '',
       1, coalesce(s.turnover, 0), coalesce(s.workers, 0), coalesce(s.output, 0),
       (s.turnover IS NOT NULL)::int, (s.workers IS NOT NULL)::int, 0
  FROM (SELECT DISTINCT ON (b.id, x.data_year)
               b.id AS src, b.district_code, b.subsector, x.data_year,
               coalesce(x.turnover_yearly_idr, x.turnover_monthly_idr * 12) AS turnover,
               CASE WHEN x.workers_male IS NULL AND x.workers_female IS NULL THEN NULL
                    ELSE coalesce(x.workers_male, 0) + coalesce(x.workers_female, 0) END AS workers,
               x.output_value_idr AS output
          FROM businesses b JOIN business_snapshots x ON x.business_id = b.id
         WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL
         ORDER BY b.id, x.data_year, x.recorded_at DESC, x.id DESC) s;--> statement-breakpoint
-- The training funnel of each event, by the participants' kecamatan.
CREATE OR REPLACE VIEW dash_event_facts AS
SELECT e.id AS src, 'training'::text AS kind, coalesce(r.district_code, '') AS district_code,
       coalesce(e.subsector, '') AS subsector, date_trunc('month', e.start_date)::date AS period,
       ''::text AS dim, ''::text AS dim2,
       count(*)::bigint AS n,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_attendance a
                                       WHERE a.event_id = e.id AND a.registration_id = r.id))::bigint AS v1,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_certificates c
                                       WHERE c.registration_id = r.id AND c.status = 'valid'))::bigint AS v2,
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM training_followups f
                                       WHERE f.registration_id = r.id AND f.fulfilled_at IS NOT NULL))::bigint AS v3,
       0::bigint AS v4, 0::bigint AS v5, 0::bigint AS v6
  FROM training_events e JOIN training_registrations r ON r.event_id = e.id
 WHERE r.status = 'registered'
 GROUP BY e.id, r.district_code, e.subsector, e.start_date;--> statement-breakpoint
-- Replaces the facts of some sources and adds the difference to the rollup, in one statement
-- (rows locked in key order). `bina.dash_deferred = on` skips it during a bulk load that ends
-- with dash_rebuild().
CREATE OR REPLACE FUNCTION dash_refresh(source text, ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 OR coalesce(current_setting('bina.dash_deferred', true), '') = 'on' THEN
    RETURN;
  END IF;
  EXECUTE format($q$
    WITH gone AS (
      DELETE FROM dash_facts f WHERE f.src = ANY($1) AND (f.kind = 'training') = %L RETURNING f.*
    ), fresh AS (
      INSERT INTO dash_facts SELECT * FROM %I v WHERE v.src = ANY($1) RETURNING *
    ), delta AS (
      SELECT kind, district_code, subsector, period, dim, dim2,
             sum(n) AS n, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3, sum(v4) AS v4, sum(v5) AS v5, sum(v6) AS v6
        FROM (SELECT kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6 FROM fresh
              UNION ALL
              SELECT kind, district_code, subsector, period, dim, dim2, -n, -v1, -v2, -v3, -v4, -v5, -v6 FROM gone) d
       GROUP BY kind, district_code, subsector, period, dim, dim2
    )
    INSERT INTO dash_rollup AS r (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
    SELECT * FROM delta
     WHERE n <> 0 OR v1 <> 0 OR v2 <> 0 OR v3 <> 0 OR v4 <> 0 OR v5 <> 0 OR v6 <> 0
     ORDER BY kind, district_code, subsector, period, dim, dim2
    ON CONFLICT (kind, district_code, subsector, period, dim, dim2) DO UPDATE
      SET n = r.n + excluded.n, v1 = r.v1 + excluded.v1, v2 = r.v2 + excluded.v2, v3 = r.v3 + excluded.v3,
          v4 = r.v4 + excluded.v4, v5 = r.v5 + excluded.v5, v6 = r.v6 + excluded.v6
  $q$, source = 'event', CASE WHEN source = 'event' THEN 'dash_event_facts' ELSE 'dash_business_facts' END)
  USING ids;
END
$$;--> statement-breakpoint
-- Recomputes everything from the raw rows (after a bulk load, or to check the rollup).
CREATE OR REPLACE FUNCTION dash_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dash_facts, dash_rollup;
  INSERT INTO dash_facts SELECT * FROM dash_business_facts UNION ALL SELECT * FROM dash_event_facts;
  INSERT INTO dash_rollup (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
  SELECT kind, district_code, subsector, period, dim, dim2,
         sum(n), sum(v1), sum(v2), sum(v3), sum(v4), sum(v5), sum(v6)
    FROM dash_facts GROUP BY kind, district_code, subsector, period, dim, dim2;
END
$$;--> statement-breakpoint
-- Rows of a child table (TG_ARGV[0] = its source column, TG_ARGV[1] = business | event) changed.
CREATE OR REPLACE FUNCTION dash_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[0]) INTO ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[0]) INTO ids;
  ELSE
    EXECUTE format('SELECT array_agg(x) FROM (SELECT %1$I AS x FROM new_rows UNION SELECT %1$I FROM old_rows) u', TG_ARGV[0]) INTO ids;
  END IF;
  PERFORM dash_refresh(TG_ARGV[1], array_remove(ids, NULL));
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Businesses change often (the latest figures kept by other triggers): only changes that move
-- a business between cells, or in or out of the live set, refresh it.
CREATE OR REPLACE FUNCTION dash_on_businesses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dash_refresh('business', ARRAY(SELECT id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM dash_refresh('business', ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM dash_refresh('business', ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.district_code, n.subsector, n.created_at, n.deleted_at, n.merged_into_id)
             IS DISTINCT FROM (o.district_code, o.subsector, o.created_at, o.deleted_at, o.merged_into_id)));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER dash_businesses_insert AFTER INSERT ON businesses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_businesses();--> statement-breakpoint
CREATE TRIGGER dash_businesses_update AFTER UPDATE ON businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_businesses();--> statement-breakpoint
CREATE TRIGGER dash_businesses_delete AFTER DELETE ON businesses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_businesses();
--> statement-breakpoint
CREATE TRIGGER dash_business_snapshots_insert AFTER INSERT ON business_snapshots
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_business_snapshots_update AFTER UPDATE ON business_snapshots
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_business_snapshots_delete AFTER DELETE ON business_snapshots
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_visits_insert AFTER INSERT ON visits
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_visits_update AFTER UPDATE ON visits
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_visits_delete AFTER DELETE ON visits
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_training_events_insert AFTER INSERT ON training_events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_events_update AFTER UPDATE ON training_events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_events_delete AFTER DELETE ON training_events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_registrations_insert AFTER INSERT ON training_registrations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_registrations_update AFTER UPDATE ON training_registrations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_registrations_delete AFTER DELETE ON training_registrations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_attendance_insert AFTER INSERT ON training_attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_attendance_update AFTER UPDATE ON training_attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_attendance_delete AFTER DELETE ON training_attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_certificates_insert AFTER INSERT ON training_certificates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_certificates_update AFTER UPDATE ON training_certificates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_certificates_delete AFTER DELETE ON training_certificates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_followups_insert AFTER INSERT ON training_followups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_followups_update AFTER UPDATE ON training_followups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
CREATE TRIGGER dash_training_followups_delete AFTER DELETE ON training_followups
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('event_id', 'event');--> statement-breakpoint
SELECT dash_rebuild();
