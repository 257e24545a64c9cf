import type { Subscriber } from "./model";

const wording: Record<
  string,
  {
    subject: (page: string) => string;
    email: (page: string, link: string) => string;
    sms: (page: string, link: string) => string;
  }
> = {
  en: {
    subject: (page) => `Confirm your subscription to ${page}`,
    email: (page, link) =>
      `Please confirm that you want status updates from ${page}: ${link}\n\nIf you did not ask for this, ignore this email and you will get nothing more.`,
    sms: (page, link) => `${page}: confirm status alerts at ${link}`,
  },
  fr: {
    subject: (page) => `Confirmez votre abonnement à ${page}`,
    email: (page, link) =>
      `Merci de confirmer que vous souhaitez recevoir les mises à jour de ${page} : ${link}\n\nSi vous n'avez rien demandé, ignorez cet e-mail : vous ne recevrez rien d'autre.`,
    sms: (page, link) => `${page} : confirmez les alertes sur ${link}`,
  },
  de: {
    subject: (page) => `Bestätigen Sie Ihr Abonnement von ${page}`,
    email: (page, link) =>
      `Bitte bestätigen Sie, dass Sie Statusmeldungen von ${page} erhalten möchten: ${link}\n\nFalls Sie das nicht angefordert haben, ignorieren Sie diese E-Mail; Sie erhalten dann nichts weiter.`,
    sms: (page, link) => `${page}: Statusmeldungen bestätigen unter ${link}`,
  },
};

/** The double opt-in message, in the subscriber's language (English when it has none of ours). */
export function confirmMessage(
  s: Pick<Subscriber, "channel" | "locale">,
  pageName: string,
  link: string,
): { subject: string; text: string } {
  const w = wording[s.locale.slice(0, 2).toLowerCase()] ?? wording.en!;
  return { subject: w.subject(pageName), text: s.channel === "sms" ? w.sms(pageName, link) : w.email(pageName, link) };
}
