ALTER TABLE "businesses" ADD COLUMN "latest_data_year" integer;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "latest_turnover_yearly_idr" bigint;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "latest_workers" integer;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(brand, '') || ' ' || coalesce(nib, ''))) STORED;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, name || ' ' || coalesce(brand, ''))) STORED;--> statement-breakpoint
CREATE INDEX "business_snapshots_year_idx" ON "business_snapshots" USING btree ("data_year","business_id");--> statement-breakpoint
CREATE INDEX "businesses_search_trgm_idx" ON "businesses" USING gin ("search_text" gin_trgm_ops) WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_search_fts_idx" ON "businesses" USING gin ("search_vector") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_live_name_idx" ON "businesses" USING btree (lower("name"),"id") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_live_district_name_idx" ON "businesses" USING btree ("district_code",lower("name"),"id") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_live_updated_idx" ON "businesses" USING btree ("updated_at" DESC NULLS LAST,"id") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_merged_into_idx" ON "businesses" USING btree ("merged_into_id");--> statement-breakpoint
-- The latest snapshot's figures on the business row, kept in step with business_snapshots by
-- statement-level triggers so bulk imports and merges pay one set-based UPDATE per statement.
CREATE OR REPLACE FUNCTION business_latest_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE businesses b
  SET latest_data_year = l.data_year,
      latest_turnover_yearly_idr = l.turnover,
      latest_workers = l.workers
  FROM unnest(ids) AS u(id)
  LEFT JOIN LATERAL (
    SELECT s.data_year,
           coalesce(s.turnover_yearly_idr, s.turnover_monthly_idr * 12) AS turnover,
           CASE WHEN s.workers_male IS NULL AND s.workers_female IS NULL THEN NULL
                ELSE coalesce(s.workers_male, 0) + coalesce(s.workers_female, 0) END AS workers
    FROM business_snapshots s
    WHERE s.business_id = u.id
    ORDER BY s.data_year DESC, s.recorded_at DESC, s.id DESC
    LIMIT 1
  ) l ON true
  WHERE b.id = u.id;
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION business_snapshots_refresh_latest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM business_latest_refresh(ARRAY(SELECT DISTINCT business_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM business_latest_refresh(ARRAY(SELECT DISTINCT business_id FROM old_rows));
  ELSE
    PERFORM business_latest_refresh(
      ARRAY(SELECT business_id FROM new_rows UNION SELECT business_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER business_snapshots_latest_insert AFTER INSERT ON business_snapshots
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION business_snapshots_refresh_latest();--> statement-breakpoint
CREATE TRIGGER business_snapshots_latest_update AFTER UPDATE ON business_snapshots
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION business_snapshots_refresh_latest();--> statement-breakpoint
CREATE TRIGGER business_snapshots_latest_delete AFTER DELETE ON business_snapshots
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION business_snapshots_refresh_latest();
