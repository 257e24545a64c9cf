import type { Clock } from "../../core/shared/clock";
import { newId, type IdGenerator } from "../../core/shared/ids";
import type { Store } from "../../core/ports/store";
import type { Database, RunBatch } from "./storage/database";
import { idempotencyStore, type IdempotencyStore } from "./storage/idempotency-store";
import { createStore } from "./storage/store";

export interface PageConfig {
  id: string;
  name: string;
  /** Public base URL of the status page, used in links, feeds and shortlinks. */
  url: string;
  timeZone: string;
}

/** Everything the app needs, wired by a runtime entry. */
export interface Services {
  store: Store;
  idempotency: IdempotencyStore;
  clock: Clock;
  newId: IdGenerator;
  page: PageConfig;
  /** SHA-256 of LIAISON_ADMIN_TOKEN, when one is configured. */
  adminTokenHash: string | null;
}

export interface ServiceOptions {
  db: Database;
  runBatch: RunBatch;
  clock: Clock;
  page: PageConfig;
  adminTokenHash: string | null;
}

export function createServices(o: ServiceOptions): Services {
  return {
    store: createStore(o.db, o.runBatch),
    idempotency: idempotencyStore(o.db),
    clock: o.clock,
    newId,
    page: o.page,
    adminTokenHash: o.adminTokenHash,
  };
}
