-- Needs, support and outcomes join the dashboard (see server/db/schema/dashboard.ts).
CREATE OR REPLACE FUNCTION dash_channels(a jsonb) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(a->'salesChannels') = 'array' THEN jsonb_array_length(a->'salesChannels') ELSE 0 END::bigint
$$;--> statement-breakpoint
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
         ORDER BY b.id, x.data_year, x.recorded_at DESC, x.id DESC) s
UNION ALL
SELECT b.id, 'need', b.district_code, b.subsector, date_trunc('month', n.identified_on)::date, n.category, n.status,
       count(*),
       count(*) FILTER (WHERE n.priority = 'high'),
       count(*) FILTER (WHERE n.priority = 'high' AND n.status = 'identified'
                          AND NOT EXISTS (SELECT 1 FROM support_needs sn WHERE sn.need_id = n.id)),
       0, 0, 0, 0
  FROM businesses b JOIN needs n ON n.business_id = b.id
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL
 GROUP BY b.id, b.district_code, b.subsector, date_trunc('month', n.identified_on), n.category, n.status
UNION ALL
SELECT b.id, 'need_closed', b.district_code, b.subsector,
       date_trunc('month', n.closed_at AT TIME ZONE 'Asia/Jakarta')::date, n.category, n.status,
       count(*), 0, 0, 0, 0, 0, 0
  FROM businesses b JOIN needs n ON n.business_id = b.id
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND n.closed_at IS NOT NULL
 GROUP BY b.id, b.district_code, b.subsector, date_trunc('month', n.closed_at AT TIME ZONE 'Asia/Jakarta'), n.category, n.status
UNION ALL
SELECT b.id, 'need_cohort', b.district_code, b.subsector, date_trunc('month', e.start_date)::date, n.category, e.id::text,
       count(*), 0, 0, 0, 0, 0, 0
  FROM businesses b
  JOIN needs n ON n.business_id = b.id AND n.status IN ('identified', 'planned', 'in_progress')
  JOIN training_registrations r ON r.business_id = b.id AND r.status = 'registered'
  JOIN training_events e ON e.id = r.event_id
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL
 GROUP BY b.id, b.district_code, b.subsector, e.id, e.start_date, n.category
UNION ALL
SELECT b.id, 'supported', b.district_code, b.subsector, date_trunc('month', min(si.date))::date, '', '',
       1, 0, 0, 0, 0, 0, 0
  FROM businesses b JOIN support_businesses sb ON sb.business_id = b.id
  JOIN support_interventions si ON si.id = sb.support_id
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL
 GROUP BY b.id, b.district_code, b.subsector
UNION ALL
SELECT b.id, 'outcome', b.district_code, b.subsector, DATE '2000-01-01',
       CASE WHEN s.first IS NULL THEN 'not_supported' ELSE 'supported' END, '',
       1, coalesce(dash_num(bv.answers->'turnoverLastMonth'), 0)::bigint,
       coalesce(dash_num(av.answers->'turnoverLastMonth'), 0)::bigint,
       coalesce(dash_num(bv.answers->'workers'), 0)::bigint, coalesce(dash_num(av.answers->'workers'), 0)::bigint,
       dash_channels(bv.answers), dash_channels(av.answers)
  FROM businesses b
 CROSS JOIN LATERAL (SELECT min(si.date) AS first FROM support_businesses sb
                       JOIN support_interventions si ON si.id = sb.support_id WHERE sb.business_id = b.id) s
  JOIN LATERAL (
        (SELECT v.id, v.answers FROM visits v
          WHERE v.business_id = b.id AND v.status <> 'returned' AND s.first IS NOT NULL AND v.visited_on < s.first
          ORDER BY v.visited_on DESC, v.id LIMIT 1)
        UNION ALL
        (SELECT v.id, v.answers FROM visits v
          WHERE v.business_id = b.id AND v.status <> 'returned' AND s.first IS NULL
          ORDER BY v.visited_on, v.id LIMIT 1)) bv ON true
  JOIN LATERAL (SELECT v.id, v.answers FROM visits v
                 WHERE v.business_id = b.id AND v.status <> 'returned' AND (s.first IS NULL OR v.visited_on >= s.first)
                 ORDER BY v.visited_on DESC, v.id LIMIT 1) av ON av.id <> bv.id
 WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL;--> statement-breakpoint
