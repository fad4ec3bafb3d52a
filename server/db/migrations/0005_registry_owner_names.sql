ALTER TABLE "businesses" ADD COLUMN "owner_names" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" drop column "search_text";--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "search_text" text GENERATED ALWAYS AS (lower(name || ' ' || coalesce(brand, '') || ' ' || coalesce(nib, '') || ' ' || owner_names)) STORED;--> statement-breakpoint
ALTER TABLE "businesses" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, name || ' ' || coalesce(brand, '') || ' ' || coalesce(nib, '') || ' ' || owner_names)) STORED;--> statement-breakpoint
-- Dropping the columns dropped their indexes; recreate them as 0004 defined them.
CREATE INDEX "businesses_search_trgm_idx" ON "businesses" USING gin ("search_text" gin_trgm_ops) WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_search_fts_idx" ON "businesses" USING gin ("search_vector") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
-- Owner names on the business row, so one GIN lookup answers "daun siti" (business + owner words).
-- Statement-level triggers keep them in step: one set-based UPDATE per statement, also for bulk imports.
CREATE OR REPLACE FUNCTION business_owner_names_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE businesses b
  SET owner_names = coalesce((
    SELECT string_agg(o.name, ' ' ORDER BY o.name)
    FROM business_owners bo JOIN owners o ON o.id = bo.owner_id
    WHERE bo.business_id = b.id), '')
  WHERE b.id = ANY(ids);
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION business_owners_refresh_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM business_owner_names_refresh(ARRAY(SELECT DISTINCT business_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM business_owner_names_refresh(ARRAY(SELECT DISTINCT business_id FROM old_rows));
  ELSE
    PERFORM business_owner_names_refresh(
      ARRAY(SELECT business_id FROM new_rows UNION SELECT business_id FROM old_rows));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER business_owners_names_insert AFTER INSERT ON business_owners
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION business_owners_refresh_names();--> statement-breakpoint
CREATE TRIGGER business_owners_names_update AFTER UPDATE ON business_owners
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION business_owners_refresh_names();--> statement-breakpoint
CREATE TRIGGER business_owners_names_delete AFTER DELETE ON business_owners
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION business_owners_refresh_names();--> statement-breakpoint
CREATE OR REPLACE FUNCTION owners_refresh_business_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM business_owner_names_refresh(ARRAY(
    SELECT DISTINCT bo.business_id
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN business_owners bo ON bo.owner_id = n.id
    WHERE n.name IS DISTINCT FROM o.name));
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER owners_business_names_update AFTER UPDATE ON owners
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION owners_refresh_business_names();--> statement-breakpoint
SELECT business_owner_names_refresh(ARRAY(SELECT DISTINCT business_id FROM business_owners));
