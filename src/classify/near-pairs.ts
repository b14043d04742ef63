// Finds a near pair (src/knowledge/phrases/near-pairs.ts) in a lower-cased text: a subject word and a
// predicate word of one set, in that order, in one sentence, a few characters apart. One pass over the
// text, looking up words only where a word starts; every other step is bounded by the window, so the
// work is linear in the text whatever it holds (no regular expressions).
import {
  NEAR_PAIR_CLOSE_WINDOW, NEAR_PAIR_LEAD_WINDOW, NEAR_PAIR_WINDOW, NEAR_PAIRS, SENDER_LOOKAHEAD, SENDER_LOOKBACK, SENDER_POSSESSIVES, SENDER_WORDS,
} from '../knowledge/phrases/near-pairs.js';
import type { NearPairSet } from '../knowledge/phrases/near-pairs.js';
import { withUnaccented } from '../knowledge/phrases/without-accents.js';
import type { Evidence, Reason } from '../types.js';
import { MAX_EVIDENCE_LENGTH } from './pattern.js';

const SUBJECT = 0;
const PREDICATE = 1;
const LEADING = 2;
const NOT_SUBJECT = 3;
const CLOSE_PREDICATE = 4;

interface Word {
  text: string;
  /** A stem ('esgotad*'): any ending. */
  stem: boolean;
  kind: number;
  set: number;
  /** The second code unit: compared before the whole word, as many words share their first letter. */
  second: number;
}

/** Words by their first three code units (keyAt): few words share a list. */
type Words = Map<number, Word[]>;

/**
 * The key of the words that start at `i` with the text's three code units there: a small integer (a
 * few triples share one). A word of two letters ("su") is keyed with a space after it, as it is read.
 */
function keyAt(text: string, i: number): number {
  const third = i + 2 < text.length ? text.charCodeAt(i + 2) : 0x20;
  return ((text.charCodeAt(i) & 0x3ff) << 20) | ((text.charCodeAt(i + 1) & 0x3ff) << 10) | (third & 0x3ff);
}

interface Compiled {
  pairs: Words;
  sender: Words;
  possessives: Words;
}
let compiled: Compiled | null = null;

function addWords(into: Words, words: readonly string[], kind: number, set: number): void {
  for (const spelled of withUnaccented(words)) {
    if (typeof spelled !== 'string' || !spelled) continue;
    if (spelled.indexOf('*') !== spelled.length - 1 && spelled.includes('*')) throw new Error(`near pairs: '*' ends a stem only: ${spelled}`);
    const stem = spelled.endsWith('*');
    const text = stem ? spelled.slice(0, -1) : spelled;
    // a stem is keyed by its first three letters, a word of two by its letters and a space
    if (text.length < (stem ? 3 : 2)) throw new Error(`near pairs: too short a word: ${spelled}`);
    const first = keyAt(text.length === 2 ? `${text} ` : text, 0);
    const list = into.get(first);
    const word = { text, stem, kind, set, second: text.charCodeAt(1) };
    if (list) list.push(word);
    else into.set(first, [word]);
  }
}

function compile(): Compiled {
  const pairs: Words = new Map();
  NEAR_PAIRS.forEach((set, i) => {
    // the longer wordings first, so that "caixa de saída" is seen before "caixa"
    addWords(pairs, set.notSubjects ?? [], NOT_SUBJECT, i);
    addWords(pairs, set.subjects, SUBJECT, i);
    addWords(pairs, set.predicates, PREDICATE, i);
    addWords(pairs, set.closePredicates ?? [], CLOSE_PREDICATE, i);
    addWords(pairs, set.leading ?? [], LEADING, i);
  });
  const sender: Words = new Map();
  addWords(sender, SENDER_WORDS, SUBJECT, -1);
  const possessives: Words = new Map();
  addWords(possessives, SENDER_POSSESSIVES, SUBJECT, -1);
  return { pairs, sender, possessives };
}

/** A letter or digit of a word (Latin letters with accents, other scripts, the replacement character). */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
}

/** Characters that join the parts of an address or a name: "buzon.lleno@example.com", "ana_full". */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x40 || c === 0x5f || c === 0x2d || c === 0x2b || c === 0x2f || c === 0x3d;
}

/** True when a word may start at `i`: not inside a word, nor inside an address. */
function startsWord(text: string, i: number): boolean {
  if (i === 0) return true;
  const before = text.charCodeAt(i - 1);
  if (isWordCode(before)) return false;
  return !(isJoiner(before) && i >= 2 && isWordCode(text.charCodeAt(i - 2)));
}

