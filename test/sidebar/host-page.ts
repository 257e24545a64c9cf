/** What the stand-in Zendesk knows about the ticket on screen. */
export interface HostTicket {
  id: number;
  requesterLocale: string;
  agentLocale: string;
  organization: string | null;
  hubUrl: string;
}

export const HOST_ORIGIN = "http://acme.zendesk.test";
export const APP_ORIGIN = "http://apps.zendesk.test";
export const PROXY_PATH = "/api/v2/apps/proxy";

/**
 * The ZAF SDK as the app frame sees it: `ZAFClient.init()` returns a client whose calls travel to
 * the host by postMessage, as the real SDK's do. Every message the frame receives is kept in
 * `window.__zafReceived` so a test can prove the API token never arrived.
 */
export const fakeZafSdk = `(() => {
  const pending = new Map(); let seq = 0; window.__zafReceived = [];
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || !event.data || event.data.zaf !== "host") return;
    window.__zafReceived.push(JSON.stringify(event.data));
    const call = pending.get(event.data.id); if (!call) return;
    pending.delete(event.data.id);
    event.data.ok ? call.resolve(event.data.result) : call.reject(event.data.error);
  });
  const send = (method, args) => new Promise((resolve, reject) => {
    const id = ++seq; pending.set(id, { resolve, reject });
    window.parent.postMessage({ zaf: "app", id, method, args }, ${JSON.stringify(HOST_ORIGIN)});
  });
  window.ZAFClient = { init: () => ({
    get: (paths) => send("get", [paths]),
    invoke: (name, ...args) => send("invoke", [name, ...args]),
    request: (options) => send("request", [options]),
    metadata: () => send("metadata", []),
  }) };
})();`;

/**
 * The agent's ticket view: a comment box and the app in its sidebar iframe. It answers the app's
 * ZAF calls; `request` goes through the host's proxy (served by the test in Node), which alone
 * knows the secure setting, as Zendesk's proxy does.
 */
export const hostPage = (ticket: HostTicket) => `<!doctype html>
<html><head><meta charset="utf-8"><title>Ticket #${ticket.id}</title><style>
  body { margin: 0; font: 14px system-ui, sans-serif; background: #f8f9f9; color: #2f3941; display: flex; }
  .ticket { flex: 1; padding: 20px; } textarea { width: 100%; height: 160px; font: inherit; }
  aside { width: 340px; border-left: 1px solid #d8dcde; background: #fff; }
  iframe { width: 100%; height: 120px; border: 0; display: block; }
</style></head><body>
  <section class="ticket"><h1>Ticket #${ticket.id}: Cannot pay for my order</h1>
    <label for="comment">Public reply</label><textarea id="comment"></textarea></section>
  <aside><iframe id="app" title="Liaison" src="${APP_ORIGIN}/assets/iframe.html?origin=${encodeURIComponent(HOST_ORIGIN)}&app_guid=liaison-test"></iframe></aside>
<script>
  const ticket = ${JSON.stringify(ticket)};
  const frame = document.getElementById("app");
  const comment = document.getElementById("comment");
  const data = { "ticket.id": ticket.id, "ticket.requester.locale": ticket.requesterLocale, "ticket.organization": ticket.organization ? { id: 7, name: ticket.organization } : null, "currentUser.locale": ticket.agentLocale, "currentUser.name": "Sam Rivera" };
  const handlers = {
    get: (paths) => Object.fromEntries([].concat(paths).map((p) => [p, data[p]])),
    metadata: () => ({ appId: 0, installationId: 1, settings: { hub_url: ticket.hubUrl } }),
    invoke: (name, arg) => {
      if (name === "ticket.comment.appendText") { comment.value += arg; return {}; }
      if (name === "resize") { frame.style.height = arg.height; return {}; }
      throw { message: "unknown action " + name };
    },
    request: async (options) => {
      const res = await fetch(${JSON.stringify(PROXY_PATH)}, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(options) });
      const answer = await res.json();
      if (answer.status < 200 || answer.status >= 300) throw { status: answer.status, responseText: answer.body };
      return options.dataType === "json" && answer.body ? JSON.parse(answer.body) : answer.body;
    },
  };
  window.addEventListener("message", async (event) => {
    if (event.origin !== ${JSON.stringify(APP_ORIGIN)} || !event.data || event.data.zaf !== "app") return;
    const { id, method, args } = event.data;
    let reply;
    try { reply = { zaf: "host", id, ok: true, result: await handlers[method](...args) }; }
    catch (error) { reply = { zaf: "host", id, ok: false, error }; }
    frame.contentWindow.postMessage(reply, ${JSON.stringify(APP_ORIGIN)});
  });
</script></body></html>`;
