import type { Incident } from "../incidents/model";

export interface BannerNotice {
  id: string;
  title: string;
  severity: string;
  phase: string;
  text: string;
  url: string;
  updatedAt: string;
}

/**
 * The in-app banner's notices: open incidents with a public update, newest first, limited to an
 * audience's region and tier when the incident names regions or segments.
 */
export function bannerNotices(
  incidents: Incident[],
  audience: { region?: string; tier?: string },
  pageUrl: string,
): BannerNotice[] {
  return incidents
    .filter((i) => i.updates.length > 0)
    .filter((i) => !audience.region || !i.regions.length || i.regions.includes(audience.region))
    .filter((i) => !audience.tier || !i.segments.length || i.segments.includes(audience.tier))
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .map((i) => ({
      id: i.id,
      title: i.title,
      severity: i.severity,
      phase: i.phase,
      text: i.updates[0]!.body,
      url: `${pageUrl}/incidents/${i.id}`,
      updatedAt: i.updatedAt.toISOString(),
    }));
}
