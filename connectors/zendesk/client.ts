import { createClient } from "node-zendesk";
import { ZendeskTicket } from "./api-types";

export interface ZendeskConfig {
  subdomain: string;
  /** Agent e-mail for API-token auth; omit with an OAuth token. */
  email?: string;
  token: string;
  oauth?: boolean;
  /** Overrides https://{subdomain}.zendesk.com/api/v2, e.g. for tests. */
  baseUrl?: string;
}

/** node-zendesk behind a factory; every response is parsed with zod before anything else sees it. */
export function createZendeskClient(config: ZendeskConfig) {
  const client = createClient({
    subdomain: config.subdomain,
    token: config.token,
    ...(config.email ? { username: config.email } : {}),
    ...(config.oauth ? { oauth: true, useOAuth: true } : {}),
    ...(config.baseUrl ? { endpointUri: config.baseUrl } : {}),
  });
  return {
    async getTicket(id: number): Promise<ZendeskTicket> {
      const { result } = await client.tickets.show(id);
      return ZendeskTicket.parse(result);
    },
  };
}
