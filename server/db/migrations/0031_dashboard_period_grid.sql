CREATE TABLE "dash_period_facts" (
	"business_id" uuid NOT NULL,
	"figure" text NOT NULL,
	"subsector" text NOT NULL,
	"months" date[] NOT NULL,
	CONSTRAINT "dash_period_facts_business_id_figure_pk" PRIMARY KEY("business_id","figure")
);
--> statement-breakpoint
CREATE TABLE "dash_period_grid" (
	"figure" text NOT NULL,
	"subsector" text NOT NULL,
	"f" date NOT NULL,
	"l" date NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "dash_period_grid_figure_subsector_f_l_pk" PRIMARY KEY("figure","subsector","f","l")
);
--> statement-breakpoint
CREATE INDEX "training_attendance_registration_idx" ON "training_attendance" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "training_registrations_business_idx" ON "training_registrations" USING btree ("business_id");--> statement-breakpoint
-- The months in which each live business counts for a figure counted once per business over a
-- period (server/db/schema/dashboard.ts): visited (a visit not returned), and registered,
-- attended, certified (a valid certificate) or followed up (a follow-up fulfilled) in a training
-- event starting that month, as the drill-down reads them (queries/drill.ts).
CREATE OR REPLACE VIEW dash_period_source AS
SELECT x.business_id, x.figure, b.subsector, x.months
  FROM (
    SELECT v.business_id, 'visited'::text AS figure,
           array_agg(DISTINCT dash_month(v.visited_on) ORDER BY dash_month(v.visited_on)) AS months
      FROM visits v WHERE v.status <> 'returned'
     GROUP BY v.business_id
    UNION ALL
    SELECT t.business_id, s.figure, array_agg(DISTINCT t.m ORDER BY t.m)
      FROM (SELECT r.business_id, dash_month(e.start_date) AS m,
                   EXISTS (SELECT 1 FROM training_attendance a WHERE a.registration_id = r.id AND a.event_id = r.event_id) AS attended,
                   EXISTS (SELECT 1 FROM training_certificates c WHERE c.registration_id = r.id AND c.status = 'valid') AS certified,
                   EXISTS (SELECT 1 FROM training_followups f WHERE f.registration_id = r.id AND f.fulfilled_at IS NOT NULL) AS followed_up
              FROM training_registrations r JOIN training_events e ON e.id = r.event_id
             WHERE r.status = 'registered' AND r.business_id IS NOT NULL) t
     CROSS JOIN LATERAL (VALUES ('trained:registered', true), ('trained:attended', t.attended),
                                ('trained:certified', t.certified), ('trained:followed_up', t.followed_up)) s(figure, yes)
     WHERE s.yes
     GROUP BY t.business_id, s.figure
  ) x
  JOIN businesses b ON b.id = x.business_id
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL;--> statement-breakpoint
-- A business counts for (F, L) when one of its months is in [F, L]: per month ci, +1 at
-- (c(i-1) + 1 month, ci) (-infinity for the first) and -1 at (ci + 1 month, ci).
CREATE OR REPLACE FUNCTION dash_period_cells(months date[]) RETURNS TABLE (f date, l date, n integer)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT c.f, months[i], c.s
    FROM generate_subscripts(months, 1) i
   CROSS JOIN LATERAL (VALUES
          (CASE WHEN i > 1 THEN (months[i - 1] + interval '1 month')::date ELSE '-infinity'::date END, 1),
          ((months[i] + interval '1 month')::date, -1)) c(f, s)
