// SMTP replies are ASCII unless both sides speak SMTPUTF8 (RFC 5321 §2.4, RFC 6531), so servers that
// answer in Portuguese often drop the accents: "usuario nao existe", "caixa postal cheia", "conexoes".
// Every accented phrase of a table is therefore also looked for without its accents; the tables hold
// the correct spelling only.
import type { Pattern } from '../signatures/types.js';
import type { PhraseSet } from './types.js';

/** Latin combining diacritical marks (U+0300 to U+036F): acute, grave, tilde, circumflex, cedilla... */
const LATIN_MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/** "não é possível" -> "nao e possivel"; other scripts keep their marks (a dakuten is not in the range). */
export function stripAccents(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC') : text;
}

function foldPattern(pattern: Pattern): Pattern {
  return typeof pattern === 'string' ? stripAccents(pattern) : pattern.map(stripAccents);
}

const key = (pattern: Pattern): string => (typeof pattern === 'string' ? pattern : pattern.join('\u0000'));

/** The patterns, each accented one followed by its unaccented form (unless the list has it already). */
export function withUnaccented(patterns: readonly Pattern[]): readonly Pattern[] {
  const seen = new Set(patterns.map(key));
  const out: Pattern[] = [];
  for (const pattern of patterns) {
    out.push(pattern);
    const folded = foldPattern(pattern);
    if (seen.has(key(folded))) continue;
    seen.add(key(folded));
    out.push(folded);
  }
  return out;
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
