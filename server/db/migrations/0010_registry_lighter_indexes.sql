DROP INDEX "businesses_brand_trgm_idx";--> statement-breakpoint
DROP INDEX "businesses_search_trgm_idx";--> statement-breakpoint
ALTER TABLE "businesses" DROP COLUMN "search_text";