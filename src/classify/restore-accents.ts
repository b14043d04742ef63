// Postfix logs a reply's bytes that are no printable ASCII as '?' (smtputf8_enable=no, or a reply that is
// no valid UTF-8): a Latin-1 reply from a Brazilian server reads "Usu?rio inv?lido", one '?' per accented
// letter, a UTF-8 one "Usu??rio inv??lido", one per byte. No phrase table holds those forms, so each such
// word is looked up among the accented words the classifier knows (its phrase, signature and near-pair
// tables) by that form, and written with its accents again; a word the tables do not know stays as it is.
import { PHRASE_ORDER, WEAK_ORDER } from '../knowledge/phrases/index.js';
import { NEAR_PAIRS, SENDER_POSSESSIVES, SENDER_WORDS } from '../knowledge/phrases/near-pairs.js';
import { NOT_FAILURE_ORDER } from '../knowledge/phrases/not-failures.js';
import { PERMANENT_WORDS, TEMPORARY_WORDS } from '../knowledge/phrases/temporary-words.js';
import { SIGNATURES } from '../knowledge/signatures/index.js';
import type { Pattern } from '../knowledge/signatures/types.js';

/** A letter, one or two '?', a letter: a word with letters lost (a question mark ends a word, it is not inside one). */
const LOST_INSIDE_WORD = /[a-z]\?\??[a-z]/i;
/** A word as Postfix may write it: ASCII letters and '?' (an accented letter at either end included). */
const WORD = /[a-z?]+/gi;
const NOT_ASCII = /[^\x00-\x7f]/;
const EACH_NOT_ASCII = /[^\x00-\x7f]/g;
const WORD_OF_TABLE = /[\p{L}*]+/gu;

interface Table {
  /** "usu?rio" -> "usuário": each accented letter one '?' (Latin-1 bytes). */
  latin1: Map<string, string | null>;
  /** "usu??rio" -> "usuário": each accented letter two (a letter of U+0080 to U+07FF is two bytes of UTF-8). */
  utf8: Map<string, string | null>;
  /** Stems of the near pairs ("inválid*"), by their Latin-1 and UTF-8 forms: a word that starts with one. */
  stems: Map<string, string | null>;
}
let table: Table | null = null;

/** A key shared by two different words tells neither: null, and the word stays as written. */
function add(map: Map<string, string | null>, key: string, word: string): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, word);
  else if (had !== null && had !== word) map.set(key, null);
}

function build(): Table {
  const out: Table = { latin1: new Map(), utf8: new Map(), stems: new Map() };
  const words = new Set<string>();
  const collect = (patterns: readonly (Pattern | undefined)[] | undefined): void => {
    for (const pattern of patterns ?? []) {
      for (const text of typeof pattern === 'string' ? [pattern] : pattern ?? []) {
        for (const word of text.toLowerCase().match(WORD_OF_TABLE) ?? []) if (NOT_ASCII.test(word)) words.add(word);
      }
    }
  };
  for (const set of [...PHRASE_ORDER, ...WEAK_ORDER, ...NOT_FAILURE_ORDER]) {
    collect(set.phrases);
    collect(set.weak);
  }
  for (const signature of SIGNATURES) collect('text' in signature ? signature.text : undefined);
  for (const set of NEAR_PAIRS) {
    for (const list of [set.subjects, set.predicates, set.closePredicates, set.leading, set.notSubjects]) collect(list);
  }
  collect(SENDER_WORDS);
  collect(SENDER_POSSESSIVES);
  collect(TEMPORARY_WORDS);
  collect(PERMANENT_WORDS);
  for (const word of words) {
    // only Latin letters: a word of another script would be nothing but '?'
    if (!/^[a-z\u00c0-\u024f*]+$/.test(word)) continue;
    const stem = word.endsWith('*');
    const bare = stem ? word.slice(0, -1) : word;
    if (bare.includes('*') || !/[a-z]/.test(bare)) continue;
    const latin1 = bare.replace(EACH_NOT_ASCII, '?');
    const utf8 = bare.replace(EACH_NOT_ASCII, '??');
    if (stem) {
      add(out.stems, latin1, bare);
      add(out.stems, utf8, bare);
    } else {
      add(out.latin1, latin1, bare);
      add(out.utf8, utf8, bare);
    }
  }
  return out;
}

/** Each lost letter ('?', or '??' in UTF-8) of `written` as the accented letter of `word`, in the case the word is written in. */
function respell(written: string, word: string, utf8: boolean): string {
  const upper = written === written.toUpperCase() && /[A-Z].*[A-Z]/.test(written);
  let out = '';
  let w = 0;
  for (let i = 0; i < written.length; i++, w++) {
    const c = written[i]!;
    if (c !== '?') {
      out += c;
      continue;
    }
    const letter = word[w]!;
    out += upper ? letter.toUpperCase() : letter;
    if (utf8) i++;
  }
  return out;
}

/** The accented word that `lower` (lower case, with its lost letters) stands for, with the kind of key it matched. */
function lookUp(lower: string, t: Table, latin1Only: boolean): { word: string; utf8: boolean } | null {
  const orders: boolean[] = latin1Only ? [false] : [true, false];
  for (const utf8 of orders) {
    const word = (utf8 ? t.utf8 : t.latin1).get(lower);
    if (word) return { word, utf8 };
  }
  // a stem of a near pair ("inválid*"): the longest that starts the word ("inv?lida")
  for (let end = lower.length - 1; end >= 3; end--) {
    const start = lower.slice(0, end);
    if (!start.includes('?')) break;
    const word = t.stems.get(start);
    if (word) {
      const utf8 = start.length !== word.length;
      if (latin1Only && utf8) continue;
      return { word: word + lower.slice(end), utf8 };
    }
  }
  return null;
}

/** The evidence's rule when the classifier read a text with its accents restored. */
export const ACCENTS_RESTORED = 'text:accents-restored';

export interface Restored {
  text: string;
  /** The words as written, with their '?' ("Usu?rio n?o"): the evidence quotes them. */
  lost: string[];
}

/**
 * The text with the accents of the words a log lost ("Usu?rio inexistente" -> "Usuário inexistente"),
 * or null when it has no such word the tables know. Texts without a '?' inside a word cost one search.
 */
export function restoreAccents(text: string): Restored | null {
  if (!text.includes('?') || !LOST_INSIDE_WORD.test(text)) return null;
  const t = (table ??= build());
  // a run of one '?' inside a word is a Latin-1 byte: no UTF-8 letter is one byte
  const latin1Only = /[a-z](?:\?\?)*\?[a-z]/i.test(text);
  const lost: string[] = [];
  const out = text.replace(WORD, (written) => {
    if (!written.includes('?') || written.length < 2) return written;
    const found = lookUp(written.toLowerCase(), t, latin1Only);
    if (!found) return written;
    lost.push(written);
    return respell(written, found.word, found.utf8);
  });
  return lost.length ? { text: out, lost } : null;
}
