CREATE TABLE `drill_captures` (
	`id` text PRIMARY KEY NOT NULL,
	`incident_id` text NOT NULL,
	`port` text NOT NULL,
	`channel` text NOT NULL,
	`action` text NOT NULL,
	`recipient` text NOT NULL,
	`subject` text,
	`content` text NOT NULL,
	`captured_at` integer NOT NULL,
	FOREIGN KEY (`incident_id`) REFERENCES `incidents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `drill_captures_incident_idx` ON `drill_captures` (`incident_id`,`captured_at`);--> statement-breakpoint
ALTER TABLE `incidents` ADD `drill` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `incidents_drill_idx` ON `incidents` (`drill`);