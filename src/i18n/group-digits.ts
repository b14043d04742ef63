// Digit grouping of whole numbers without Intl: the first Intl.NumberFormat of a process costs some
// 30 ms of ICU start-up, a tenth of a short run.
import type { Locale } from '../types.js';

/** The digit group separator of each language. */
const GROUP_SEPARATOR: Record<Locale, string> = { 'pt-BR': '.', en: ',' };

/** 1234 -> "1.234" in pt-BR, "1,234" in English; null for a number that is not a safe integer. */
export function groupDigits(n: number, locale: Locale): string | null {
  if (!Number.isSafeInteger(n)) return null;
  const sep = GROUP_SEPARATOR[locale];
  const digits = String(Math.abs(n));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = (i > 3 ? sep : '') + digits.slice(Math.max(0, i - 3), i) + out;
  return n < 0 ? '-' + out : out;
}

/** The decimal separator of each language. */
const DECIMAL_SEPARATOR: Record<Locale, string> = { 'pt-BR': ',', en: '.' };

/**
 * `part` of `whole` as a percentage with at most two decimals: 2 of 4,812 -> "0,04%" in pt-BR, "0.04%" in
 * English; a share that rounds to nothing but is not nothing, "<0,01%" (never "0%" for a failure).
 */
export function percentText(part: number, whole: number, locale: Locale): string {
  if (whole <= 0) return '0%';
  const hundredths = Math.round((part / whole) * 10_000);
  if (hundredths === 0 && part > 0) return `<0${DECIMAL_SEPARATOR[locale]}01%`;
  const units = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  // "0,5%", not "0,50%"
  const decimals = cents === 0 ? '' : cents % 10 === 0 ? String(cents / 10) : String(cents).padStart(2, '0');
  return `${groupDigits(units, locale)}${decimals ? DECIMAL_SEPARATOR[locale] + decimals : ''}%`;
}
