CREATE TABLE "catalog_inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"business_id" uuid NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"quantity" integer NOT NULL,
	"target_price" double precision,
	"target_currency" text,
	"buyer_name" text NOT NULL,
	"buyer_email" text NOT NULL,
	"buyer_company" text,
	"country" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"sender_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_inquiry_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"author" text NOT NULL,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"mailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_makers" (
	"business_id" uuid PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"story" jsonb DEFAULT '{"id":"","en":""}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"small_webp" "bytea" NOT NULL,
	"large_webp" "bytea" NOT NULL,
	"large_jpeg" "bytea" NOT NULL,
	"large_avif" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"business_id" uuid NOT NULL,
	"slug" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"category" text NOT NULL,
	"technique" text NOT NULL,
	"materials" text[] DEFAULT '{}'::text[] NOT NULL,
	"species" text,
	"dimensions" jsonb,
	"weight_g" double precision,
	"finishes" text[] DEFAULT '{}'::text[] NOT NULL,
	"price_idr" bigint NOT NULL,
	"price_tiers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"moq" integer NOT NULL,
	"lead_time_days" integer NOT NULL,
	"monthly_capacity" integer,
	"hs_code" text,
	"certifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"compliance" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"batch_id" uuid,
	"readiness_score" integer DEFAULT 0 NOT NULL,
	"search_text" text DEFAULT '' NOT NULL,
	"review_note" text,
	"created_by" uuid,
	"submitted_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog_inquiries" ADD CONSTRAINT "catalog_inquiries_product_id_catalog_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."catalog_products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_inquiry_messages" ADD CONSTRAINT "catalog_inquiry_messages_inquiry_id_catalog_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."catalog_inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_inquiry_messages" ADD CONSTRAINT "catalog_inquiry_messages_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_makers" ADD CONSTRAINT "catalog_makers_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_photos" ADD CONSTRAINT "catalog_photos_product_id_catalog_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."catalog_products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_products" ADD CONSTRAINT "catalog_products_business_id_businesses_id_fk" FOREIGN KEY ("business_id") REFERENCES "public"."businesses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_products" ADD CONSTRAINT "catalog_products_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "catalog_inquiries_business_idx" ON "catalog_inquiries" USING btree ("business_id","created_at");--> statement-breakpoint
CREATE INDEX "catalog_inquiries_sender_idx" ON "catalog_inquiries" USING btree ("sender_key","created_at");--> statement-breakpoint
CREATE INDEX "catalog_inquiries_email_idx" ON "catalog_inquiries" USING btree ("buyer_email","created_at");--> statement-breakpoint
CREATE INDEX "catalog_inquiry_messages_inquiry_idx" ON "catalog_inquiry_messages" USING btree ("inquiry_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_makers_slug_key" ON "catalog_makers" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "catalog_photos_product_idx" ON "catalog_photos" USING btree ("product_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_products_slug_key" ON "catalog_products" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "catalog_products_business_idx" ON "catalog_products" USING btree ("business_id","updated_at");--> statement-breakpoint
CREATE INDEX "catalog_products_published_idx" ON "catalog_products" USING btree ("featured" DESC NULLS LAST,"published_at" DESC NULLS LAST,"id") WHERE "catalog_products"."status" = 'published';--> statement-breakpoint
CREATE INDEX "catalog_products_search_trgm_idx" ON "catalog_products" USING gin ("search_text" gin_trgm_ops);