import type { OpenAPIHono, z } from "@hono/zod-openapi";
import type { archiveRoutes } from "#apps/hub/routes/v1/archive";
import type { candidateRoutes } from "#apps/hub/routes/v1/candidates";
import type { componentRoutes } from "#apps/hub/routes/v1/components";
import type { crmRoutes } from "#apps/hub/routes/v1/crm";
import type { deliveryRoutes } from "#apps/hub/routes/v1/deliveries";
import type { draftApprovalRoutes } from "#apps/hub/routes/v1/draft-approvals";
import type { draftHistoryRoutes } from "#apps/hub/routes/v1/draft-history";
import type { draftPublishRoutes } from "#apps/hub/routes/v1/draft-publish";
import type { draftRoutes } from "#apps/hub/routes/v1/drafts";
import type { drillRoutes } from "#apps/hub/routes/v1/drills";
import type { guardrailRoutes } from "#apps/hub/routes/v1/guardrails";
import type { helpdeskRoutes } from "#apps/hub/routes/v1/helpdesk";
import type { incidentDeskRoutes } from "#apps/hub/routes/v1/helpdesk-incidents";
import type { incidentUpdateRoutes } from "#apps/hub/routes/v1/incident-updates";
import type { incidentRoutes } from "#apps/hub/routes/v1/incidents";
import type { kpiRoutes } from "#apps/hub/routes/v1/kpis";
import type { maintenanceRoutes } from "#apps/hub/routes/v1/maintenances";
import type { Problem as ProblemSchema } from "#apps/hub/routes/v1/openapi";
import type { outreachRoutes } from "#apps/hub/routes/v1/outreach";
import type { policyRoutes } from "#apps/hub/routes/v1/policy";
import type { subscriberRoutes } from "#apps/hub/routes/v1/subscribers";
import type { templateRoutes } from "#apps/hub/routes/v1/templates";
import type { timelineRoutes } from "#apps/hub/routes/v1/timeline";
import type { tokenRoutes } from "#apps/hub/routes/v1/tokens";
import type { StatuspageV2 } from "./statuspage-types";

/** An error body: application/problem+json as every route documents it. */
export type Problem = z.infer<typeof ProblemSchema>;

type V1Resource =
  | typeof archiveRoutes
  | typeof candidateRoutes
  | typeof componentRoutes
  | typeof crmRoutes
  | typeof drillRoutes
  | typeof draftRoutes
  | typeof guardrailRoutes
  | typeof helpdeskRoutes
  | typeof incidentRoutes
  | typeof kpiRoutes
  | typeof maintenanceRoutes
  | typeof policyRoutes
  | typeof subscriberRoutes
  | typeof templateRoutes
  | typeof tokenRoutes
  | typeof deliveryRoutes
  | typeof draftApprovalRoutes
  | typeof draftHistoryRoutes
  | typeof draftPublishRoutes
  | typeof incidentDeskRoutes
  | typeof incidentUpdateRoutes
  | typeof outreachRoutes
  | typeof timelineRoutes;

/** One documented operation: its path pattern (`/incidents/:id`), method (`$get`) and responses. */
type Operation<S> = {
  [K in keyof S & string]: {
    [M in keyof S[K] & string]: { path: `/api/v1${K}`; method: M; endpoint: S[K][M] };
  }[keyof S[K] & string];
}[keyof S & string];
type V1Operation = V1Resource extends infer R
  ? R extends OpenAPIHono<infer _E, infer S, infer _B>
    ? Operation<S>
    : never
  : never;

type Segments<S extends string> = S extends `${infer Head}/${infer Tail}` ? [Head, ...Segments<Tail>] : [S];
/** `:id` takes any one segment; a literal segment must be spelled out, not interpolated. */
type SegmentFits<Given extends string, Pattern extends string> = Pattern extends `:${string}`
  ? true
  : string extends Given
    ? false
    : Given extends Pattern
      ? true
      : false;
type Fits<Given extends string[], Pattern extends string[]> = Given extends [
  infer G extends string,
  ...infer GivenRest extends string[],
]
  ? Pattern extends [infer P extends string, ...infer PatternRest extends string[]]
    ? SegmentFits<G, P> extends true
      ? Fits<GivenRest, PatternRest>
      : false
    : false
  : Pattern extends []
    ? true
    : false;
type WithoutQuery<P extends string> = P extends `${infer Path}?${infer _Query}` ? Path : P;

/** A path with each parameter or interpolated segment written `:`, so a call finds its route by key. */
type Shape<P extends string> = P extends `${infer Head}/${infer Tail}` ? `${ShapeOf<Head>}/${Shape<Tail>}` : ShapeOf<P>;
type ShapeOf<S extends string> = S extends `:${string}` ? ":" : string extends S ? ":" : S;
type ByShape = { [O in V1Operation as `${O["method"]} ${Shape<O["path"]>}`]: O };

/** By key first (cheap, the usual case), else segment by segment (a literal id where the route has `:id`). */
type OperationAt<M extends string, P extends string> = `$${Lowercase<M>} ${Shape<WithoutQuery<P>>}` extends infer K
  ? K extends keyof ByShape
    ? ByShape[K]
    : Extract<V1Operation, { method: `$${Lowercase<M>}` }> extends infer O
      ? O extends { path: infer Pattern extends string }
        ? Fits<Segments<WithoutQuery<P>>, Segments<Pattern>> extends true
          ? O
          : never
        : never
      : never
  : never;
type SuccessBody<O> = O extends { endpoint: infer E }
  ? E extends { status: 200 | 201 | 202; output: infer Body }
    ? Body
    : never
  : never;

/**
 * The 2xx body of `M P` as the route schemas declare it: P may carry ids (`/api/v1/incidents/${id}`) and a query.
 * Statuspage v2 paths read their builders' types; anything else is `unknown`, so a test names what it expects.
 */
export type ResponseOf<M extends string, P extends string> =
  WithoutQuery<P> extends keyof StatuspageV2
    ? StatuspageV2[WithoutQuery<P>]
    : [OperationAt<M, P>] extends [never]
      ? unknown
      : SuccessBody<OperationAt<M, P>>;