-- Support given, per intervention and kecamatan reached: businesses reached, the value shared
-- by the businesses' count, 1 on the intervention's first kecamatan (so it counts once), 1.
CREATE OR REPLACE VIEW dash_support_facts AS
SELECT x.src, 'support'::text AS kind, x.district_code, ''::text AS subsector, x.period, x.dim, ''::text AS dim2,
       x.n, x.value_share AS v1, x.first_district AS v2, 1::bigint AS v3, 0::bigint AS v4, 0::bigint AS v5, 0::bigint AS v6
  FROM (SELECT si.id AS src, b.district_code, date_trunc('month', si.date)::date AS period, si.type AS dim,
               count(*)::bigint AS n,
               round(si.value_idr::numeric * count(*) / sum(count(*)) OVER (PARTITION BY si.id))::bigint AS value_share,
               (row_number() OVER (PARTITION BY si.id ORDER BY b.district_code) = 1)::int::bigint AS first_district
          FROM support_interventions si
          JOIN support_businesses sb ON sb.support_id = si.id
          JOIN businesses b ON b.id = sb.business_id AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
         GROUP BY si.id, b.district_code, si.date, si.type, si.value_idr) x;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dash_refresh(source text, ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 OR coalesce(current_setting('bina.dash_deferred', true), '') = 'on' THEN
    RETURN;
  END IF;
  EXECUTE format($q$
    WITH gone AS (
      DELETE FROM dash_facts f WHERE f.src = ANY($1) AND %s RETURNING f.*
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
  $q$,
  CASE source WHEN 'event' THEN $k$f.kind = 'training'$k$
              WHEN 'support' THEN $k$f.kind = 'support'$k$
              ELSE $k$f.kind NOT IN ('training', 'support')$k$ END,
  CASE source WHEN 'event' THEN 'dash_event_facts' WHEN 'support' THEN 'dash_support_facts'
              ELSE 'dash_business_facts' END)
  USING ids;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION dash_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE dash_facts, dash_rollup;
  INSERT INTO dash_facts
  SELECT * FROM dash_business_facts UNION ALL SELECT * FROM dash_event_facts UNION ALL SELECT * FROM dash_support_facts;
  INSERT INTO dash_rollup (kind, district_code, subsector, period, dim, dim2, n, v1, v2, v3, v4, v5, v6)
  SELECT kind, district_code, subsector, period, dim, dim2,
         sum(n), sum(v1), sum(v2), sum(v3), sum(v4), sum(v5), sum(v6)
    FROM dash_facts GROUP BY kind, district_code, subsector, period, dim, dim2;
END
$$;--> statement-breakpoint
-- A business moving kecamatan also moves the support it received.
CREATE OR REPLACE FUNCTION dash_on_businesses() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE changed uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    changed := ARRAY(SELECT id FROM new_rows);
  ELSIF TG_OP = 'DELETE' THEN
    changed := ARRAY(SELECT id FROM old_rows);
  ELSE
    changed := ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.district_code, n.subsector, n.created_at, n.deleted_at, n.merged_into_id)
             IS DISTINCT FROM (o.district_code, o.subsector, o.created_at, o.deleted_at, o.merged_into_id));
  END IF;
  PERFORM dash_refresh('business', changed);
  IF cardinality(changed) > 0 THEN
    PERFORM dash_refresh('support', ARRAY(SELECT DISTINCT support_id FROM support_businesses WHERE business_id = ANY(changed)));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- Needs answered by support: the businesses owning them (the "nobody working on it" figure).
CREATE OR REPLACE FUNCTION dash_on_support_needs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM dash_refresh('business', ARRAY(SELECT DISTINCT n.business_id FROM needs n JOIN new_rows x ON x.need_id = n.id));
  ELSE
    PERFORM dash_refresh('business', ARRAY(SELECT DISTINCT n.business_id FROM needs n JOIN old_rows x ON x.need_id = n.id));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
-- An intervention's day decides before/after for the businesses it reached.
CREATE OR REPLACE FUNCTION dash_on_support_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM dash_refresh('support', ARRAY(SELECT id FROM new_rows));
  PERFORM dash_refresh('business', ARRAY(
    SELECT DISTINCT sb.business_id FROM support_businesses sb JOIN new_rows x ON x.id = sb.support_id));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER dash_support_interventions_update AFTER UPDATE ON support_interventions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_support_update();--> statement-breakpoint
CREATE TRIGGER dash_support_needs_insert AFTER INSERT ON support_needs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_support_needs();--> statement-breakpoint
CREATE TRIGGER dash_support_needs_delete AFTER DELETE ON support_needs
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_support_needs();--> statement-breakpoint
CREATE TRIGGER dash_needs_insert AFTER INSERT ON needs
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_needs_update AFTER UPDATE ON needs
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_needs_delete AFTER DELETE ON needs
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_support_businesses_b_insert AFTER INSERT ON support_businesses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_support_businesses_b_update AFTER UPDATE ON support_businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_support_businesses_b_delete AFTER DELETE ON support_businesses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_support_businesses_s_insert AFTER INSERT ON support_businesses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('support_id', 'support');--> statement-breakpoint
CREATE TRIGGER dash_support_businesses_s_update AFTER UPDATE ON support_businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('support_id', 'support');--> statement-breakpoint
CREATE TRIGGER dash_support_businesses_s_delete AFTER DELETE ON support_businesses
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('support_id', 'support');--> statement-breakpoint
CREATE TRIGGER dash_training_registrations_b_insert AFTER INSERT ON training_registrations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_training_registrations_b_update AFTER UPDATE ON training_registrations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
CREATE TRIGGER dash_training_registrations_b_delete AFTER DELETE ON training_registrations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dash_on_rows('business_id', 'business');--> statement-breakpoint
SELECT dash_rebuild();
