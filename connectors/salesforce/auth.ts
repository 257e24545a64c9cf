import { createSign } from "node:crypto";
import { OAuth2 } from "jsforce";
import { z } from "zod";
import { base64url } from "#core/shared/encoding";

/** How Liaison signs in to Salesforce; `oauthFlow` picks the flow from what is configured. */
export interface SalesforceAuthConfig {
  /** Login host or My Domain, e.g. https://login.salesforce.com (JWT) or https://acme.my.salesforce.com. */
  loginUrl?: string;
  /** The connected app's (or external client app's) consumer key. */
  clientId?: string;
  /** Client-credentials flow: the consumer secret (the flow runs as the app's configured user). */
  clientSecret?: string;
  /** JWT bearer flow: the PEM private key whose certificate is uploaded to the app, and the user to act as. */
  privateKey?: string;
  username?: string;
}

export const SfTokenAnswer = z.object({ access_token: z.string(), instance_url: z.string().url() });
export type SfTokenAnswer = z.infer<typeof SfTokenAnswer>;

const defaultLoginUrl = "https://login.salesforce.com";
/** Salesforce accepts a JWT whose exp is at most three minutes ahead. */
const assertionLifetimeS = 170;

/** The JWT bearer assertion (RFC 7523): iss = consumer key, sub = username, aud = login host, RS256. */
export function jwtAssertion(
  o: { clientId: string; username: string; audience: string; privateKey: string },
  now = new Date(),
) {
  const header = base64url(JSON.stringify({ alg: "RS256", typ: "JWT" }));
  const claims = base64url(
    JSON.stringify({
      iss: o.clientId,
      sub: o.username,
      aud: o.audience,
      exp: Math.floor(now.getTime() / 1000) + assertionLifetimeS,
    }),
  );
  const signature = createSign("RSA-SHA256").update(`${header}.${claims}`).sign(o.privateKey);
  return `${header}.${claims}.${base64url(new Uint8Array(signature))}`;
}

export type OAuthFlow = "jwt-bearer" | "client-credentials";

export function oauthFlow(c: SalesforceAuthConfig): OAuthFlow | null {
  if (c.clientId && c.privateKey && c.username) return "jwt-bearer";
  if (c.clientId && c.clientSecret && !c.privateKey) return "client-credentials";
  return null;
}

/**
 * A function that asks Salesforce's token endpoint (through jsforce's OAuth2, the SDK's transport)
 * for a new access token by the configured flow; called at first use and again on INVALID_SESSION_ID.
 */
export function tokenRequester(c: SalesforceAuthConfig, flow: OAuthFlow): () => Promise<SfTokenAnswer> {
  const loginUrl = c.loginUrl ?? defaultLoginUrl;
  if (flow === "jwt-bearer") {
    // No client id on the OAuth2 object: jsforce would add client_id/secret, which this grant does not take.
    const oauth2 = new OAuth2({ loginUrl });
    return async () =>
      SfTokenAnswer.parse(
        await oauth2.requestToken({
          grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
          assertion: jwtAssertion({
            clientId: c.clientId!,
            username: c.username!,
            audience: loginUrl,
            privateKey: c.privateKey!,
          }),
        }),
      );
  }
  const oauth2 = new OAuth2({ loginUrl, clientId: c.clientId, clientSecret: c.clientSecret });
  return async () => SfTokenAnswer.parse(await oauth2.requestToken({ grant_type: "client_credentials" }));
}
