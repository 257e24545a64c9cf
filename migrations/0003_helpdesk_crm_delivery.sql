CREATE TABLE `helpdesk_close_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`kind` text NOT NULL,
	`locale` text NOT NULL,
	`reason` text,
	`ticket_ids` text NOT NULL,
	`state` text NOT NULL,
	`job_id` text,
	`attempt` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `helpdesk_close_incident_idx` ON `helpdesk_close_batches` (`incident_id`,`state`);--> statement-breakpoint
CREATE TABLE `helpdesk_incidents` (
	`incident_id` text PRIMARY KEY NOT NULL,
	`rules` text,
	`problem_ticket_id` text,
	`macro_id` text,
	`macro_update_id` text,
	`macro_active` integer NOT NULL,
	`backfill` text NOT NULL,
	`close` text NOT NULL,
	`problem_solved_at` integer
);
--> statement-breakpoint
CREATE TABLE `helpdesk_lease` (
	`id` integer PRIMARY KEY NOT NULL,
	`holder` text NOT NULL,
	`until` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `helpdesk_links` (
	`ticket_id` text NOT NULL,
	`incident_id` text NOT NULL,
	`state` text NOT NULL,
	`mode` text NOT NULL,
	`score` real,
	`reasons` text NOT NULL,
	`linked_by` text NOT NULL,
	`linked_at` integer NOT NULL,
	`applied_at` integer,
	`apply_attempts` integer NOT NULL,
	`close_state` text,
	`close_reason` text,
	`closed_at` integer,
	PRIMARY KEY(`ticket_id`, `incident_id`)
);
--> statement-breakpoint
CREATE INDEX `helpdesk_links_incident_idx` ON `helpdesk_links` (`incident_id`,`state`);--> statement-breakpoint
CREATE INDEX `helpdesk_links_pending_idx` ON `helpdesk_links` (`state`,`applied_at`);--> statement-breakpoint
CREATE TABLE `helpdesk_surges` (
	`id` text PRIMARY KEY NOT NULL,
	`series_key` text NOT NULL,
	`started_at` integer NOT NULL,
	`observed` integer NOT NULL,
	`expected` real NOT NULL,
	`explained_by` text NOT NULL,
	`ended_at` integer
);
--> statement-breakpoint
CREATE INDEX `helpdesk_surges_open_idx` ON `helpdesk_surges` (`ended_at`);--> statement-breakpoint
CREATE TABLE `helpdesk_ticket_series` (
	`ticket_id` text NOT NULL,
	`series_key` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`ticket_id`, `series_key`)
);
--> statement-breakpoint
CREATE INDEX `helpdesk_series_time_idx` ON `helpdesk_ticket_series` (`created_at`,`series_key`);--> statement-breakpoint
CREATE TABLE `helpdesk_tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`subject` text NOT NULL,
	`description` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`organization_id` text,
	`organization_name` text,
	`form_id` text,
	`region` text,
	`tier` text,
	`locale` text,
	`custom_fields` text NOT NULL,
	`customer_replied_at` integer,
	`agent_engaged_at` integer
);
--> statement-breakpoint
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
CREATE INDEX `crm_accounts_external_idx` ON `crm_accounts` (`external_id`);--> statement-breakpoint
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
CREATE INDEX `crm_sync_runs_started_idx` ON `crm_sync_runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`publication_id` text NOT NULL,
	`subscriber_id` text NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error` text,
	`clicks` integer DEFAULT 0 NOT NULL,
	`first_click_at` integer,
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
	`last_sent_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_address_uq` ON `subscribers` (`channel`,`address`);