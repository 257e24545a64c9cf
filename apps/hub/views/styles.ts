/** Inline CSS: readable on a phone, AA contrast, status never told by colour alone. */
export const styles = `
:root{--fg:#1a1d21;--muted:#4a5260;--bg:#fff;--line:#d9dde3;--ok:#1b7f3b;--minor:#8a6100;--major:#b34700;--critical:#b3261e;--maint:#1d5fb3}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg)}
main,header.top,footer{max-width:52rem;margin:0 auto;padding:0 1rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:1}
header.top{padding-top:1.25rem;padding-bottom:.5rem}.brand{font-size:1.4rem;font-weight:700;color:var(--fg);text-decoration:none}
a{color:#0b57b0}a:focus-visible{outline:3px solid #0b57b0;outline-offset:2px}
h2{font-size:1.2rem;margin:2rem 0 .75rem}h3{font-size:1.05rem;margin:.25rem 0}
.banner{border-radius:.5rem;padding:1rem 1.25rem;color:#fff;font-size:1.15rem;font-weight:600;margin:1rem 0}
.banner.none{background:var(--ok)}.banner.minor{background:var(--minor)}.banner.major{background:var(--major)}.banner.critical{background:var(--critical)}.banner.maintenance{background:var(--maint)}
.card{border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:.75rem 0}
.card.critical{border-left:6px solid var(--critical)}.card.major{border-left:6px solid var(--major)}.card.minor{border-left:6px solid var(--minor)}.card.maintenance{border-left:6px solid var(--maint)}
.meta{color:var(--muted);font-size:.9rem}
ol.timeline{list-style:none;padding:0;margin:.5rem 0 0}ol.timeline li{border-top:1px solid var(--line);padding:.5rem 0}
.phase{font-weight:700}
.component{padding:.6rem 0;border-top:1px solid var(--line)}.component:first-child{border-top:0}
.row{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap}
.status{font-weight:600}.status.operational{color:var(--ok)}.status.degraded_performance{color:var(--minor)}.status.partial_outage{color:var(--major)}.status.major_outage{color:var(--critical)}.status.under_maintenance{color:var(--maint)}
.bars{display:flex;gap:1px;height:2rem;margin:.35rem 0 .15rem}.bars span{flex:1;border-radius:1px;background:var(--ok)}
.bars span.degraded_performance{background:#b88a00}.bars span.partial_outage{background:#d46a00}.bars span.major_outage{background:var(--critical)}.bars span.maint{background:var(--maint)}.bars span.nodata{background:var(--line)}
.legend{display:flex;justify-content:space-between;color:var(--muted);font-size:.8rem}
.day{margin:1rem 0}.day h3{border-bottom:1px solid var(--line);padding-bottom:.25rem}
footer{color:var(--muted);font-size:.9rem;margin-top:3rem;padding-bottom:2rem;border-top:1px solid var(--line)}
.narrow{display:none}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
ul.components,ul.plain{list-style:none;padding:0;margin:0}
h1{font-size:1.4rem;margin:.25rem 0}
@media (max-width:480px){.bars{height:1.5rem}.bars span:nth-child(-n+60){display:none}.wide{display:none}.narrow{display:inline}}
`;
