CREATE TABLE "ef_batch_finishing" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"performed_on" date NOT NULL,
	"cost_idr" double precision,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ef_batch_pieces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"label" text,
	"object_type" text NOT NULL,
	"species" text,
	"area_source" text NOT NULL,
	"area_input" jsonb NOT NULL,
	"area_cm2" double precision NOT NULL,
	"target_thickness_um" double precision NOT NULL,
	"measured_mass_g" double precision,
	"qc_outcome" text,
	"qc_defects" text[] DEFAULT '{}'::text[] NOT NULL,
	"qc_note" text,
	"qc_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ef_batch_readings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"current_a" double precision NOT NULL,
	"volts" double precision,
	"temperature_c" double precision,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ef_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"bath_id" uuid NOT NULL,
	"name" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"plan_input" jsonb NOT NULL,
	"plan" jsonb NOT NULL,
	"planned_hours" double precision NOT NULL,
	"total_area_cm2" double precision NOT NULL,
	"planned_start_at" timestamp with time zone,
	"actual_start_at" timestamp with time zone,
	"actual_stop_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"measured_mass_g" double precision,
	"calibration" jsonb,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ef_bath_maintenance" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bath_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"performed_on" date NOT NULL,
	"analysis" jsonb,
	"additions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ef_baths" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"business_id" uuid,
	"name" text NOT NULL,
	"volume_l" double precision NOT NULL,
	"copper_sulfate_g_l" double precision NOT NULL,
	"sulfuric_acid_g_l" double precision NOT NULL,
	"chloride_ppm" double precision NOT NULL,
	"temperature_c" double precision,
	"composition_measured_on" date NOT NULL,
	"anode_type" text NOT NULL,
	"operating_window_preset" text NOT NULL,
	"operating_window" jsonb NOT NULL,
	"efficiency" double precision NOT NULL,
	"efficiency_source" text NOT NULL,
	"status" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ef_price_sheets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"batch_id" uuid,
	"name" text NOT NULL,
	"product_ref" text,
	"source" text NOT NULL,
	"input" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"rates" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ef_batch_finishing" ADD CONSTRAINT "ef_batch_finishing_batch_id_ef_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ef_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_batch_pieces" ADD CONSTRAINT "ef_batch_pieces_batch_id_ef_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ef_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_batch_readings" ADD CONSTRAINT "ef_batch_readings_batch_id_ef_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ef_batches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_batches" ADD CONSTRAINT "ef_batches_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_batches" ADD CONSTRAINT "ef_batches_bath_id_ef_baths_id_fk" FOREIGN KEY ("bath_id") REFERENCES "public"."ef_baths"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_bath_maintenance" ADD CONSTRAINT "ef_bath_maintenance_bath_id_ef_baths_id_fk" FOREIGN KEY ("bath_id") REFERENCES "public"."ef_baths"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_bath_maintenance" ADD CONSTRAINT "ef_bath_maintenance_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_baths" ADD CONSTRAINT "ef_baths_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_price_sheets" ADD CONSTRAINT "ef_price_sheets_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ef_price_sheets" ADD CONSTRAINT "ef_price_sheets_batch_id_ef_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."ef_batches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ef_batch_finishing_batch_idx" ON "ef_batch_finishing" USING btree ("batch_id");--> statement-breakpoint
CREATE INDEX "ef_batch_pieces_batch_idx" ON "ef_batch_pieces" USING btree ("batch_id","position");--> statement-breakpoint
CREATE INDEX "ef_batch_readings_batch_idx" ON "ef_batch_readings" USING btree ("batch_id","at");--> statement-breakpoint
CREATE INDEX "ef_batches_owner_idx" ON "ef_batches" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "ef_batches_bath_idx" ON "ef_batches" USING btree ("bath_id");--> statement-breakpoint
CREATE INDEX "ef_bath_maintenance_bath_idx" ON "ef_bath_maintenance" USING btree ("bath_id","performed_on");--> statement-breakpoint
CREATE INDEX "ef_baths_owner_idx" ON "ef_baths" USING btree ("owner_user_id");--> statement-breakpoint
CREATE INDEX "ef_price_sheets_owner_idx" ON "ef_price_sheets" USING btree ("owner_user_id","created_at");