ALTER TABLE "business_snapshots" ADD COLUMN "capacity_period" text;--> statement-breakpoint
ALTER TABLE "business_snapshots" ADD COLUMN "estimated_fields" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "columns" jsonb DEFAULT '[]'::jsonb NOT NULL;