import type { TemplateKind, TemplateText } from "../catalog";

export const fr: Record<TemplateKind, TemplateText> = {
  investigating: {
    subject: "[{{company}}] Nous examinons un problème avec {{affected}}",
    body: "Nous examinons un problème avec {{affected}}. {{impact}}{{#if action}} Ce que vous pouvez faire : {{action}}{{/if}}\n\n{{#if next_update_at}}Prochaine mise à jour au plus tard le {{next_update_at}}. {{/if}}Suivi : {{status_url}}",
    short:
      "{{company}} : problème avec {{affected}}. {{impact}}{{#if next_update_at}} Prochaine mise à jour : {{next_update_at}}.{{/if}} {{status_url}}",
  },
  identified: {
    subject: "[{{company}}] Nous avons trouvé la cause du problème avec {{affected}}",
    body: "Nous avons trouvé la cause du problème avec {{affected}} et préparons une correction. {{impact}}{{#if eta}} Retour prévu vers le {{eta}}.{{/if}}{{#if action}} D'ici là : {{action}}{{/if}}\n\n{{#if next_update_at}}Prochaine mise à jour au plus tard le {{next_update_at}}. {{/if}}Suivi : {{status_url}}",
    short: "{{company}} : cause trouvée pour {{affected}}, correction en cours. {{status_url}}",
  },
  monitoring: {
    subject: "[{{company}}] Une correction est en place pour {{affected}}",
    body: "Une correction est en place et {{affected}} fonctionne de nouveau. Nous restons attentifs.\n\n{{#if next_update_at}}Prochaine mise à jour au plus tard le {{next_update_at}}. {{/if}}Suivi : {{status_url}}",
    short: "{{company}} : correction en place pour {{affected}}, sous surveillance. {{status_url}}",
  },
  resolved: {
    subject: "[{{company}}] Résolu : {{title}}",
    body: "Le problème avec {{affected}} est résolu et tout fonctionne normalement.\n\nCe qui s'est passé : {{root_cause}}\nCe que nous avons fait : {{fix}}\nCe que nous changeons : {{prevention}}{{#if sla_credit}}\nAvoir de service : {{sla_credit}}{{/if}}\n\nMerci de votre patience. Détails : {{status_url}}",
    short: "{{company}} : résolu. {{affected}} fonctionne normalement. {{status_url}}",
  },
  false_alarm: {
    subject: "[{{company}}] Mise à jour : aucun problème avec {{affected}}",
    body: "Nous vous avions signalé un possible problème avec {{affected}}. Après vérification, votre service n'a pas été touché. Aucune action n'est nécessaire ; veuillez nous excuser pour la confusion.",
    short: "{{company}} : fausse alerte, {{affected}} n'a pas été touché.",
  },
  helpdesk_reply: {
    subject: "Re : {{title}}",
    body: "Merci de nous avoir contactés. Nous connaissons un problème avec {{affected}} et notre équipe y travaille. {{impact}}\n\nSuivi : {{status_url}}{{#if next_update_at}} ; prochaine mise à jour au plus tard le {{next_update_at}}{{/if}}.",
    short: "Nous connaissons un problème avec {{affected}} et y travaillons. Suivi : {{status_url}}",
  },
  maintenance_notice: {
    subject: "[{{company}}] Maintenance prévue sur {{affected}}",
    body: "Nous effectuerons une maintenance prévue sur {{affected}} du {{window_start}} au {{window_end}}. {{impact}}{{#if action}} Pour vous préparer : {{action}}{{/if}}\n\nDétails : {{status_url}}",
    short: "{{company}} : maintenance prévue sur {{affected}}, du {{window_start}} au {{window_end}}. {{status_url}}",
  },
  maintenance_start: {
    subject: "[{{company}}] La maintenance sur {{affected}} a commencé",
    body: "La maintenance prévue sur {{affected}} a commencé et devrait se terminer au plus tard le {{window_end}}. {{impact}}\n\nDétails : {{status_url}}",
    short: "{{company}} : la maintenance sur {{affected}} a commencé ; fin prévue le {{window_end}}.",
  },
  maintenance_overrun: {
    subject: "[{{company}}] La maintenance sur {{affected}} prend plus de temps que prévu",
    body: "La maintenance sur {{affected}} prend plus de temps que prévu. Nous prévoyons désormais de terminer le {{new_end}}. {{impact}}\n\nVeuillez nous excuser pour ce désagrément. Détails : {{status_url}}",
    short: "{{company}} : la maintenance sur {{affected}} se prolonge ; nouvelle fin : {{new_end}}. {{status_url}}",
  },
  maintenance_complete: {
    subject: "[{{company}}] La maintenance sur {{affected}} est terminée",
    body: "La maintenance prévue sur {{affected}} est terminée et tout fonctionne normalement. Merci de votre patience.",
    short: "{{company}} : la maintenance sur {{affected}} est terminée.",
  },
  post_incident_summary: {
    subject: "[{{company}}] Bilan de l'incident {{title}}",
    body: "Le {{started_at}}, {{affected}} a cessé de fonctionner normalement. Le service a été entièrement rétabli le {{resolved_at}}.\n\nImpact : {{impact}}\nCe qui s'est passé : {{root_cause}}\nCe que nous avons fait : {{fix}}\nCe que nous changeons : {{prevention}}{{#if sla_credit}}\nAvoir de service : {{sla_credit}}{{/if}}",
    short: "{{company}} : notre bilan de l'incident {{title}} est disponible : {{status_url}}",
  },
  helpdesk_resolved: {
    subject: "Résolu : {{title}}",
    body: "Bonne nouvelle : le problème touchant {{affected}} est résolu et tout fonctionne de nouveau normalement. Nous vous prions de nous excuser pour la gêne occasionnée.\n\nTous les détails sont sur {{status_url}}. Si quelque chose ne fonctionne toujours pas chez vous, répondez à ce message et nous regarderons.",
    short: "Résolu : {{affected}} fonctionne de nouveau normalement. {{status_url}}",
  },
  csm_alert: {
    subject: "[{{severity}}] {{title}} : {{account}} est concerné",
    body: "{{account}} est concerné par {{title}} ({{severity}}).\nImpact : {{impact}}{{#if next_update_at}}\nProchaine mise à jour publique au plus tard le {{next_update_at}}.{{/if}}\nPage de statut : {{status_url}}{{#if talking_points}}\nPoints clés : {{talking_points}}{{/if}}",
    short: "[{{severity}}] {{account}} concerné par {{title}}. {{status_url}}",
  },
  internal_briefing: {
    subject: "[{{severity}}] Point de situation : {{title}}",
    body: "Incident : {{title}} ({{severity}})\nConcerné : {{affected}}\nImpact client : {{impact}}{{#if next_update_at}}\nProchaine mise à jour publique au plus tard le {{next_update_at}}.{{/if}}{{#if talking_points}}\nPoints clés : {{talking_points}}{{/if}}\nPage de statut : {{status_url}}",
    short:
      "[{{severity}}] {{title}} : {{affected}}.{{#if next_update_at}} Prochaine mise à jour : {{next_update_at}}.{{/if}}",
  },
};
