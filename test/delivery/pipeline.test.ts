import { describe, expect, it } from "vitest";
import { withDeliveryHub } from "./support";

const t = withDeliveryHub();

describe("delivery through the outbox", () => {
  it("sends a regional update only to that region's subscribers, once each", async () => {
    await t.hub.call("POST", "/api/v1/subscribers/import", {
      contacts: [
        { email: "eu@example.com", region: "eu" },
        { email: "us@example.com", region: "us" },
        { email: "all@example.com" },
      ],
    });
    await t.hub.publish({ regions: ["eu"] });
    await t.hub.tick();
    await t.hub.tick();
    expect([...t.sink.byRecipient.keys()].sort()).toEqual(["all@example.com", "eu@example.com"]);
    expect(t.sink.byRecipient.get("eu@example.com")).toHaveLength(1);
    expect(t.sink.stats().duplicates).toBe(0);
  });

  it("lists an incident's publications with their delivery progress", async () => {
    await t.hub.call("POST", "/api/v1/subscribers/import", {
      contacts: [
        { email: "eu@example.com", region: "eu" },
        { email: "us@example.com", region: "us" },
      ],
    });
    const inc = await t.hub.publish({ regions: ["eu"] });
    await t.hub.tick();
    await t.hub.publish({ title: "Unrelated" });
    await t.hub.tick();
    expect(await t.hub.db.all(`select id from delivery_publications` as never)).toHaveLength(2);
    const res = await t.hub.call("GET", `/api/v1/incidents/${inc.id}/delivery`);
    expect(res.status).toBe(200);
    expect(res.json.publications).toHaveLength(1);
    expect(res.json.publications[0]).toMatchObject({
      kind: "investigating",
      progress: { expanded: true, channels: { email: { sent: 1 } } },
    });
    expect((await t.hub.call("GET", "/api/v1/incidents/inc_missing/delivery")).json.publications).toEqual([]);
  });

  it("unsubscribes with the one-click link carried in the email", async () => {
    await t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "ann@example.com" });
    await t.hub.publish({});
    await t.hub.tick();
    const [mail] = t.sink.byRecipient.get("ann@example.com")!;
    expect(mail!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const link = mail!.headers["List-Unsubscribe"]!.slice(1, -1);
    const path = link.replace("https://status.example.com", "");
    const confirmPage = await t.hub.app.request(path);
    expect(confirmPage.status).toBe(200);
    // Someone who only wants fewer messages is offered the preferences page instead.
    expect(await confirmPage.text()).toMatch(
      /href="\/subscriptions\/preferences\?token=[^"]+">change your language or regions/,
    );
    const done = await t.hub.app.request(path, { method: "POST" });
    expect(done.status).toBe(200);
    const prefs = (await done.text()).match(/href="([^"]+preferences[^"]+)"/)![1]!;
    const form = new URLSearchParams({ locale: "de", regions: "eu, us" });
    expect(await (await t.hub.app.request(prefs, { method: "POST", body: form })).text()).toContain("de, eu, us");
    expect(await (await t.hub.app.request(prefs)).text()).toContain('value="eu, us"');
    await t.hub.publish({ title: "Second incident" });
    await t.hub.tick();
    expect(t.sink.byRecipient.get("ann@example.com")).toHaveLength(1);
    expect((await t.hub.app.request(path.replace(/token=.{5}/, "token=xxxxx"), { method: "POST" })).status).toBe(403);
    // Unsubscribed by mistake: the preferences page offers a way back.
    expect(await (await t.hub.app.request(prefs)).text()).toContain('name="resubscribe"');
    const back = await t.hub.app.request(prefs, {
      method: "POST",
      body: new URLSearchParams({ locale: "en", regions: "", resubscribe: "on" }),
    });
    expect(await back.text()).toContain("You are subscribed.");
    await t.hub.publish({ title: "Third incident" });
    t.hub.clock.advance(600_000); // past the fatigue interval since the first email
    await t.hub.tick();
    expect(t.sink.byRecipient.get("ann@example.com")).toHaveLength(2);
  });

  it("shows the subscription pages in the subscriber's language", async () => {
    await t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "zoe@example.fr", locale: "fr" });
    await t.hub.publish({}, { locales: ["en", "fr"] });
    await t.hub.tick();
    const [mail] = t.sink.byRecipient.get("zoe@example.fr")!;
    const path = mail!.headers["List-Unsubscribe"]!.slice(1, -1).replace("https://status.example.com", "");
    const ask = await (await t.hub.app.request(path)).text();
    expect(ask).toContain('<html lang="fr">');
    expect(ask).toMatch(/<button type="submit">Me désabonner<\/button>/);
    expect(ask).toContain("changez de langue ou de régions</a>");
    expect(await (await t.hub.app.request(path, { method: "POST" })).text()).toContain(
      "zoe@example.fr ne recevra plus de mises à jour.",
    );
  });

  it("tracks status-page links: each click counts against its message, then lands on the page with utm tags", async () => {
    await t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "cy@example.com" });
    const inc = await t.hub.publish({});
    await t.hub.tick();
    const [mail] = t.sink.byRecipient.get("cy@example.com")!;
    const tracked = /https:\/\/status\.example\.com\/r\?d=[^\s]+/.exec(mail!.text)![0].replace(/[.,;]$/, "");
    const path = tracked.replace("https://status.example.com", "");
    for (let i = 0; i < 2; i++) {
      const res = await t.hub.app.request(path);
      expect(res.status).toBe(302);
      const landing = new URL(res.headers.get("location")!);
      expect(landing.pathname).toBe(`/incidents/${inc.id}`);
      expect(Object.fromEntries(landing.searchParams)).toMatchObject({ utm_source: "liaison", utm_medium: "email" });
    }
    const publicationId = new URL(tracked).searchParams.get("to")!.match(/utm_campaign=([^&]+)/)![1]!;
    const progress = (await t.hub.call("GET", `/api/v1/publications/${decodeURIComponent(publicationId)}/progress`))
      .json;
    expect(progress.clicks).toEqual({ email: { recipients: 1, total: 2 } });
    expect((await t.hub.app.request("/r?to=https%3A%2F%2Fevil.example%2F")).status).toBe(400);
  });

  it("rejects an invalid email and a non-E.164 phone with problem+json naming the field", async () => {
    const email = await t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address: "not-an-email" });
    expect(email.status).toBe(400);
    expect(email.headers.get("content-type")).toContain("application/problem+json");
    expect(email.json.detail).toContain("address: Not a valid email address.");
    const phone = await t.hub.call("POST", "/api/v1/subscribers", { channel: "sms", address: "0155 1234" });
    expect(phone.status).toBe(400);
    expect(phone.json.detail).toContain("E.164");
    const pub = await t.hub.app.request("/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ channel: "email", address: "bad@" }),
    });
    expect(pub.status).toBe(400);
  });

  it("double opt-in: a public sign-up gets nothing until it follows the confirm link", async () => {
    const res = await t.hub.app.request("/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ channel: "email", address: "new@example.com" }),
    });
    expect(res.status).toBe(202);
    const [confirmMail] = t.sink.byRecipient.get("new@example.com")!;
    expect(confirmMail!.subject).toBe("Confirm your subscription to Acme status");
    const french = await t.hub.app.request("/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ channel: "email", address: "nouveau@example.fr", locale: "fr-FR" }),
    });
    expect(french.status).toBe(202);
    expect(t.sink.byRecipient.get("nouveau@example.fr")![0]!.text).toMatch(
      /^Merci de confirmer que vous souhaitez recevoir les mises à jour de Acme status : https:\/\/status\.example\.com\/subscriptions\/confirm\?token=/,
    );
    await t.hub.publish({});
    await t.hub.tick();
    expect(t.sink.byRecipient.get("new@example.com")).toHaveLength(1);
    const link = confirmMail!.text.match(/https:\S+/)![0].replace("https://status.example.com", "");
    expect((await t.hub.app.request(link)).status).toBe(200);
    await t.hub.publish({ title: "Another" });
    await t.hub.tick();
    expect(t.sink.byRecipient.get("new@example.com")).toHaveLength(2);
  });

  it("a confirmation that could not be sent says so, and signing up again sends a fresh link", async () => {
    const signUp = () =>
      t.hub.app.request("/subscriptions", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ channel: "email", address: "late@example.com" }),
      });
    t.sink.setFailRate(1);
    const failed = await signUp();
    expect(failed.status).toBe(503);
    expect(failed.headers.get("content-type")).toContain("application/problem+json");
    const problem = (await failed.json()) as { detail: string; requestId: string };
    expect(problem.detail).toContain("please sign up again in a few minutes");
    expect(problem.requestId).toBeTruthy();
    t.sink.setFailRate(0);
    expect((await signUp()).status).toBe(202);
    const [confirm] = t.sink.byRecipient.get("late@example.com")!;
    const link = confirm!.text.match(/https:\S+/)![0].replace("https://status.example.com", "");
    expect((await t.hub.app.request(link)).status).toBe(200);
    expect((await signUp()).status).toBe(409);
  });

  it("reports progress per channel, and a provider 4xx fails without retry", async () => {
    await t.hub.call("POST", "/api/v1/subscribers/import", {
      contacts: [{ email: "a@example.com" }, { email: "b@example.com" }],
    });
    await t.hub.call("POST", "/api/v1/subscribers", { channel: "webhook", address: `${t.sink.url}/hook` });
    await t.hub.call("POST", "/api/v1/subscribers", { channel: "slack", address: `${t.sink.url}/reject` });
    await t.hub.call("POST", "/api/v1/subscribers", { channel: "teams", address: "http://127.0.0.1:9/closed" });
    await t.hub.publish({});
    await t.hub.tick();
    const callsAfterFirst = t.sink.stats().calls;
    t.hub.clock.advance(3_600_000);
    await t.hub.tick();
    expect(t.sink.stats().calls).toBe(callsAfterFirst);
    const pubId = (await t.hub.db.all<{ id: string }>(`select id from delivery_publications` as never))[0]!.id;
    const progress = (await t.hub.call("GET", `/api/v1/publications/${pubId}/progress`)).json;
    expect(progress.channels.email).toEqual({ sent: 2 });
    expect(progress.channels.webhook).toEqual({ sent: 1 });
    expect(progress.channels.slack).toEqual({ failed: 1 });
    expect(progress.channels.teams).toEqual({ queued: 1 });
  });
});