/** True when a word may end at `end` (exclusive). */
function endsWord(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const after = text.charCodeAt(end);
  if (isWordCode(after)) return false;
  return !(isJoiner(after) && end + 1 < text.length && isWordCode(text.charCodeAt(end + 1)));
}

/**
 * True when the character at `i` ends a sentence (a '.' only before a space or the end: not in
 * "example.com"). A ':' ends one for a pair ("A mensagem não foi entregue: caixa postal com tamanho
 * superior" pairs no message with a size), not for the sender words after it (`colon` false).
 */
function breaksSentence(text: string, i: number, colon = true): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x0d || c === 0x3b) return true; // newline, ';'
  if (c === 0x2e || c === 0x21 || c === 0x3f || (colon && c === 0x3a)) {
    // '.', '!', '?', ':'
    if (i + 1 >= text.length) return true;
    const next = text.charCodeAt(i + 1);
    return next === 0x20 || next === 0x09 || next === 0x0a || next === 0x0d;
  }
  return false;
}

/** Calls `found` with each word of `words` that starts at `i` (a word boundary), until it returns true. */
function wordsAt(text: string, i: number, words: Words, found: (word: Word, end: number) => boolean | void): void {
  if (i + 1 >= text.length) return;
  const second = text.charCodeAt(i + 1);
  const list = words.get(keyAt(text, i));
  if (!list) return;
  for (const word of list) {
    if (word.second !== second) continue;
    if (!text.startsWith(word.text, i)) continue;
    const end = i + word.text.length;
    if (!word.stem && !endsWord(text, end)) continue;
    if (found(word, end) === true) return;
  }
}

/** True when a word of `words` starts somewhere in [from, to) and `accept` takes its end. */
function anyWordIn(text: string, from: number, to: number, words: Words, accept: (end: number) => boolean = () => true): boolean {
  for (let i = Math.max(0, from); i < to && i < text.length; i++) {
    if (!startsWord(text, i)) continue;
    let hit = false;
    wordsAt(text, i, words, (_word, end) => (hit = accept(end)));
    if (hit) return true;
  }
  return false;
}

/**
 * True when the pair (subject at [a, aEnd), predicate ending at pEnd) is the sender's: a sender word
 * in its sentence from a little before the subject to a little after the predicate, or a possessive
 * right before the subject ("su cuenta"); less for a set whose subject is the sender's by nature (`own`).
 */
function sendersPair(text: string, lineStart: number, a: number, pEnd: number, own: NearPairSet['sendersOwn']): boolean {
  if (own === 'all') return false;
  const from = Math.max(lineStart, a - SENDER_LOOKBACK);
  let to = Math.min(text.length, pEnd + SENDER_LOOKAHEAD);
  for (let i = pEnd; i < to; i++) {
    if (breaksSentence(text, i, false)) {
      to = i;
      break;
    }
  }
  const words = compiled!;
  if (anyWordIn(text, from, to, words.sender)) return true;
  if (own === 'possessives') return false;
  // a possessive that ends right before the subject, a space between
  return anyWordIn(text, from, a, words.possessives, (end) => end + 1 === a && text.charCodeAt(end) === 0x20);
}

/**
 * True when a close predicate at `p` follows a subject ending at `end` closely: at most
 * NEAR_PAIR_CLOSE_WINDOW characters between them, not counting one address ("o endereço
 * ana@example.com é inválido"). The gap is at most NEAR_PAIR_WINDOW characters long.
 */
function closeGap(text: string, end: number, p: number): boolean {
  if (p - end <= NEAR_PAIR_CLOSE_WINDOW) return true;
  let at = end;
  while (at < p && text.charCodeAt(at) !== 0x40) at++;
  if (at >= p) return false;
  let from = at;
  while (from > end && text.charCodeAt(from - 1) !== 0x20) from--;
  let to = at;
  while (to < p && text.charCodeAt(to) !== 0x20) to++;
  return p - end - (to - from) <= NEAR_PAIR_CLOSE_WINDOW;
}

interface Occurrence {
  start: number;
  end: number;
}

interface State {
  subjects: Occurrence[][];
  heads: number[];
  leadEnd: number[];
  leadStart: number[];
  best: Array<Occurrence | null>;
  /** Per set: a subject position covered by a longer wording that speaks of something else ("caixa de saída"). */
  blockedAt: number[];
}
let state: State | null = null;

function newState(setCount: number): State {
  const numbers = () => new Array<number>(setCount).fill(0);
  return {
    subjects: Array.from({ length: setCount }, () => []), heads: numbers(), leadEnd: numbers(), leadStart: numbers(),
    best: new Array<Occurrence | null>(setCount).fill(null), blockedAt: numbers(),
  };
}

