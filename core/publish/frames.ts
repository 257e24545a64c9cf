import type { Locale } from "../templates/catalog";

/** What a channel puts before and after the approved words. */
export interface FramePart {
  lead: string;
  /** The link and next-update line; left out when the words already carry the link. */
  tail: string;
}

/**
 * The frame each channel puts around the approved words, per locale: the words themselves stay as
 * approved; the frame adds only a greeting, the link and the next-update time. Subjects come from
 * the kind's template.
 */
export interface Frame {
  /** Email, chat and webhook text. */
  body: FramePart;
  /** The help-desk reply: the Zendesk macro, public replies and auto-close comments. */
  helpdesk: FramePart;
  /** SMS, in-app banner and social: the words are shortened by whole sentences to fit. */
  short: FramePart;
}

export const frames: Record<Locale, Frame> = {
  en: {
    body: {
      lead: "",
      tail: "\n\n{{#if next_update_at}}We will send the next update by {{next_update_at}}. {{/if}}Follow along at {{status_url}}.",
    },
    helpdesk: {
      lead: "Thank you for reaching out. ",
      tail: "\n\nYou can follow progress at {{status_url}}{{#if next_update_at}}; we will post the next update by {{next_update_at}}{{/if}}.",
    },
    short: { lead: "{{company}}: ", tail: " {{status_url}}" },
  },
  fr: {
    body: {
      lead: "",
      tail: "\n\n{{#if next_update_at}}Prochaine mise à jour au plus tard le {{next_update_at}}. {{/if}}Suivi : {{status_url}}",
    },
    helpdesk: {
      lead: "Merci de nous avoir contactés. ",
      tail: "\n\nSuivi : {{status_url}}{{#if next_update_at}} ; prochaine mise à jour au plus tard le {{next_update_at}}{{/if}}.",
    },
    short: { lead: "{{company}} : ", tail: " {{status_url}}" },
  },
  de: {
    body: {
      lead: "",
      tail: "\n\n{{#if next_update_at}}Das nächste Update folgt bis {{next_update_at}}. {{/if}}Aktueller Stand: {{status_url}}",
    },
    helpdesk: {
      lead: "Danke für Ihre Nachricht. ",
      tail: "\n\nDen aktuellen Stand finden Sie unter {{status_url}}{{#if next_update_at}}; das nächste Update folgt bis {{next_update_at}}{{/if}}.",
    },
    short: { lead: "{{company}}: ", tail: " {{status_url}}" },
  },
};
