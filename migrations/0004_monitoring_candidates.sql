CREATE TABLE `alert_candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`sources` text NOT NULL,
	`components` text NOT NULL,
	`regions` text NOT NULL,
	`group_keys` text NOT NULL,
	`suggested_severity` text NOT NULL,
	`reasons` text NOT NULL,
	`first_signal_at` integer NOT NULL,
	`last_signal_at` integer NOT NULL,
	`firing` integer NOT NULL,
	`total` integer NOT NULL,
	`incident_id` text,
	`decided_by` text,
	`decided_at` integer,
	`decline_reason` text,
	`all_resolved_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `alert_candidates_status_idx` ON `alert_candidates` (`status`,`last_signal_at`);--> statement-breakpoint
CREATE INDEX `alert_candidates_incident_idx` ON `alert_candidates` (`incident_id`);--> statement-breakpoint
CREATE TABLE `alert_deliveries` (
	`key` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`received_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `alert_deliveries_time_idx` ON `alert_deliveries` (`received_at`);--> statement-breakpoint
CREATE TABLE `alert_signals` (
	`key` text PRIMARY KEY NOT NULL,
	`source` text NOT NULL,
	`fingerprint` text NOT NULL,
	`candidate_id` text NOT NULL,
	`status` text NOT NULL,
	`title` text NOT NULL,
	`labels` text NOT NULL,
	`severity_hint` text,
	`impact` text NOT NULL,
	`components` text NOT NULL,
	`regions` text NOT NULL,
	`url` text,
	`group_key` text,
	`first_fired_at` integer NOT NULL,
	`last_change_at` integer NOT NULL,
	`resolved_at` integer,
	`flaps` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `alert_signals_candidate_idx` ON `alert_signals` (`candidate_id`);