export interface PairHit {
  reason: Reason;
  evidence: Evidence;
}

/**
 * The first subject of `queue` from `head` that a word at `i` may still pair with (in its sentence and
 * window): what comes before it no later word can reach either.
 */
function reachable(queue: readonly Occurrence[], head: number, i: number, sentenceStart: number): number {
  while (head < queue.length && (queue[head]!.end < i - NEAR_PAIR_WINDOW || queue[head]!.start < sentenceStart)) head++;
  return head;
}

/**
 * The near pair of the text (lower-cased), or null: among the sets that have one, the pair whose
 * subject comes first (a tie goes to the set listed first).
 */
export function findNearPair(lowerText: string): PairHit | null {
  const words = (compiled ??= compile());
  const setCount = NEAR_PAIRS.length;
  // per set: its subjects seen in the current sentence and window (a queue), the latest leading word
  // (the arrays are the module's, reset per call: no allocation for a text without a pair)
  const { subjects, heads, leadEnd, leadStart, best, blockedAt } = (state ??= newState(setCount));
  for (let s = 0; s < setCount; s++) {
    subjects[s]!.length = 0;
    heads[s] = 0;
    leadEnd[s] = -1;
    leadStart[s] = -1;
    best[s] = null;
    blockedAt[s] = -1;
  }
  let sentenceStart = 0;
  // where the sender words are looked for: the sentence, or its line across a ';'
  let lineStart = 0;
  let done = 0;
  const text = lowerText;
  let i = 0;
  const onWord = (word: Word, end: number): void => {
    const s = word.set;
    if (best[s]) return;
    if (word.kind === NOT_SUBJECT) {
      blockedAt[s] = i;
    } else if (word.kind === SUBJECT) {
      if (blockedAt[s] === i) return;
      // a leading word just before: "nenhuma caixa postal"
      const lead = leadEnd[s]!;
      if (lead >= 0 && lead >= sentenceStart && i - lead <= NEAR_PAIR_LEAD_WINDOW && !sendersPair(text, lineStart, i, end, NEAR_PAIRS[s]!.sendersOwn)) {
        // the span from the leading word
        best[s] = { start: leadStart[s]!, end };
        done++;
        return;
      }
      const queue = subjects[s]!;
      // keep the queue short: drop what no later predicate can reach
      heads[s] = reachable(queue, heads[s]!, i, sentenceStart);
      if (heads[s]! > 32 && heads[s]! * 2 > queue.length) {
        queue.splice(0, heads[s]!);
        heads[s] = 0;
      }
      queue.push({ start: i, end });
    } else if (word.kind === PREDICATE || word.kind === CLOSE_PREDICATE) {
      const queue = subjects[s]!;
      heads[s] = reachable(queue, heads[s]!, i, sentenceStart);
      // the first subject in reach, else the nearest one (at most two sender checks per predicate)
      let first = -1;
      let nearest = -1;
      const close = word.kind === CLOSE_PREDICATE;
      for (let q = heads[s]!; q < queue.length && queue[q]!.end <= i; q++) {
        if (close && !closeGap(text, queue[q]!.end, i)) continue;
        if (first < 0) first = q;
        nearest = q;
      }
      if (nearest < 0) return;
      for (const q of nearest === first ? [nearest] : [first, nearest]) {
        const subject = queue[q]!;
        if (sendersPair(text, lineStart, subject.start, end, NEAR_PAIRS[s]!.sendersOwn)) continue;
        best[s] = { start: subject.start, end };
        done++;
        break;
      }
    } else {
      leadEnd[s] = end;
      leadStart[s] = i;
    }
  };
  for (; i < text.length && done < setCount; i++) {
    if (breaksSentence(text, i)) {
      sentenceStart = i + 1;
      if (text.charCodeAt(i) !== 0x3b) lineStart = i + 1;
      continue;
    }
    if (startsWord(text, i)) wordsAt(text, i, words.pairs, onWord);
  }
  let winner = -1;
  for (let s = 0; s < setCount; s++) if (best[s] && (winner < 0 || best[s]!.start < best[winner]!.start)) winner = s;
  if (winner < 0) return null;
  const span = best[winner]!;
  // the whole last word, where a stem matched ("esgotad" -> "esgotada")
  const limit = Math.min(text.length, span.start + MAX_EVIDENCE_LENGTH);
  let end = span.end;
  while (end < limit && isWordCode(text.charCodeAt(end))) end++;
  const reason = NEAR_PAIRS[winner]!.reason;
  return {
    reason,
    evidence: { rule: `pair:${reason}`, field: 'text', match: text.slice(span.start, Math.min(end, limit)) },
  };
}
