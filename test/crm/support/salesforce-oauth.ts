import { createVerify } from "node:crypto";
import { HttpResponse, http } from "msw";
import { sfInvalidGrant, sfTokenAnswer } from "#connectors/salesforce/fixtures";
import { fromBase64url } from "#core/shared/encoding";
import { sfBase } from "./salesforce-org";

const decodeJson = (part: string) => JSON.parse(new TextDecoder().decode(fromBase64url(part)));

/**
 * Salesforce's OAuth token endpoint behind msw for one connected app: the JWT bearer grant (RS256
 * signature checked against the app's certificate key, then iss, sub, aud and exp) and the
 * client-credentials grant. Each token it issues is added to the org's accepted tokens.
 */
export function salesforceOAuth(o: {
  loginUrl: string;
  clientId: string;
  clientSecret: string;
  publicKey: string;
  username: string;
  accept: Set<string>;
  now?: () => Date;
}) {
  const state = { issued: [] as string[], grants: [] as string[] };
  const issue = () => {
    const token = `00D5g000004ABCD!AQ0AQoauth${state.issued.length + 1}`;
    state.issued.push(token);
    o.accept.add(token);
    return HttpResponse.json(sfTokenAnswer(token, sfBase));
  };
  const handlers = [
    http.post(`${o.loginUrl}/services/oauth2/token`, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      const grant = form.get("grant_type") ?? "";
      state.grants.push(grant);
      if (grant === "client_credentials") {
        return form.get("client_id") === o.clientId && form.get("client_secret") === o.clientSecret
          ? issue()
          : HttpResponse.json(
              { error: "invalid_client", error_description: "invalid client credentials" },
              { status: 400 },
            );
      }
      if (grant !== "urn:ietf:params:oauth:grant-type:jwt-bearer")
        return HttpResponse.json(
          { error: "unsupported_grant_type", error_description: "grant type not supported" },
          { status: 400 },
        );
      const [header, claims, signature] = (form.get("assertion") ?? "").split(".");
      if (!header || !claims || !signature)
        return HttpResponse.json(sfInvalidGrant("invalid assertion"), { status: 400 });
      const signed = createVerify("RSA-SHA256")
        .update(`${header}.${claims}`)
        .verify(o.publicKey, fromBase64url(signature));
      const c = decodeJson(claims);
      const now = (o.now?.() ?? new Date()).getTime() / 1000;
      if (!signed || decodeJson(header).alg !== "RS256")
        return HttpResponse.json(sfInvalidGrant("invalid assertion"), { status: 400 });
      if (c.iss !== o.clientId) return HttpResponse.json(sfInvalidGrant("invalid client_id"), { status: 400 });
      if (c.sub !== o.username)
        return HttpResponse.json(sfInvalidGrant("user hasn't approved this consumer"), { status: 400 });
      if (c.aud !== o.loginUrl) return HttpResponse.json(sfInvalidGrant("audience is invalid"), { status: 400 });
      if (!(c.exp > now && c.exp <= now + 300))
        return HttpResponse.json(sfInvalidGrant("expired authorization code"), { status: 400 });
      return issue();
    }),
  ];
  return { state, handlers };
}