describe("false alarm", () => {
  it("goes to exactly those who got the original, even outside its audience", async () => {
    await t.hub.call("POST", "/api/v1/subscribers/import", {
      contacts: [
        { email: "eu@example.com", region: "eu" },
        { email: "us@example.com", region: "us" },
      ],
    });
    const inc = await t.hub.publish({ regions: ["eu"] });
    await t.hub.tick();
    await t.hub.call("POST", "/api/v1/subscribers/import", {
      contacts: [{ email: "late-eu@example.com", region: "eu" }],
    });
    const [original] = await t.hub.db.all<{ payload: string }>(`select payload from delivery_publications` as never);
    const publication = {
      ...JSON.parse(original!.payload),
      id: "pub_false",
      kind: "false_alarm",
      audience: { internal: false, regions: [], segments: [], channelTiers: {} },
      createdAt: new Date(),
    };
    expect(publication.incidentId).toBe(inc.id);
    await t.hub.services.notifier.notify(publication);
    await t.hub.tick();
    expect(t.sink.byRecipient.get("eu@example.com")).toHaveLength(2);
    expect(t.sink.byRecipient.get("us@example.com")).toBeUndefined();
    expect(t.sink.byRecipient.get("late-eu@example.com")).toBeUndefined();
  });
});

describe("component scopes", () => {
  it("reach subscribers of an affected component or of its group, not of other components", async () => {
    const api = (await t.hub.call("POST", "/api/v1/components", { name: "API", group: "Core" })).json;
    const billing = (await t.hub.call("POST", "/api/v1/components", { name: "Billing" })).json;
    const groupId = api.group_id ?? api.groupId;
    expect(groupId).toBeTruthy();
    const scoped = (address: string, components: string[]) =>
      t.hub.call("POST", "/api/v1/subscribers", { channel: "email", address, scope: { components } });
    await scoped("api@example.com", [api.id]);
    await scoped("core@example.com", [groupId]);
    await scoped("billing@example.com", [billing.id]);
    await scoped("page@example.com", []);
    await t.hub.publish({ components: [{ id: api.id, status: "major_outage" }] });
    await t.hub.tick();
    expect([...t.sink.byRecipient.keys()].sort()).toEqual(["api@example.com", "core@example.com", "page@example.com"]);
  });
});
