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
