DROP INDEX "training_certificates_registration_key";--> statement-breakpoint
CREATE UNIQUE INDEX "training_certificates_registration_valid_key" ON "training_certificates" USING btree ("registration_id") WHERE "training_certificates"."status" = 'valid';--> statement-breakpoint
CREATE INDEX "training_certificates_registration_idx" ON "training_certificates" USING btree ("registration_id");