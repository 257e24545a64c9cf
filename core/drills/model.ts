/** The ports whose sends a drill captures. */
export const capturePorts = ["delivery", "internal_alert", "helpdesk", "crm"] as const;
export type CapturePort = (typeof capturePorts)[number];

/** One send a drill caused, kept instead of reaching a customer or vendor. */
export interface Capture {
  id: string;
  incidentId: string;
  port: CapturePort;
  /** email, sms, webhook, slack, teams (delivery and internal alerts), zendesk, hubspot, salesforce. */
  channel: string;
  /** What the port was asked to do: send, update_ticket, save_macro, create_alerts… */
  action: string;
  recipient: string;
  subject: string | null;
  /** The rendered message, or the change as JSON for help-desk and CRM writes. */
  content: string;
  capturedAt: Date;
}

/** Where captured sends are kept; the drizzle implementation lives in apps/hub/storage. */
export interface CaptureStore {
  add(captures: Capture[]): Promise<void>;
  /** Oldest first. */
  list(incidentId: string): Promise<Capture[]>;
}

/** What a capturing adapter needs to write one capture. */
export interface CaptureSink {
  store: CaptureStore;
  incidentId: string;
  now: () => Date;
  newId: () => string;
}

export type CaptureInput = Omit<Capture, "id" | "incidentId" | "capturedAt">;

export const capture = (sink: CaptureSink, items: CaptureInput[]) =>
  sink.store.add(items.map((c) => ({ ...c, id: sink.newId(), incidentId: sink.incidentId, capturedAt: sink.now() })));

/** Webhook URLs are secrets: a capture names the host they point at, never the whole address. */
export function recipientLabel(to: string): string {
  if (!/^https?:\/\//i.test(to)) return to;
  try {
    return new URL(to).host;
  } catch {
    return "url";
  }
}
