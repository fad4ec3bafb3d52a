ALTER TABLE "businesses" ADD COLUMN "data_years" integer[] DEFAULT '{}'::integer[] NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "certification_types" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE INDEX "businesses_data_years_idx" ON "businesses" USING gin ("data_years") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_certification_types_idx" ON "businesses" USING gin ("certification_types") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
-- The snapshot refresh now also keeps the list of data years (one UPDATE per statement, as before).
CREATE OR REPLACE FUNCTION business_latest_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH u AS (SELECT DISTINCT x AS id FROM unnest(ids) x),
  latest AS (
    SELECT DISTINCT ON (s.business_id) s.business_id AS id, s.data_year,
           coalesce(s.turnover_yearly_idr, s.turnover_monthly_idr * 12) AS turnover,
           CASE WHEN s.workers_male IS NULL AND s.workers_female IS NULL THEN NULL
                ELSE coalesce(s.workers_male, 0) + coalesce(s.workers_female, 0) END AS workers
    FROM u JOIN business_snapshots s ON s.business_id = u.id
    ORDER BY s.business_id, s.data_year DESC, s.recorded_at DESC, s.id DESC),
  years AS (
    SELECT s.business_id AS id, array_agg(DISTINCT s.data_year ORDER BY s.data_year) AS years
    FROM u JOIN business_snapshots s ON s.business_id = u.id
    GROUP BY s.business_id)
  UPDATE businesses b
  SET latest_data_year = l.data_year,
      latest_turnover_yearly_idr = l.turnover,
      latest_workers = l.workers,
      data_years = coalesce(y.years, '{}')
  FROM u LEFT JOIN latest l ON l.id = u.id LEFT JOIN years y ON y.id = u.id
  WHERE b.id = u.id
    AND (b.latest_data_year, b.latest_turnover_yearly_idr, b.latest_workers, b.data_years)
      IS DISTINCT FROM (l.data_year, l.turnover, l.workers, coalesce(y.years, '{}'));
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION business_certification_types_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH u AS (SELECT DISTINCT x AS id FROM unnest(ids) x),
  types AS (
    SELECT c.business_id AS id, array_agg(DISTINCT c.type ORDER BY c.type) AS types
    FROM u JOIN certifications c ON c.business_id = u.id
    GROUP BY c.business_id)
  UPDATE businesses b
  SET certification_types = coalesce(t.types, '{}')
  FROM u LEFT JOIN types t ON t.id = u.id
  WHERE b.id = u.id AND b.certification_types IS DISTINCT FROM coalesce(t.types, '{}');
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION certifications_refresh_types() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM business_certification_types_refresh(ARRAY(SELECT DISTINCT business_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM business_certification_types_refresh(ARRAY(SELECT DISTINCT business_id FROM old_rows));
  ELSE
    PERFORM business_certification_types_refresh(
      ARRAY(SELECT business_id FROM new_rows UNION SELECT business_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER certifications_types_insert AFTER INSERT ON certifications
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION certifications_refresh_types();--> statement-breakpoint
CREATE TRIGGER certifications_types_update AFTER UPDATE ON certifications
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION certifications_refresh_types();--> statement-breakpoint
CREATE TRIGGER certifications_types_delete AFTER DELETE ON certifications
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION certifications_refresh_types();--> statement-breakpoint
SELECT business_latest_refresh(ARRAY(SELECT DISTINCT business_id FROM business_snapshots));--> statement-breakpoint
SELECT business_certification_types_refresh(ARRAY(SELECT DISTINCT business_id FROM certifications));
