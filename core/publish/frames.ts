import type { Locale } from "../templates/catalog";

/**
 * The frame each channel puts around the approved words, per locale: the words themselves stay as
 * approved; the frame adds only the link and the next-update time. Subjects come from the kind's template.
 */
export interface Frame {
  /** Email, chat and webhook text. */
  body: string;
  /** The help-desk reply: the Zendesk macro, public replies and auto-close comments. */
  helpdesk: string;
  /** SMS, in-app banner and social: the words are shortened by whole sentences to fit. */
  short: string;
}

export const frames: Record<Locale, Frame> = {
  en: {
    body: "{{message}}\n\n{{#if next_update_at}}We will send the next update by {{next_update_at}}. {{/if}}Follow along at {{status_url}}.",
    helpdesk:
      "Thank you for reaching out. {{message}}\n\nYou can follow progress at {{status_url}}{{#if next_update_at}}; we will post the next update by {{next_update_at}}{{/if}}.",
    short: "{{company}}: {{message}} {{status_url}}",
  },
  fr: {
    body: "{{message}}\n\n{{#if next_update_at}}Prochaine mise à jour au plus tard le {{next_update_at}}. {{/if}}Suivi : {{status_url}}",
    helpdesk:
      "Merci de nous avoir contactés. {{message}}\n\nSuivi : {{status_url}}{{#if next_update_at}} ; prochaine mise à jour au plus tard le {{next_update_at}}{{/if}}.",
    short: "{{company}} : {{message}} {{status_url}}",
  },
  de: {
    body: "{{message}}\n\n{{#if next_update_at}}Das nächste Update folgt bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    helpdesk:
      "Danke für Ihre Nachricht. {{message}}\n\nDen aktuellen Stand finden Sie unter {{status_url}}{{#if next_update_at}}; das nächste Update folgt bis {{next_update_at}}{{/if}}.",
    short: "{{company}}: {{message}} {{status_url}}",
  },
};
