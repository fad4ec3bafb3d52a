CREATE TABLE "search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "businesses_live_turnover_idx" ON "businesses" USING btree ("latest_turnover_yearly_idr" DESC NULLS LAST,lower("name"),"id") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
-- Words (3+ letters, not plain numbers) of every business's searchable text, for typo correction.
-- New words are added as businesses are inserted or their text changes; stale words are harmless.
CREATE OR REPLACE FUNCTION search_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO search_words (word)
    SELECT DISTINCT w FROM new_rows n, unnest(tsvector_to_array(n.search_vector)) w
    WHERE length(w) >= 3 AND w !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO search_words (word)
    SELECT DISTINCT w
    FROM new_rows n JOIN old_rows o ON o.id = n.id, unnest(tsvector_to_array(n.search_vector)) w
    WHERE n.search_vector IS DISTINCT FROM o.search_vector AND length(w) >= 3 AND w !~ '^[0-9]+$'
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER businesses_search_words_insert AFTER INSERT ON businesses
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();--> statement-breakpoint
CREATE TRIGGER businesses_search_words_update AFTER UPDATE ON businesses
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION search_words_collect();--> statement-breakpoint
INSERT INTO search_words (word)
SELECT DISTINCT w FROM businesses b, unnest(tsvector_to_array(b.search_vector)) w
WHERE length(w) >= 3 AND w !~ '^[0-9]+$'
ON CONFLICT DO NOTHING;
