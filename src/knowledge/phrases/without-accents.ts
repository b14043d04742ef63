// SMTP replies are ASCII unless both sides speak SMTPUTF8 (RFC 5321 §2.4, RFC 6531), so servers that
// answer in Portuguese often drop the accents: "usuario nao existe", "caixa postal cheia", "conexoes".
// Every accented phrase of a table is therefore also looked for without its accents, and as a mail
// client shows it when a wrong charset turned each accented letter into "\uFFFD" ("Usu\uFFFDrio
// inexistente" copied from the screen); the tables hold the correct spelling only.
import type { Pattern } from '../signatures/types.js';
import type { PhraseSet } from './types.js';

/** Latin combining diacritical marks (U+0300 to U+036F): acute, grave, tilde, circumflex, cedilla... */
const LATIN_MARKS = /[\u0300-\u036f]/g;
const NOT_ASCII = /[^\x00-\x7f]/;

/** "não é possível" -> "nao e possivel", "użytkownik" -> "uzytkownik"; a Japanese dakuten is not a Latin mark. */
export function stripAccents(text: string): string {
  return NOT_ASCII.test(text) ? text.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC') : text;
}

/** Accented Latin letters (Latin-1 Supplement and Latin Extended-A/B, U+00C0 to U+024F). */
const LATIN_ACCENTED = /[\u00c0-\u024f]/g;
const LATIN_TEXT = /^[\x00-\x7f\u00c0-\u024f]*$/;

/**
 * "usuário" -> "usu\uFFFDrio": the same words as a mail client shows them when the text's charset was
 * wrong and each accented letter became a replacement character (a Latin-1 byte read as UTF-8). Only
 * for Latin text: a phrase in another script would turn into a run of nothing but replacement marks.
 */
export function lostAccents(text: string): string {
  return NOT_ASCII.test(text) && LATIN_TEXT.test(text) ? text.replace(LATIN_ACCENTED, '\uFFFD') : text;
}

/** The pattern with each of its strings changed by `change`, or the same pattern when none changes. */
function mapPattern(pattern: Pattern, change: (text: string) => string): Pattern {
  if (typeof pattern === 'string') return change(pattern);
  const changed = pattern.map(change);
  return changed.some((f, i) => f !== pattern[i]) ? changed : pattern;
}

/**
 * The patterns, each accented one followed by its unaccented form, unless the list has that form
 * already (an English "virus" beside the Portuguese "vírus"), and by its form with replacement
 * characters where the accents were lost (lostAccents); one with "e-mail" also with "email", in the
 * same forms.
 */
export function withUnaccented(patterns: readonly Pattern[]): readonly Pattern[] {
  let out: Pattern[] | null = null;
  for (let i = 0; i < patterns.length; i++) {
    const pattern = patterns[i]!;
    // "e-mail" as many servers spell it too: "endereço de email inválido"
    const spelled = mapPattern(pattern, emailSpelling);
    const forms = spelled !== pattern && !patterns.includes(spelled) ? [pattern, spelled] : [pattern];
    const variants = forms.flatMap((form) => {
      const folded = mapPattern(form, stripAccents);
      if (folded === form) return [];
      const lost = mapPattern(form, lostAccents);
      return [...(typeof folded !== 'string' || !patterns.includes(folded) ? [folded] : []), ...(lost !== form ? [lost] : [])];
    });
    if (forms.length === 1 && !variants.length) {
      out?.push(pattern);
      continue;
    }
    out ??= patterns.slice(0, i);
    out.push(...forms, ...variants);
  }
  return out ?? patterns;
}

/** "e-mail" -> "email". */
function emailSpelling(text: string): string {
  return text.includes('e-mail') ? text.replaceAll('e-mail', 'email') : text;
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
