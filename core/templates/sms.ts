/** The GSM 03.38 basic character set; anything else forces UCS-2. */
const gsmBasic = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
/** Extension characters cost two septets (escape + char). */
const gsmExtension = new Set("^{}\\[~]|€\f");

export interface SmsSegments {
  encoding: "GSM-7" | "UCS-2";
  /** Septets for GSM-7, UTF-16 code units for UCS-2. */
  units: number;
  segments: number;
  /** Units left in the last segment. */
  remaining: number;
}

/**
 * How many SMS segments a text needs. One segment holds 160 GSM-7 septets or 70 UCS-2 units;
 * concatenated segments lose 7 septets / 3 units to the header, and an escape pair or a
 * surrogate pair is never split across two segments.
 */
export function countSmsSegments(text: string): SmsSegments {
  const chars = [...text];
  const gsm = chars.every((c) => gsmBasic.has(c) || gsmExtension.has(c));
  const cost = (c: string) => (gsm ? (gsmExtension.has(c) ? 2 : 1) : c.length);
  const units = chars.reduce((n, c) => n + cost(c), 0);
  const single = gsm ? 160 : 70;
  const multi = gsm ? 153 : 67;
  if (units <= single)
    return { encoding: gsm ? "GSM-7" : "UCS-2", units, segments: units === 0 ? 0 : 1, remaining: single - units };
  let segments = 1;
  let used = 0;
  for (const c of chars) {
    const n = cost(c);
    if (used + n > multi) {
      segments++;
      used = 0;
    }
    used += n;
  }
  return { encoding: gsm ? "GSM-7" : "UCS-2", units, segments, remaining: multi - used };
}
