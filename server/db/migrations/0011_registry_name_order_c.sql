DROP INDEX "businesses_live_name_idx";--> statement-breakpoint
DROP INDEX "businesses_live_district_name_idx";--> statement-breakpoint
DROP INDEX "businesses_live_turnover_idx";--> statement-breakpoint
CREATE INDEX "businesses_live_name_idx" ON "businesses" USING btree (lower("name") COLLATE "C","id") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_live_district_name_idx" ON "businesses" USING btree ("district_code",lower("name") COLLATE "C","id") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_live_turnover_idx" ON "businesses" USING btree ("latest_turnover_yearly_idr" DESC NULLS LAST,lower("name") COLLATE "C","id") WHERE "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;