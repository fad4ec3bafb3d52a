-- The fixed-period 'outcome' kind (0022) is read by no figure since the outcomes come from
-- dash_outcome_facts (0026); every business refresh still computed it (four visit look-ups per
-- business). The view keeps its other kinds unchanged; the kind's stored rows go.
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
 GROUP BY b.id, b.district_code, b.subsector;--> statement-breakpoint
DELETE FROM dash_facts WHERE kind = 'outcome';--> statement-breakpoint
DELETE FROM dash_rollup WHERE kind = 'outcome';
