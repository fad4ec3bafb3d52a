CREATE TABLE "business_owners" (
	"business_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"is_primary" boolean DEFAULT true NOT NULL,
	CONSTRAINT "business_owners_business_id_owner_id_pk" PRIMARY KEY("business_id","owner_id")
);
--> statement-breakpoint
CREATE TABLE "business_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"data_year" integer NOT NULL,
	"workers_male" integer,
	"workers_female" integer,
	"investment_idr" bigint,
	"capacity" numeric,
	"capacity_unit" text,
	"output_quantity" numeric,
	"output_value_idr" bigint,
	"raw_materials" text,
	"turnover_monthly_idr" bigint,
	"turnover_yearly_idr" bigint,
	"source" text NOT NULL,
	"source_detail" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "businesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"brand" text,
	"legal_form" text,
	"nib" text,
	"npwp" text,
	"kbli" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"subsector" text DEFAULT 'lainnya' NOT NULL,
	"address" text,
	"village_code" text,
	"district_code" text NOT NULL,
	"regency_code" text NOT NULL,
	"lat" numeric(9, 6),
	"lng" numeric(9, 6),
	"year_founded" integer,
	"sentra" text,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"export_status" text DEFAULT 'belum' NOT NULL,
	"export_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"notes" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_detail" text,
	"merged_into_id" uuid,
	"deleted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"type" text NOT NULL,
	"label" text,
	"number" text,
	"issued_at" date,
	"expires_at" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" text NOT NULL,
	"file_hash" text NOT NULL,
	"dry_run" boolean DEFAULT false NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"duplicates" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rejects" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "owners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"nik_cipher" text,
	"nik_hash" text,
	"nik_masked" text,
	"gender" text,
	"birth_year" integer,
	"phone" text,
	"email" text,
	"education" text,
	"address" text,
	"user_id" uuid,
	"consent_at" timestamp with time zone,
	"consent_notice_version" text,
	"consent_recorded_by" uuid,
	"erased_at" timestamp with time zone,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"parent_code" text,
	"level" text NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "business_owners" ADD CONSTRAINT "business_owners_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_owners" ADD CONSTRAINT "business_owners_owner_id_owners_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."owners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "business_snapshots" ADD CONSTRAINT "business_snapshots_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_village_code_regions_code_fk" FOREIGN KEY ("village_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "businesses" ADD CONSTRAINT "businesses_district_code_regions_code_fk" FOREIGN KEY ("district_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owners" ADD CONSTRAINT "owners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "business_owners_owner_idx" ON "business_owners" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "business_snapshots_business_idx" ON "business_snapshots" USING btree ("business_id","data_year");--> statement-breakpoint
CREATE UNIQUE INDEX "businesses_nib_key" ON "businesses" USING btree ("nib") WHERE "businesses"."nib" is not null and "businesses"."deleted_at" is null and "businesses"."merged_into_id" is null;--> statement-breakpoint
CREATE INDEX "businesses_district_idx" ON "businesses" USING btree ("district_code");--> statement-breakpoint
CREATE INDEX "businesses_village_idx" ON "businesses" USING btree ("village_code");--> statement-breakpoint
CREATE INDEX "businesses_subsector_idx" ON "businesses" USING btree ("subsector");--> statement-breakpoint
CREATE INDEX "businesses_name_trgm_idx" ON "businesses" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "businesses_brand_trgm_idx" ON "businesses" USING gin ("brand" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "certifications_business_idx" ON "certifications" USING btree ("business_id");--> statement-breakpoint
CREATE INDEX "certifications_type_idx" ON "certifications" USING btree ("type");--> statement-breakpoint
CREATE UNIQUE INDEX "owners_nik_hash_key" ON "owners" USING btree ("nik_hash") WHERE "owners"."nik_hash" is not null;--> statement-breakpoint
CREATE INDEX "owners_user_idx" ON "owners" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "owners_name_trgm_idx" ON "owners" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "regions_level_idx" ON "regions" USING btree ("level");