$$;--> statement-breakpoint
-- Replaces the period rows of some businesses and adds the difference of their cells to the grid
-- (as dash_outcome_refresh: business rows locked in id order, one upsert in key order, cells
-- without a difference untouched).
CREATE OR REPLACE FUNCTION dash_period_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql
  SET plan_cache_mode = force_generic_plan AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 OR coalesce(current_setting('bina.dash_deferred', true), '') = 'on' THEN
    RETURN;
  END IF;
  PERFORM 1 FROM businesses b WHERE b.id = ANY(ids) ORDER BY b.id FOR NO KEY UPDATE;
  INSERT INTO dash_period_grid AS g (figure, subsector, f, l, n)
  SELECT x.figure, x.subsector, c.f, c.l, sum(x.s * c.n)
    FROM (SELECT -1 AS s, p.figure, p.subsector, p.months FROM dash_period_facts p WHERE p.business_id = ANY(ids)
          UNION ALL
          SELECT 1, v.figure, v.subsector, v.months FROM dash_period_source v WHERE v.business_id = ANY(ids)) x
   CROSS JOIN LATERAL dash_period_cells(x.months) c
   GROUP BY x.figure, x.subsector, c.f, c.l
  HAVING sum(x.s * c.n) <> 0
   ORDER BY x.figure, x.subsector, c.f, c.l
  ON CONFLICT (figure, subsector, f, l) DO UPDATE SET n = g.n + excluded.n;
  DELETE FROM dash_period_facts p WHERE p.business_id = ANY(ids);
  INSERT INTO dash_period_facts (business_id, figure, subsector, months)
  SELECT v.business_id, v.figure, v.subsector, v.months FROM dash_period_source v WHERE v.business_id = ANY(ids);
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dash_period_rebuild() RETURNS void LANGUAGE plpgsql
  SET work_mem = '256MB' AS $$
BEGIN
  TRUNCATE dash_period_facts, dash_period_grid;
  INSERT INTO dash_period_facts (business_id, figure, subsector, months)
  SELECT business_id, figure, subsector, months FROM dash_period_source;
  INSERT INTO dash_period_grid (figure, subsector, f, l, n)
  SELECT p.figure, p.subsector, c.f, c.l, sum(c.n)
    FROM dash_period_facts p CROSS JOIN LATERAL dash_period_cells(p.months) c
   GROUP BY p.figure, p.subsector, c.f, c.l
  HAVING sum(c.n) <> 0
   ORDER BY p.figure, p.subsector, c.f, c.l;
END
$$;--> statement-breakpoint
-- Rows of visits or training registrations changed (TG_ARGV[0] = their business column).
CREATE OR REPLACE FUNCTION dash_period_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[0]) INTO ids;
  ELSIF TG_OP = 'DELETE' THEN
    EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[0]) INTO ids;
  ELSE
    EXECUTE format('SELECT array_agg(x) FROM (SELECT %1$I AS x FROM new_rows UNION SELECT %1$I FROM old_rows) u', TG_ARGV[0]) INTO ids;
  END IF;
  PERFORM dash_period_refresh(array_remove(ids, NULL));
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Attendance, certificates or follow-ups changed: the businesses of their registrations.
CREATE OR REPLACE FUNCTION dash_period_on_registration_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE regs uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT registration_id) INTO regs FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT registration_id) INTO regs FROM old_rows;
  ELSE
    SELECT array_agg(x) INTO regs FROM (SELECT registration_id AS x FROM new_rows UNION SELECT registration_id FROM old_rows) u;
  END IF;
  PERFORM dash_period_refresh(ARRAY(
    SELECT DISTINCT r.business_id FROM training_registrations r WHERE r.id = ANY(regs) AND r.business_id IS NOT NULL));
  RETURN NULL;
END
$$;--> statement-breakpoint
-- An event moved in time: the businesses registered for it, their period rows and their facts
-- (their open needs as the cohort's, need_cohort, are dated by the event's month: until now an
-- event moved to another month left them under the old one).
CREATE OR REPLACE FUNCTION dash_period_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids uuid[];
BEGIN
  ids := ARRAY(
    SELECT DISTINCT r.business_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      JOIN training_registrations r ON r.event_id = n.id
     WHERE n.start_date IS DISTINCT FROM o.start_date AND r.business_id IS NOT NULL);
  PERFORM dash_period_refresh(ids);
  PERFORM dash_refresh('business', ids);
  RETURN NULL;
