// SMTP replies are ASCII unless both sides speak SMTPUTF8 (RFC 5321 §2.4, RFC 6531), so servers that
// answer in Portuguese often drop the accents: "usuario nao existe", "caixa postal cheia", "conexoes".
// Every accented phrase of a table is therefore also looked for without its accents; the tables hold
// the correct spelling only.
import type { Pattern } from '../signatures/types.js';
import type { PhraseSet } from './types.js';

/** Latin combining diacritical marks (U+0300 to U+036F): acute, grave, tilde, circumflex, cedilla... */
const LATIN_MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/** "não é possível" -> "nao e possivel", "użytkownik" -> "uzytkownik"; a Japanese dakuten is not a Latin mark. */
export function stripAccents(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC') : text;
}

/** The pattern without accents, or the same pattern when it has none. */
function foldPattern(pattern: Pattern): Pattern {
  if (typeof pattern === 'string') return stripAccents(pattern);
  const folded = pattern.map(stripAccents);
  return folded.some((f, i) => f !== pattern[i]) ? folded : pattern;
}

/**
 * The patterns, each accented one followed by its unaccented form, unless the list has that form
 * already (an English "virus" beside the Portuguese "vírus").
 */
export function withUnaccented(patterns: readonly Pattern[]): readonly Pattern[] {
  let out: Pattern[] | null = null;
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i]!;
    const folded = foldPattern(pattern);
    if (folded === pattern || (typeof folded === 'string' && patterns.includes(folded))) {
      out?.push(pattern);
      continue;
    }
    out ??= patterns.slice(0, i);
    out.push(pattern, folded);
  }
  return out ?? patterns;
}

const folded = new WeakMap<PhraseSet, PhraseSet>();

/** A phrase set whose phrases and weak phrases are also looked for without accents (one copy per set). */
export function phraseSetWithUnaccented(set: PhraseSet): PhraseSet {
  let out = folded.get(set);
  if (!out) {
    out = { ...set, phrases: withUnaccented(set.phrases), ...(set.weak ? { weak: withUnaccented(set.weak) } : {}) };
    folded.set(set, out);
  }
  return out;
}
