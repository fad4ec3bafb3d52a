CREATE TABLE "need_evidence" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"source" text NOT NULL,
	"ref" text DEFAULT '' NOT NULL,
	"visit_id" uuid,
	"observed_on" date NOT NULL,
	"note" text,
	"actor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_status_history" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"need_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"source" text NOT NULL,
	"actor_id" uuid,
	"support_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"district_code" text NOT NULL,
	"category" text NOT NULL,
	"priority" text NOT NULL,
	"description" text NOT NULL,
	"status" text DEFAULT 'identified' NOT NULL,
	"evidence_source" text NOT NULL,
	"evidence_ref" text,
	"identified_on" date NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "support_businesses" (
	"support_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	CONSTRAINT "support_businesses_support_id_business_id_pk" PRIMARY KEY("support_id","business_id")
);
--> statement-breakpoint
CREATE TABLE "support_interventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"date" date NOT NULL,
	"value_idr" bigint DEFAULT 0 NOT NULL,
	"delivered_by_kind" text NOT NULL,
	"delivered_by_name" text NOT NULL,
	"title" text,
	"note" text,
	"training_event_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "support_interventions_value_idr_check" CHECK ("support_interventions"."value_idr" >= 0)
);
--> statement-breakpoint
CREATE TABLE "support_needs" (
	"support_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	CONSTRAINT "support_needs_support_id_need_id_pk" PRIMARY KEY("support_id","need_id")
);
--> statement-breakpoint
ALTER TABLE "need_evidence" ADD CONSTRAINT "need_evidence_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_evidence" ADD CONSTRAINT "need_evidence_visit_id_visits_id_fk" FOREIGN KEY ("visit_id") REFERENCES "public"."visits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_evidence" ADD CONSTRAINT "need_evidence_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_status_history" ADD CONSTRAINT "need_status_history_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_status_history" ADD CONSTRAINT "need_status_history_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_businesses" ADD CONSTRAINT "support_businesses_support_id_support_interventions_id_fk" FOREIGN KEY ("support_id") REFERENCES "public"."support_interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_businesses" ADD CONSTRAINT "support_businesses_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_interventions" ADD CONSTRAINT "support_interventions_training_event_id_training_events_id_fk" FOREIGN KEY ("training_event_id") REFERENCES "public"."training_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_interventions" ADD CONSTRAINT "support_interventions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_needs" ADD CONSTRAINT "support_needs_support_id_support_interventions_id_fk" FOREIGN KEY ("support_id") REFERENCES "public"."support_interventions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "support_needs" ADD CONSTRAINT "support_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "need_evidence_key" ON "need_evidence" USING btree ("need_id","source","ref");--> statement-breakpoint
CREATE INDEX "need_evidence_visit_idx" ON "need_evidence" USING btree ("visit_id");--> statement-breakpoint
CREATE INDEX "need_status_history_need_idx" ON "need_status_history" USING btree ("need_id","id");--> statement-breakpoint
CREATE INDEX "need_status_history_to_at_idx" ON "need_status_history" USING btree ("to_status","at");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_open_business_category_key" ON "needs" USING btree ("business_id","category") WHERE "needs"."status" in ('identified', 'planned', 'in_progress');--> statement-breakpoint
CREATE INDEX "needs_business_idx" ON "needs" USING btree ("business_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "needs_district_status_idx" ON "needs" USING btree ("district_code","status","category");--> statement-breakpoint
CREATE INDEX "needs_status_category_idx" ON "needs" USING btree ("status","category","priority");--> statement-breakpoint
CREATE INDEX "needs_updated_idx" ON "needs" USING btree ("updated_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "support_businesses_business_idx" ON "support_businesses" USING btree ("business_id");--> statement-breakpoint
CREATE UNIQUE INDEX "support_interventions_training_event_key" ON "support_interventions" USING btree ("training_event_id") WHERE "support_interventions"."training_event_id" is not null;--> statement-breakpoint
CREATE INDEX "support_interventions_date_idx" ON "support_interventions" USING btree ("date" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "support_interventions_type_date_idx" ON "support_interventions" USING btree ("type","date");--> statement-breakpoint
CREATE INDEX "support_needs_need_idx" ON "support_needs" USING btree ("need_id");--> statement-breakpoint
-- A need carries its business's kecamatan (officer scope, the needs × kecamatan matrix without a
-- join). Set from the business on every insert; followed when the business moves.
CREATE OR REPLACE FUNCTION needs_district_from_business() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT b.district_code INTO NEW.district_code FROM businesses b WHERE b.id = NEW.business_id;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER needs_district_insert BEFORE INSERT ON needs
  FOR EACH ROW EXECUTE FUNCTION needs_district_from_business();--> statement-breakpoint
CREATE TRIGGER needs_district_update BEFORE UPDATE OF business_id ON needs
  FOR EACH ROW EXECUTE FUNCTION needs_district_from_business();--> statement-breakpoint
CREATE OR REPLACE FUNCTION businesses_move_needs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE needs SET district_code = NEW.district_code
  WHERE business_id = NEW.id AND district_code IS DISTINCT FROM NEW.district_code;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER businesses_move_needs AFTER UPDATE OF district_code ON businesses
  FOR EACH ROW WHEN (OLD.district_code IS DISTINCT FROM NEW.district_code)
  EXECUTE FUNCTION businesses_move_needs();
