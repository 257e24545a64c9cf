import { describe, expect, it } from "vitest";
import { builtInPolicy } from "../policy/document";
import { kpiCsv } from "./csv";
import { incidentKpis } from "./incident";
import { periodKpis } from "./period";

const at = (hhmm: string) => new Date(`2026-11-20T${hhmm}:00Z`);
const incident = {
  id: "inc_1",
  title: '=HYPERLINK("x"), "quoted"',
  severity: "P2",
  phase: "resolved",
  category: "outage",
  components: [],
  regions: [],
  segments: [],
  parentId: null,
  detectedAt: at("10:00"),
  declaredAt: at("10:20"),
  identifiedAt: null,
  monitoringAt: null,
  resolvedAt: at("11:00"),
  impactStartAt: at("10:00"),
  impactEndAt: at("11:00"),
  etaAt: null,
  policyVersion: 1,
  createdAt: at("10:20"),
  updatedAt: at("11:00"),
  updates: [at("10:20"), at("11:00")].map((createdAt, i) => ({
    id: `upd_${i}`,
    incidentId: "inc_1",
    phase: i ? "resolved" : "investigating",
    body: "",
    componentChanges: [],
    authorId: null,
    createdAt,
    displayAt: createdAt,
  })),
} as unknown as Parameters<typeof incidentKpis>[0]["incident"];

describe("incident KPIs", () => {
  it("adds delivery outcomes and clicks across publications, with failures, bounces and dead letters as failed", () => {
    const k = incidentKpis({
      incident,
      policy: builtInPolicy.document,
      ticketTimes: [],
      publications: [
        { channels: { email: { sent: 90, bounced: 5, queued: 5 } }, clicks: { email: { recipients: 30, total: 41 } } },
        { channels: { email: { sent: 97, failed: 2, dead: 1 }, sms: { sent: 10 } }, clicks: {} },
      ],
      now: at("12:00"),
    });
    expect(k.delivery).toEqual({
      email: { sent: 187, failed: 8, pending: 5, successRate: 95.9 },
      sms: { sent: 10, failed: 0, pending: 0, successRate: 100 },
    });
    expect(k.clicks).toEqual({ email: { recipients: 30, total: 41 } });
    expect(k.firstUpdate).toEqual({ minutes: 20, deadlineMinutes: 30, onTime: true });
    expect(periodKpis(at("00:00"), at("23:00"), [k, k]).delivery.email).toEqual({
      sent: 374,
      failed: 16,
      pending: 10,
      successRate: 95.9,
    });
    const csv = kpiCsv([k]).split("\r\n")[1]!;
    expect(csv.startsWith(`inc_1,"'=HYPERLINK(""x""), ""quoted""",P2,`)).toBe(true);
  });
});
