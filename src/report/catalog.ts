// The report strings of every language (kept apart from src/i18n/catalog.ts, which other faces share).
import { report as en } from '../i18n/en/report.js';
import { report as ptBR } from '../i18n/pt-BR/report.js';
import { groupDigits } from '../i18n/group-digits.js';
import type { ReportText } from '../i18n/report-text.js';
import type { Locale } from '../types.js';

export const REPORTS: Record<Locale, ReportText> = { 'pt-BR': ptBR, en };

/**
 * Digit grouping of the language: 1.234 in pt-BR, 1,234 in English. Whole numbers (all the counts)
 * are grouped here: the first Intl.NumberFormat of a process costs some 30 ms of ICU start-up, a
 * tenth of a short run.
 */
export function numberFormat(locale: Locale): (n: number) => string {
  let intl: Intl.NumberFormat | null = null;
  return (n) => {
    const grouped = groupDigits(n, locale);
    if (grouped !== null) return grouped;
    intl ??= new Intl.NumberFormat(REPORTS[locale].numberLocale);
    return intl.format(n);
  };
}
