import type { TemplateKind, TemplateText } from "../catalog";

export const de: Partial<Record<TemplateKind, TemplateText>> = {
  investigating: {
    subject: "[{{company}}] Wir prüfen ein Problem mit {{affected}}",
    body: "Wir prüfen ein Problem mit {{affected}}. {{impact}}{{#if action}} Was Sie jetzt tun können: {{action}}{{/if}}\n\n{{#if next_update_at}}Das nächste Update folgt bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    short: "{{company}}: Problem mit {{affected}}. {{impact}}{{#if next_update_at}} Nächstes Update bis {{next_update_at}}.{{/if}} {{status_url}}",
  },
  identified: {
    subject: "[{{company}}] Ursache des Problems mit {{affected}} gefunden",
    body: "Wir haben die Ursache des Problems mit {{affected}} gefunden und arbeiten an der Behebung. {{impact}}{{#if eta}} Voraussichtlich wieder verfügbar bis {{eta}}.{{/if}}{{#if action}} Bis dahin: {{action}}{{/if}}\n\n{{#if next_update_at}}Nächstes Update bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    short: "{{company}}: Ursache für {{affected}} gefunden, Behebung läuft. {{status_url}}",
  },
  monitoring: {
    subject: "[{{company}}] Behebung für {{affected}} ist aktiv",
    body: "Eine Behebung ist aktiv und {{affected}} funktioniert wieder. Wir beobachten die Lage genau.\n\n{{#if next_update_at}}Nächstes Update bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    short: "{{company}}: Behebung für {{affected}} aktiv, wir beobachten. {{status_url}}",
  },
  resolved: {
    subject: "[{{company}}] Behoben: {{title}}",
    body: "Das Problem mit {{affected}} ist behoben, alles funktioniert normal.\n\nWas passiert ist: {{root_cause}}\nWas wir getan haben: {{fix}}\nWas wir ändern: {{prevention}}{{#if sla_credit}}\nGutschrift: {{sla_credit}}{{/if}}\n\nDanke für Ihre Geduld. Details: {{status_url}}",
    short: "{{company}}: behoben. {{affected}} funktioniert wieder normal. {{status_url}}",
  },
  false_alarm: {
    subject: "[{{company}}] Update: kein Problem mit {{affected}}",
    body: "Wir hatten Sie über ein mögliches Problem mit {{affected}} informiert. Nach Prüfung war Ihr Dienst nicht betroffen. Sie müssen nichts tun; bitte entschuldigen Sie die Verwirrung.",
    short: "{{company}}: Fehlalarm, {{affected}} war nicht betroffen.",
  },
  helpdesk_reply: {
    subject: "Re: {{title}}",
    body: "Danke für Ihre Nachricht. Uns ist ein Problem mit {{affected}} bekannt, unser Team arbeitet daran. {{impact}}\n\nAktueller Stand: {{status_url}}{{#if next_update_at}}; nächstes Update bis {{next_update_at}}{{/if}}.",
    short: "Uns ist ein Problem mit {{affected}} bekannt, wir arbeiten daran. Stand: {{status_url}}",
  },
};
