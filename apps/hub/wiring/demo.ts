import { isEmptyHub, loadDemo } from "../demo/seed";
import type { Services } from "../services";

/** `LIAISON_DEMO=1` fills an empty hub with the demo; an empty hub without it says how. */
export async function offerDemo(services: Services, env: Record<string, unknown>): Promise<string | null> {
  if (!(await isEmptyHub(services))) return null;
  if (env.LIAISON_DEMO !== "1")
    return "The database is empty. Start with LIAISON_DEMO=1 to load a demo page (components, history, an open P2).";
  await loadDemo(services);
  return "Loaded the demo: components, past incidents, an open P2, maintenance, CRM accounts and subscribers.";
}

/** Demo subscribers need delivery; a demo without delivery settings gets a throwaway signing secret. */
export const demoEnv = (env: Record<string, unknown>) =>
  env.LIAISON_DEMO === "1" && !env.LIAISON_DELIVERY_SECRET
    ? { ...env, LIAISON_DELIVERY_SECRET: crypto.randomUUID() + crypto.randomUUID() }
    : env;
