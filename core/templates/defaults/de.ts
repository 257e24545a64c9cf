import type { TemplateKind, TemplateText } from "../catalog";

export const de: Record<TemplateKind, TemplateText> = {
  investigating: {
    subject: "[{{company}}] Wir prüfen ein Problem mit {{affected}}",
    body: "Wir prüfen ein Problem mit {{affected}}. {{impact}}{{#if action}} Was Sie jetzt tun können: {{action}}{{/if}}\n\n{{#if next_update_at}}Das nächste Update folgt bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    short:
      "{{company}}: Problem mit {{affected}}. {{impact}}{{#if next_update_at}} Nächstes Update bis {{next_update_at}}.{{/if}} {{status_url}}",
  },
  identified: {
    subject: "[{{company}}] Ursache des Problems mit {{affected}} gefunden",
    body: "Wir haben die Ursache des Problems mit {{affected}} gefunden und arbeiten an der Behebung. {{impact}}{{#if eta}} Voraussichtlich wieder verfügbar bis {{eta}}.{{/if}}{{#if action}} Bis dahin: {{action}}{{/if}}\n\n{{#if next_update_at}}Nächstes Update bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    short: "{{company}}: Ursache bei {{affected}} gefunden, Behebung läuft. {{status_url}}",
  },
  monitoring: {
    subject: "[{{company}}] Behebung bei {{affected}} ist aktiv",
    body: "Eine Behebung ist aktiv, und bei {{affected}} läuft wieder alles. Wir beobachten die Lage genau.\n\n{{#if next_update_at}}Nächstes Update bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    short: "{{company}}: Behebung bei {{affected}} aktiv, wir beobachten. {{status_url}}",
  },
  resolved: {
    subject: "[{{company}}] Behoben: {{title}}",
    body: "Das Problem mit {{affected}} ist behoben, alles funktioniert normal.\n\nWas passiert ist: {{root_cause}}\nWas wir getan haben: {{fix}}\nWas wir ändern: {{prevention}}{{#if sla_credit}}\nGutschrift: {{sla_credit}}{{/if}}\n\nDanke für Ihre Geduld. Details: {{status_url}}",
    short: "{{company}}: behoben. Bei {{affected}} läuft wieder alles normal. {{status_url}}",
  },
  false_alarm: {
    subject: "[{{company}}] Update: kein Problem mit {{affected}}",
    body: "Wir hatten Sie über ein mögliches Problem mit {{affected}} informiert. Nach Prüfung war Ihr Dienst nicht betroffen. Sie müssen nichts tun; bitte entschuldigen Sie die Verwirrung.",
    short: "{{company}}: Fehlalarm, bei {{affected}} gab es kein Problem.",
  },
  helpdesk_reply: {
    subject: "Re: {{title}}",
    body: "Danke für Ihre Nachricht. Uns ist ein Problem mit {{affected}} bekannt, unser Team arbeitet daran. {{impact}}\n\nAktueller Stand: {{status_url}}{{#if next_update_at}}; nächstes Update bis {{next_update_at}}{{/if}}.",
    short: "Uns ist ein Problem mit {{affected}} bekannt, wir arbeiten daran. Stand: {{status_url}}",
  },
  maintenance_notice: {
    subject: "[{{company}}] Geplante Wartung an {{affected}}",
    body: "Wir führen eine geplante Wartung an {{affected}} von {{window_start}} bis {{window_end}} durch. {{impact}}{{#if action}} Zur Vorbereitung: {{action}}{{/if}}\n\nDetails: {{status_url}}",
    short: "{{company}}: geplante Wartung an {{affected}}, {{window_start}} bis {{window_end}}. {{status_url}}",
  },
  maintenance_start: {
    subject: "[{{company}}] Die Wartung an {{affected}} hat begonnen",
    body: "Die geplante Wartung an {{affected}} hat begonnen und soll bis {{window_end}} abgeschlossen sein. {{impact}}\n\nDetails: {{status_url}}",
    short: "{{company}}: Wartung an {{affected}} hat begonnen; Ende voraussichtlich {{window_end}}.",
  },
  maintenance_overrun: {
    subject: "[{{company}}] Die Wartung an {{affected}} dauert länger als geplant",
    body: "Die Wartung an {{affected}} dauert länger als geplant. Wir rechnen jetzt mit dem Abschluss bis {{new_end}}. {{impact}}\n\nBitte entschuldigen Sie die zusätzliche Unterbrechung. Details: {{status_url}}",
    short: "{{company}}: Wartung an {{affected}} dauert länger; neues Ende {{new_end}}. {{status_url}}",
  },
  maintenance_complete: {
    subject: "[{{company}}] Die Wartung an {{affected}} ist abgeschlossen",
    body: "Die geplante Wartung an {{affected}} ist abgeschlossen, alles funktioniert normal. Danke für Ihre Geduld.",
    short: "{{company}}: Wartung an {{affected}} abgeschlossen.",
  },
  post_incident_summary: {
    subject: "[{{company}}] Zusammenfassung des Vorfalls {{title}}",
    body: "Am {{started_at}} gab es Probleme mit {{affected}}. Der Dienst war am {{resolved_at}} vollständig wiederhergestellt.\n\nAuswirkung: {{impact}}\nWas passiert ist: {{root_cause}}\nWas wir getan haben: {{fix}}\nWas wir ändern: {{prevention}}{{#if sla_credit}}\nGutschrift: {{sla_credit}}{{/if}}",
    short: "{{company}}: unsere Zusammenfassung des Vorfalls {{title}} ist online: {{status_url}}",
  },
  helpdesk_resolved: {
    subject: "Behoben: {{title}}",
    body: "Gute Nachricht: Das Problem mit {{affected}} ist behoben, und alles funktioniert wieder normal. Wir entschuldigen uns für die Unannehmlichkeiten.\n\nAlle Details finden Sie unter {{status_url}}. Falls bei Ihnen noch etwas nicht funktioniert, antworten Sie auf diese Nachricht, und wir sehen es uns an.",
    short: "Behoben: Bei {{affected}} läuft wieder alles normal. {{status_url}}",
  },
  csm_alert: {
    subject: "[{{severity}}] {{title}}: {{account}} ist betroffen",
    body: "{{account}} ist von {{title}} ({{severity}}) betroffen.\nAuswirkung: {{impact}}{{#if next_update_at}}\nNächstes öffentliches Update bis {{next_update_at}}.{{/if}}\nStatusseite: {{status_url}}{{#if talking_points}}\nGesprächspunkte: {{talking_points}}{{/if}}",
    short: "[{{severity}}] {{account}} betroffen von {{title}}. {{status_url}}",
  },
  internal_briefing: {
    subject: "[{{severity}}] Lagebild: {{title}}",
    body: "Vorfall: {{title}} ({{severity}})\nBetroffen: {{affected}}\nAuswirkung für Kunden: {{impact}}{{#if next_update_at}}\nNächstes öffentliches Update bis {{next_update_at}}.{{/if}}{{#if talking_points}}\nGesprächspunkte: {{talking_points}}{{/if}}\nStatusseite: {{status_url}}",
    short: "[{{severity}}] {{title}}: {{affected}}.{{#if next_update_at}} Nächstes Update {{next_update_at}}.{{/if}}",
  },
};
