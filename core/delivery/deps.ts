import type { ChannelSender, DeliveryStore } from "../ports/delivery";
import type { Clock } from "../shared/clock";
import type { RateLimiter } from "../shared/token-bucket";
import type { SubscriberChannel } from "./model";
import type { RetryPolicy } from "./retry";

export interface DeliveryDeps {
  store: DeliveryStore;
  senders: Partial<Record<SubscriberChannel, ChannelSender>>;
  clock: Clock;
  /** HMAC secret for unsubscribe links. */
  secret: string;
  /** Public base URL of the hub, for unsubscribe links. */
  baseUrl: string;
  leaseMs: number;
  retry?: RetryPolicy;
  /** Parallel provider calls per page; the per-channel rate limit. */
  concurrency?: number;
  /** Affected component and group ids of an incident, read when its publication is expanded. */
  affectedScope?: (incidentId: string) => Promise<Set<string>>;
  /** Per-channel provider calls per second; one limiter per worker process or isolate. */
  limiter?: RateLimiter;
  /** Fatigue control: the least time between two messages to one subscriber. */
  minIntervalMs?: number;
  /** Provider calls one run may make (a Worker invocation's subrequest limit); unlimited when unset. */
  maxCallsPerRun?: number;
}
