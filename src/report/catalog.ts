// The report strings of every language (kept apart from src/i18n/catalog.ts, which other faces share).
import { report as en } from '../i18n/en/report.js';
import { report as ptBR } from '../i18n/pt-BR/report.js';
import type { ReportText } from '../i18n/report-text.js';
import type { Locale } from '../types.js';

export const REPORTS: Record<Locale, ReportText> = { 'pt-BR': ptBR, en };

/** The digit group separator of each language, for whole numbers. */
const GROUP_SEPARATOR: Record<Locale, string> = { 'pt-BR': '.', en: ',' };

/**
 * Digit grouping of the language: 1.234 in pt-BR, 1,234 in English. Whole numbers (all the counts)
 * are grouped here: the first Intl.NumberFormat of a process costs some 30 ms of ICU start-up, a
 * tenth of a short run.
 */
export function numberFormat(locale: Locale): (n: number) => string {
  let intl: Intl.NumberFormat | null = null;
  const sep = GROUP_SEPARATOR[locale];
  return (n) => {
    if (Number.isSafeInteger(n)) {
      const digits = String(Math.abs(n));
      let out = '';
      for (let i = digits.length; i > 0; i -= 3) out = (i > 3 ? sep : '') + digits.slice(Math.max(0, i - 3), i) + out;
      return n < 0 ? '-' + out : out;
    }
    intl ??= new Intl.NumberFormat(REPORTS[locale].numberLocale);
    return intl.format(n);
  };
}
