// Types for the workerd suite: the worker's bindings on `env`, its module on `exports`.
declare namespace Cloudflare {
  interface Env {
    DB: D1Database;
    EVENTS: Queue<import("#apps/hub/worker").QueuedEvent>;
    LIAISON_ADMIN_TOKEN?: string;
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
  interface GlobalProps {
    mainModule: typeof import("#apps/hub/worker");
  }
}
