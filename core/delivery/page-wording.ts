/** The words of the public subscription pages, in the subscriber's language (English when it has none of ours). */
export interface PageWording {
  confirmedTitle: string;
  confirmedBody: string;
  unsubscribeTitle: string;
  unsubscribeButton: string;
  /** "Or [change your language or regions] and keep …": before, link text, after. */
  instead: [string, string, string];
  unsubscribedTitle: string;
  noMore: string;
  preferences: string;
  preferencesTitle: string;
  language: string;
  regions: string;
  resubscribe: string;
  save: string;
  savedTitle: string;
  allRegions: string;
  subscribed: string;
  unsubscribed: string;
}

const wordings: Record<string, PageWording> = {
  en: {
    confirmedTitle: "Subscription confirmed",
    confirmedBody: "You will get updates from now on.",
    unsubscribeTitle: "Unsubscribe",
    unsubscribeButton: "Unsubscribe",
    instead: ["Or ", "change your language or regions", " and keep getting the updates that matter to you."],
    unsubscribedTitle: "Unsubscribed",
    noMore: "will get no more updates.",
    preferences: "Preferences",
    preferencesTitle: "Preferences",
    language: "Language",
    regions: "Regions (comma-separated, empty for all)",
    resubscribe: "Subscribe me again",
    save: "Save",
    savedTitle: "Preferences saved",
    allRegions: "all regions",
    subscribed: "You are subscribed.",
    unsubscribed: "You are unsubscribed.",
  },
  fr: {
    confirmedTitle: "Abonnement confirmé",
    confirmedBody: "Vous recevrez désormais les mises à jour.",
    unsubscribeTitle: "Se désabonner",
    unsubscribeButton: "Me désabonner",
    instead: ["Ou ", "changez de langue ou de régions", " pour ne recevoir que les mises à jour qui vous concernent."],
    unsubscribedTitle: "Désabonnement effectué",
    noMore: "ne recevra plus de mises à jour.",
    preferences: "Préférences",
    preferencesTitle: "Préférences",
    language: "Langue",
    regions: "Régions (séparées par des virgules, vide pour toutes)",
    resubscribe: "Me réabonner",
    save: "Enregistrer",
    savedTitle: "Préférences enregistrées",
    allRegions: "toutes les régions",
    subscribed: "Vous êtes abonné.",
    unsubscribed: "Vous êtes désabonné.",
  },
  de: {
    confirmedTitle: "Abonnement bestätigt",
    confirmedBody: "Sie erhalten ab jetzt Statusmeldungen.",
    unsubscribeTitle: "Abbestellen",
    unsubscribeButton: "Abbestellen",
    instead: [
      "Oder ",
      "ändern Sie Sprache oder Regionen",
      " und erhalten Sie weiter die Meldungen, die Sie betreffen.",
    ],
    unsubscribedTitle: "Abbestellt",
    noMore: "erhält keine Meldungen mehr.",
    preferences: "Einstellungen",
    preferencesTitle: "Einstellungen",
    language: "Sprache",
    regions: "Regionen (durch Kommas getrennt, leer für alle)",
    resubscribe: "Wieder abonnieren",
    save: "Speichern",
    savedTitle: "Einstellungen gespeichert",
    allRegions: "alle Regionen",
    subscribed: "Sie sind abonniert.",
    unsubscribed: "Sie sind abgemeldet.",
  },
};

export const pageWording = (locale: string): PageWording => wordings[locale.slice(0, 2).toLowerCase()] ?? wordings.en!;
