import { uiLocale } from "./i18n";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "in 25 minutes", "3 hours ago", in the agent's language. */
export function relative(iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  const rtf = new Intl.RelativeTimeFormat(uiLocale(), { numeric: "auto" });
  for (const [unit, ms] of units) if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  return rtf.format(0, "minute");
}

/** A clock time in the agent's zone and language, with the date when it is not today. */
export function clock(iso: string, now = Date.now()): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: "2-digit", minute: "2-digit" }
    : { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" };
  return new Intl.DateTimeFormat(uiLocale(), options).format(at);
}

/** "14:30 (in 25 minutes)". */
export const when = (iso: string, now = Date.now()) => `${clock(iso, now)} (${relative(iso, now)})`;

export const isPast = (iso: string, now = Date.now()) => new Date(iso).getTime() < now;

/** "French" for "fr", in the agent's language. */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: "language" }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}
