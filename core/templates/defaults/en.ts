import type { TemplateKind, TemplateText } from "../catalog";

/** Liaison's own default wording: plain, saying what is affected, the impact, what to do and when we write next. */
export const en: Record<TemplateKind, TemplateText> = {
  investigating: {
    subject: "[{{company}}] We are looking into a problem with {{affected}}",
    body: "We are looking into a problem with {{affected}}. {{impact}}{{#if action}} What you can do now: {{action}}{{/if}}\n\n{{#if next_update_at}}We will send the next update by {{next_update_at}}. {{/if}}Follow along at {{status_url}}.",
    short:
      "{{company}}: problem with {{affected}}. {{impact}}{{#if next_update_at}} Next update by {{next_update_at}}.{{/if}} {{status_url}}",
  },
  identified: {
    subject: "[{{company}}] We found the cause of the problem with {{affected}}",
    body: "We found what is causing the problem with {{affected}} and are working on a fix. {{impact}}{{#if eta}} We expect service to be back by {{eta}}.{{/if}}{{#if action}} Until then: {{action}}{{/if}}\n\n{{#if next_update_at}}Next update by {{next_update_at}}. {{/if}}Follow along at {{status_url}}",
    short:
      "{{company}}: cause found for the {{affected}} problem; fix under way.{{#if eta}} Expected back by {{eta}}.{{/if}} {{status_url}}",
  },
  monitoring: {
    subject: "[{{company}}] A fix is in place for {{affected}}",
    body: "A fix is in place and {{affected}} is working again. We are watching closely to make sure it stays that way.{{#if action}} {{action}}{{/if}}\n\n{{#if next_update_at}}Next update by {{next_update_at}}. {{/if}}Follow along at {{status_url}}",
    short: "{{company}}: fix in place for {{affected}}; we are watching it closely. {{status_url}}",
  },
  resolved: {
    subject: "[{{company}}] Resolved: {{title}}",
    body: "The problem with {{affected}} is resolved and everything is working normally.\n\nWhat happened: {{root_cause}}\nWhat we did: {{fix}}\nWhat we are changing so it does not happen again: {{prevention}}{{#if sla_credit}}\nService credit: {{sla_credit}}{{/if}}\n\nThank you for your patience. Details: {{status_url}}",
    short: "{{company}}: resolved. {{affected}} is working normally again. {{status_url}}",
  },
  maintenance_notice: {
    subject: "[{{company}}] Planned maintenance on {{affected}}",
    body: "We will carry out planned maintenance on {{affected}} from {{window_start}} to {{window_end}}. {{impact}}{{#if action}} To prepare: {{action}}{{/if}}\n\nDetails: {{status_url}}",
    short: "{{company}}: planned maintenance on {{affected}}, {{window_start}} to {{window_end}}. {{status_url}}",
  },
  maintenance_start: {
    subject: "[{{company}}] Maintenance on {{affected}} has started",
    body: "The planned maintenance on {{affected}} has started and should finish by {{window_end}}. {{impact}}\n\nDetails: {{status_url}}",
    short: "{{company}}: maintenance on {{affected}} has started; expected to end by {{window_end}}.",
  },
  maintenance_overrun: {
    subject: "[{{company}}] Maintenance on {{affected}} is taking longer than planned",
    body: "The maintenance on {{affected}} is taking longer than planned. We now expect to finish by {{new_end}}. {{impact}}\n\nWe are sorry for the extra disruption. Details: {{status_url}}",
    short: "{{company}}: maintenance on {{affected}} runs late; new end {{new_end}}. {{status_url}}",
  },
  maintenance_complete: {
    subject: "[{{company}}] Maintenance on {{affected}} is complete",
    body: "The planned maintenance on {{affected}} is complete and everything is working normally. Thank you for your patience.",
    short: "{{company}}: maintenance on {{affected}} is complete.",
  },
  false_alarm: {
    subject: "[{{company}}] Update: no problem with {{affected}}",
    body: "Earlier we told you about a possible problem with {{affected}}. We have checked, and your service was not affected. No action is needed, and we are sorry for the confusion.",
    short: "{{company}}: false alarm. {{affected}} was not affected; no action needed.",
  },
  post_incident_summary: {
    subject: "[{{company}}] Summary of the {{title}} incident",
    body: "On {{started_at}}, {{affected}} stopped working as expected. It was fully restored on {{resolved_at}}.\n\nImpact: {{impact}}\nWhat happened: {{root_cause}}\nWhat we did: {{fix}}\nWhat we are changing: {{prevention}}{{#if sla_credit}}\nService credit: {{sla_credit}}{{/if}}",
    short: "{{company}}: our summary of the {{title}} incident is ready: {{status_url}}",
  },
  helpdesk_reply: {
    subject: "Re: {{title}}",
    body: "Thank you for reaching out. We know about a problem with {{affected}} and our team is working on it. {{impact}}{{#if action}} In the meantime: {{action}}{{/if}}\n\nYou can follow progress at {{status_url}}{{#if next_update_at}}; we will post the next update by {{next_update_at}}{{/if}}.",
    short: "We know about a problem with {{affected}} and are working on it. Updates: {{status_url}}",
  },
  helpdesk_resolved: {
    subject: "Resolved: {{title}}",
    body: "Good news: the problem with {{affected}} is resolved and everything works normally again. We are sorry for the trouble it caused.\n\nThe full account is at {{status_url}}. If something still does not work for you, reply to this message and we will look into it.",
    short: "Resolved: {{affected}} works normally again. {{status_url}}",
  },
  csm_alert: {
    subject: "[{{severity}}] {{title}}: {{account}} is affected",
    body: "{{account}} is affected by {{title}} ({{severity}}).\nImpact: {{impact}}{{#if next_update_at}}\nNext public update by {{next_update_at}}.{{/if}}\nStatus page: {{status_url}}{{#if talking_points}}\nTalking points: {{talking_points}}{{/if}}",
    short: "[{{severity}}] {{account}} affected by {{title}}. {{status_url}}",
  },
  internal_briefing: {
    subject: "[{{severity}}] Briefing: {{title}}",
    body: "Incident: {{title}} ({{severity}})\nAffected: {{affected}}\nCustomer impact: {{impact}}{{#if next_update_at}}\nNext public update by {{next_update_at}}.{{/if}}{{#if talking_points}}\nTalking points: {{talking_points}}{{/if}}\nStatus page: {{status_url}}",
    short: "[{{severity}}] {{title}}: {{affected}}.{{#if next_update_at}} Next update {{next_update_at}}.{{/if}}",
  },
};
