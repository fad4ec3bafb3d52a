-- The refresh functions of 0004/0005 ran a correlated subquery per business, which the planner
-- answered with a full join each time: quadratic on a bulk import. These are set-based: one
-- aggregate over the touched ids, one UPDATE joined to it, one reset for rows left empty.
CREATE OR REPLACE FUNCTION business_owner_names_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE businesses b
  SET owner_names = n.names
  FROM (
    SELECT bo.business_id AS id, string_agg(o.name, ' ' ORDER BY o.name) AS names
    FROM (SELECT DISTINCT x AS id FROM unnest(ids) x) u
    JOIN business_owners bo ON bo.business_id = u.id
    JOIN owners o ON o.id = bo.owner_id
    GROUP BY bo.business_id
  ) n
  WHERE b.id = n.id AND b.owner_names IS DISTINCT FROM n.names;
  UPDATE businesses b
  SET owner_names = ''
  FROM (SELECT DISTINCT x AS id FROM unnest(ids) x) u
  WHERE b.id = u.id AND b.owner_names <> ''
    AND NOT EXISTS (SELECT 1 FROM business_owners bo WHERE bo.business_id = u.id);
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION business_latest_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE businesses b
  SET latest_data_year = l.data_year,
      latest_turnover_yearly_idr = l.turnover,
      latest_workers = l.workers
  FROM (
    SELECT DISTINCT ON (s.business_id) s.business_id AS id, s.data_year,
           coalesce(s.turnover_yearly_idr, s.turnover_monthly_idr * 12) AS turnover,
           CASE WHEN s.workers_male IS NULL AND s.workers_female IS NULL THEN NULL
                ELSE coalesce(s.workers_male, 0) + coalesce(s.workers_female, 0) END AS workers
    FROM (SELECT DISTINCT x AS id FROM unnest(ids) x) u
    JOIN business_snapshots s ON s.business_id = u.id
    ORDER BY s.business_id, s.data_year DESC, s.recorded_at DESC, s.id DESC
  ) l
  WHERE b.id = l.id;
  UPDATE businesses b
  SET latest_data_year = NULL, latest_turnover_yearly_idr = NULL, latest_workers = NULL
  FROM (SELECT DISTINCT x AS id FROM unnest(ids) x) u
  WHERE b.id = u.id AND b.latest_data_year IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM business_snapshots s WHERE s.business_id = u.id);
$$;