END
$$;--> statement-breakpoint
-- A business changing subsector, or in or out of the live set.
CREATE OR REPLACE FUNCTION dash_period_on_businesses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM dash_period_refresh(ARRAY(SELECT id FROM old_rows));
  ELSE
    PERFORM dash_period_refresh(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.subsector, n.deleted_at, n.merged_into_id) IS DISTINCT FROM (o.subsector, o.deleted_at, o.merged_into_id)));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER dash_period_visits_insert AFTER INSERT ON visits
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_period_visits_update AFTER UPDATE ON visits
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_period_visits_delete AFTER DELETE ON visits
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_period_registrations_insert AFTER INSERT ON training_registrations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_period_registrations_update AFTER UPDATE ON training_registrations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_period_registrations_delete AFTER DELETE ON training_registrations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_rows('business_id');--> statement-breakpoint
CREATE TRIGGER dash_period_attendance_insert AFTER INSERT ON training_attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_attendance_update AFTER UPDATE ON training_attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_attendance_delete AFTER DELETE ON training_attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_certificates_insert AFTER INSERT ON training_certificates
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_certificates_update AFTER UPDATE ON training_certificates
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_certificates_delete AFTER DELETE ON training_certificates
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_followups_insert AFTER INSERT ON training_followups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_followups_update AFTER UPDATE ON training_followups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_followups_delete AFTER DELETE ON training_followups
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_registration_rows();--> statement-breakpoint
CREATE TRIGGER dash_period_events_update AFTER UPDATE ON training_events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_events();--> statement-breakpoint
CREATE TRIGGER dash_period_businesses_update AFTER UPDATE ON businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_businesses();--> statement-breakpoint
CREATE TRIGGER dash_period_businesses_delete AFTER DELETE ON businesses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_period_on_businesses();--> statement-breakpoint
-- As 0029, and the period rows too.
CREATE OR REPLACE FUNCTION dash_rebuild() RETURNS void LANGUAGE plpgsql
  SET work_mem = '256MB' SET maintenance_work_mem = '256MB' AS $$
BEGIN
  TRUNCATE dash_facts, dash_rollup;
  DROP INDEX dash_facts_src_idx;
  INSERT INTO dash_facts
  SELECT * FROM dash_business_facts UNION ALL SELECT * FROM dash_event_facts UNION ALL SELECT * FROM dash_support_facts;
  CREATE INDEX dash_facts_src_idx ON dash_facts USING btree (src);
  INSERT INTO dash_rollup (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
  WITH fine AS MATERIALIZED (
    SELECT kind, district_code, subsector, period, dim, dim2,
           sum(n) AS n, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3, sum(v4) AS v4, sum(v5) AS v5, sum(v6) AS v6
      FROM dash_facts GROUP BY kind, district_code, subsector, period, dim, dim2
  )
  SELECT * FROM (
    SELECT * FROM fine
    UNION ALL
    SELECT c.kind, f.district_code, c.subsector, c.period, c.dim, c.dim2,
           sum(f.n), sum(f.v1), sum(f.v2), sum(f.v3), sum(f.v4), sum(f.v5), sum(f.v6)
      FROM fine f CROSS JOIN LATERAL dash_coarse(f.kind, f.subsector, f.period, f.dim, f.dim2) c
     GROUP BY c.kind, f.district_code, c.subsector, c.period, c.dim, c.dim2
    UNION ALL
    SELECT a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2,
           sum(f.n), sum(f.v1), sum(f.v2), sum(f.v3), sum(f.v4), sum(f.v5), sum(f.v6)
      FROM fine f CROSS JOIN LATERAL dash_coarse_area(f.kind, f.district_code, f.subsector, f.period, f.dim, f.dim2) a
     GROUP BY a.kind, a.district_code, a.subsector, a.period, a.dim, a.dim2
  ) x
  ORDER BY kind, district_code, subsector, period, dim, dim2;
  PERFORM dash_outcome_rebuild();
  PERFORM dash_period_rebuild();
END
$$;
--> statement-breakpoint
SELECT dash_period_rebuild();
