CREATE TABLE `crm_accounts` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`external_id` text NOT NULL,
	`name` text NOT NULL,
	`tier` text NOT NULL,
	`arr` real NOT NULL,
	`regions` text NOT NULL,
	`products` text NOT NULL,
	`segments` text NOT NULL,
	`owner` text,
	`contacts` text NOT NULL,
	`modified_at` integer NOT NULL,
	`synced_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `crm_accounts_source_idx` ON `crm_accounts` (`source`);--> statement-breakpoint
CREATE TABLE `crm_alerts` (
	`key` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`account_id` text NOT NULL,
	`source` text NOT NULL,
	`ref` text,
	`phase` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `crm_alerts_incident_idx` ON `crm_alerts` (`incident_id`);--> statement-breakpoint
CREATE TABLE `crm_outreach` (
	`incident_id` text NOT NULL,
	`account_id` text NOT NULL,
	`account_name` text NOT NULL,
	`source` text NOT NULL,
	`tier` text NOT NULL,
	`arr` real NOT NULL,
	`csm` text,
	`contact` text,
	`position` integer NOT NULL,
	`in_scope` integer NOT NULL,
	`state` text NOT NULL,
	`state_by` text,
	`state_at` integer,
	`note` text,
	PRIMARY KEY(`incident_id`, `account_id`)
);
--> statement-breakpoint
CREATE TABLE `crm_sync_runs` (
	`id` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`accounts_seen` integer NOT NULL,
	`api_calls` integer NOT NULL,
	`daily` text,
	`error` text
);
--> statement-breakpoint
CREATE INDEX `crm_sync_runs_started_idx` ON `crm_sync_runs` (`started_at`);