import type { TemplateKind, TemplateText } from "../catalog";

export const fr: Partial<Record<TemplateKind, TemplateText>> = {
  investigating: {
    subject: "[{{company}}] Nous examinons un problème avec {{affected}}",
    body: "Nous examinons un problème avec {{affected}}. {{impact}}{{#if action}} Ce que vous pouvez faire : {{action}}{{/if}}\n\n{{#if next_update_at}}Prochaine mise à jour au plus tard le {{next_update_at}}. {{/if}}Suivi : {{status_url}}",
    short: "{{company}} : problème avec {{affected}}. {{impact}}{{#if next_update_at}} Prochaine mise à jour : {{next_update_at}}.{{/if}} {{status_url}}",
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
};
