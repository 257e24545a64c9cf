CREATE TABLE `approvals` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`draft_version` integer NOT NULL,
	`role` text NOT NULL,
	`decision` text NOT NULL,
	`comment` text,
	`by_id` text,
	`by_name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `approvals_draft_idx` ON `approvals` (`draft_id`);--> statement-breakpoint
CREATE TABLE `archive` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`at` integer NOT NULL,
	`incident_id` text,
	`kind` text NOT NULL,
	`channel` text NOT NULL,
	`locale` text NOT NULL,
	`audience` text NOT NULL,
	`text` text NOT NULL,
	`approvals` text NOT NULL,
	`policy_version` integer NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `archive_id_unique` ON `archive` (`id`);--> statement-breakpoint
CREATE INDEX `archive_at_idx` ON `archive` (`at`);--> statement-breakpoint
CREATE TABLE `draft_versions` (
	`draft_id` text NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`draft_id`, `version`)
);
--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`content` text NOT NULL,
	`published_update_id` text,
	`author_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `drafts_status_idx` ON `drafts` (`status`);--> statement-breakpoint
CREATE INDEX `drafts_incident_idx` ON `drafts` (`incident_id`);--> statement-breakpoint
CREATE TABLE `policies` (
	`version` integer PRIMARY KEY NOT NULL,
	`document` text NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`kind` text NOT NULL,
	`due_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	`held` integer NOT NULL,
	`message` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reminders_once_idx` ON `reminders` (`incident_id`,`kind`,`due_at`);--> statement-breakpoint
CREATE TABLE `templates` (
	`kind` text NOT NULL,
	`locale` text NOT NULL,
	`version` integer NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`short` text NOT NULL,
	`author_id` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`kind`, `locale`, `version`)
);
--> statement-breakpoint
ALTER TABLE `api_tokens` ADD `approves` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `incidents` ADD `eta_at` integer;--> statement-breakpoint
ALTER TABLE `incidents` ADD `policy_version` integer DEFAULT 0 NOT NULL;