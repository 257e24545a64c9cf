import { buildSidebar, launchChromium, openTicket } from "#test/sidebar/browser";
import { startLiveHub } from "#test/sidebar/live-hub";
import { startStandInHub } from "#test/sidebar/stand-in-hub";

/**
 * How long the Zendesk sidebar takes, in headless Chromium, from opening the ticket to showing the
 * linked P1: against the real hub (SQLite, a matched ticket) and against a stand-in that answers
 * the same shape from memory, in alternating rounds. Goal: under a second against a local hub.
 * Prints both medians, the hub's own answer time, and their ratios.
 */
const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await launchChromium();
const assetsDir = await buildSidebar();
const live = await startLiveHub();
const standIn = await startStandInHub();

async function timeSidebar(hub: { baseUrl: string; agentToken: string; ticketId: string; incidentId: string }) {
  const started = performance.now();
  const zendesk = await openTicket(browser, {
    assetsDir,
    hubUrl: hub.baseUrl,
    apiToken: hub.agentToken,
    ticketId: hub.ticketId,
  });
  await zendesk.app().locator(`[data-incident="${hub.incidentId}"]`).waitFor();
  const took = performance.now() - started;
  await zendesk.page.close();
  return took;
}

async function timeContext() {
  const started = performance.now();
  const res = await fetch(`${live.baseUrl}/api/v1/helpdesk/tickets/${live.ticketId}/context?locale=fr`, {
    headers: { authorization: `Bearer ${live.agentToken}` },
  });
  await res.json();
  return performance.now() - started;
}

try {
  await timeSidebar(live); // warm-up: the first page also starts Chromium's renderer
  await timeSidebar(standIn);
  const real: number[] = [];
  const baseline: number[] = [];
  const api: number[] = [];
  for (let i = 0; i < rounds; i++) {
    real.push(await timeSidebar(live));
    baseline.push(await timeSidebar(standIn));
    api.push(await timeContext());
  }
  const [r, b, a] = [median(real), median(baseline), median(api)];
  console.log(`sidebar ready, real hub:      ${r.toFixed(0)} ms (median of ${rounds}; goal < 1000 ms)`);
  console.log(`sidebar ready, stand-in hub:  ${b.toFixed(0)} ms`);
  console.log(`context API answer, real hub: ${a.toFixed(1)} ms`);
  console.log(
    `ratio real / stand-in: ${(r / b).toFixed(2)}; API share of the real load: ${((a / r) * 100).toFixed(1)}%`,
  );
} finally {
  await browser.close();
  await live.close();
  await standIn.close();
}
