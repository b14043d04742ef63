// A list in words, as each language writes one: "você (o remetente) e o administrador do seu servidor",
// "a, b and c". By hand: Intl.ListFormat took 15 ms to create, a sixth of the command line's cold start.
import type { Locale } from '../types.js';

/** The word before the last item, and whether a comma comes before it too (English's serial comma). */
const LAST: Record<Locale, { and: string; serialComma: boolean }> = {
  'pt-BR': { and: 'e', serialComma: false },
  en: { and: 'and', serialComma: true },
};

export function listWords(items: readonly string[], lang: Locale): string {
  if (items.length < 2) return items[0] ?? '';
  const { and, serialComma } = LAST[lang];
  if (items.length === 2) return `${items[0]} ${and} ${items[1]}`;
  return `${items.slice(0, -1).join(', ')}${serialComma ? ',' : ''} ${and} ${items[items.length - 1]}`;
}
