CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`publication_id` text NOT NULL,
	`subscriber_id` text NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_key_uq` ON `deliveries` (`publication_id`,`subscriber_id`,`channel`);--> statement-breakpoint
CREATE INDEX `deliveries_due_idx` ON `deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `delivery_publications` (
	`id` text PRIMARY KEY NOT NULL,
	`payload` text NOT NULL,
	`cursor` text NOT NULL,
	`expanded_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `delivery_publications_pending_idx` ON `delivery_publications` (`expanded_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `subscribers` (
	`id` text PRIMARY KEY NOT NULL,
	`channel` text NOT NULL,
	`address` text NOT NULL,
	`locale` text NOT NULL,
	`regions` text NOT NULL,
	`tier` text,
	`scope` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_address_uq` ON `subscribers` (`channel`,`address`);