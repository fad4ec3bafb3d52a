ALTER TABLE "business_snapshots" ADD COLUMN "workers_total" integer;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "products" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "owner_phones" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "place_names" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "owners" ADD COLUMN "birth_date" date;--> statement-breakpoint
-- The workers figure is a total; the male/female split is optional. Existing rows: total = L + P.
UPDATE business_snapshots SET workers_total = coalesce(workers_male, 0) + coalesce(workers_female, 0)
WHERE workers_male IS NOT NULL OR workers_female IS NOT NULL;--> statement-breakpoint
-- array_to_string is only STABLE in general; over text[] it is immutable, which a generated column needs.
CREATE OR REPLACE FUNCTION search_join(words text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_to_string(words, ' '), '')
$$;--> statement-breakpoint
-- Kelurahan and kecamatan names on the row (regions are reference data), set before the row is
-- written so the generated search_vector sees them; one primary-key lookup per written row.
CREATE OR REPLACE FUNCTION businesses_place_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.place_names := coalesce((
    SELECT string_agg(r.name, ' ' ORDER BY r.level)
    FROM regions r WHERE r.code IN (NEW.village_code, NEW.district_code)), '');
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER businesses_place_names_insert BEFORE INSERT ON businesses
  FOR EACH ROW EXECUTE FUNCTION businesses_place_names();--> statement-breakpoint
CREATE TRIGGER businesses_place_names_update BEFORE UPDATE OF village_code, district_code ON businesses
  FOR EACH ROW EXECUTE FUNCTION businesses_place_names();--> statement-breakpoint
UPDATE businesses b SET place_names = coalesce((
  SELECT string_agg(r.name, ' ' ORDER BY r.level)
  FROM regions r WHERE r.code IN (b.village_code, b.district_code)), '');--> statement-breakpoint
-- The owner-names refresh (0006) also keeps the owners' phone digits ("6281234567890"), for search.
CREATE OR REPLACE FUNCTION business_owner_names_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  UPDATE businesses b
  SET owner_names = n.names, owner_phones = n.phones
  FROM (
    SELECT bo.business_id AS id, string_agg(o.name, ' ' ORDER BY o.name) AS names,
           coalesce(string_agg(regexp_replace(o.phone, '\D', '', 'g'), ' ' ORDER BY o.phone)
             FILTER (WHERE o.phone IS NOT NULL), '') AS phones
    FROM (SELECT DISTINCT x AS id FROM unnest(ids) x) u
    JOIN business_owners bo ON bo.business_id = u.id
    JOIN owners o ON o.id = bo.owner_id
    GROUP BY bo.business_id
  ) n
  WHERE b.id = n.id AND (b.owner_names, b.owner_phones) IS DISTINCT FROM (n.names, n.phones);
  UPDATE businesses b
  SET owner_names = '', owner_phones = ''
  FROM (SELECT DISTINCT x AS id FROM unnest(ids) x) u
  WHERE b.id = u.id AND (b.owner_names <> '' OR b.owner_phones <> '')
    AND NOT EXISTS (SELECT 1 FROM business_owners bo WHERE bo.business_id = u.id);
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION owners_refresh_business_names() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM business_owner_names_refresh(ARRAY(
    SELECT DISTINCT bo.business_id
    FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN business_owners bo ON bo.owner_id = n.id
    WHERE n.name IS DISTINCT FROM o.name OR n.phone IS DISTINCT FROM o.phone));
  RETURN NULL;
END
$$;--> statement-breakpoint
SELECT business_owner_names_refresh(ARRAY(SELECT DISTINCT business_id FROM business_owners));--> statement-breakpoint
-- The latest figures read the stored total (0008 summed the parts).
CREATE OR REPLACE FUNCTION business_latest_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH u AS (SELECT DISTINCT x AS id FROM unnest(ids) x),
  latest AS (
    SELECT DISTINCT ON (s.business_id) s.business_id AS id, s.data_year,
           coalesce(s.turnover_yearly_idr, s.turnover_monthly_idr * 12) AS turnover,
           coalesce(s.workers_total,
             CASE WHEN s.workers_male IS NULL AND s.workers_female IS NULL THEN NULL
                  ELSE coalesce(s.workers_male, 0) + coalesce(s.workers_female, 0) END) AS workers
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
ALTER TABLE "businesses" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, name || ' ' || coalesce(brand, '') || ' ' || coalesce(nib, '') || ' ' || owner_names || ' ' || replace(subsector, '_', ' ') || ' ' || search_join(products) || ' ' || place_names || ' ' || owner_phones)) STORED;--> statement-breakpoint
-- Dropping the column dropped its index; recreate it as the schema defines it.
CREATE INDEX "businesses_search_fts_idx" ON "businesses" USING gin ("search_vector") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
-- Typo correction learns the new words (place, subsector, product); digits (NIB, phones) never enter it.
INSERT INTO search_words (word)
SELECT DISTINCT w FROM businesses b, unnest(tsvector_to_array(b.search_vector)) w
WHERE length(w) >= 3 AND w !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
