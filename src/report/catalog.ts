// The report strings of every language (kept apart from src/i18n/catalog.ts, which other faces share).
import { report as en } from '../i18n/en/report.js';
import { report as ptBR } from '../i18n/pt-BR/report.js';
import type { ReportText } from '../i18n/report-text.js';
import type { Locale } from '../types.js';

export const REPORTS: Record<Locale, ReportText> = { 'pt-BR': ptBR, en };

/** Digit grouping of the language: 1.234 in pt-BR, 1,234 in English. */
export function numberFormat(locale: Locale): (n: number) => string {
  const f = new Intl.NumberFormat(REPORTS[locale].numberLocale);
  return (n) => f.format(n);
}
