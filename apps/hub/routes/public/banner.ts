import { Hono } from "hono";
import type { HonoEnv } from "#apps/hub/env";
import { bannerNotices } from "#core/delivery/banner";

/**
 * The embeddable banner: `<script src="https://HUB/banner.js" data-region="eu" async></script>`.
 * No framework; it reads /api/banner.json from the hub it was loaded from, shows the newest
 * notice, and remembers a dismissal per notice version in localStorage.
 */
const script = `(function(){var s=document.currentScript;if(!s)return;var b=new URL(s.src).origin,q=new URLSearchParams();
if(s.dataset.region)q.set("region",s.dataset.region);if(s.dataset.tier)q.set("tier",s.dataset.tier);
fetch(b+"/api/banner.json?"+q).then(function(r){return r.json()}).then(function(d){var n=d.notices&&d.notices[0];if(!n)return;
var k="liaison-banner:"+n.id+":"+n.updatedAt;try{if(localStorage.getItem(k))return}catch(e){}
var e=document.createElement("div");e.setAttribute("role","status");e.style.cssText="position:fixed;left:0;right:0;top:0;z-index:2147483647;padding:10px 44px 10px 16px;font:14px/1.4 system-ui,sans-serif;background:"+(n.severity==="P1"?"#b42318":"#b54708")+";color:#fff";
var a=document.createElement("a");a.href=n.url;a.textContent=n.title+": "+n.text;a.style.color="#fff";e.appendChild(a);
var x=document.createElement("button");x.type="button";x.setAttribute("aria-label","Dismiss");x.textContent="\\u00d7";x.style.cssText="position:absolute;right:12px;top:6px;background:none;border:0;color:#fff;font-size:20px;cursor:pointer";
x.onclick=function(){e.remove();try{localStorage.setItem(k,"1")}catch(_){}};e.appendChild(x);document.body.appendChild(e)}).catch(function(){})})();`;

export function bannerRoutes() {
  const app = new Hono<HonoEnv>();
  app.get("/api/banner.json", async (c) => {
    const s = c.get("services");
    const incidents = await s.store.listIncidents({ phase: "open" });
    const notices = bannerNotices(incidents, { region: c.req.query("region"), tier: c.req.query("tier") }, s.page.url);
    return c.json({ notices }, 200, { "access-control-allow-origin": "*", "cache-control": "public, max-age=30" });
  });
  app.get("/banner.js", (c) =>
    c.body(script, 200, {
      "content-type": "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=300",
      "access-control-allow-origin": "*",
    }),
  );
  return app;
}
