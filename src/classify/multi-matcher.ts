// Many fixed strings, one pass over the text: which fragments of the phrase and signature tables
// occur in it (Aho-Corasick, run as a table-driven automaton over UTF-16 code units).
//
// The classifier asks "does this pattern match?" about a thousand times per text. After one scan each
// question is a table lookup; a pattern of ordered fragments is searched for (with findPattern, as
// before) only when every one of its fragments occurs somewhere. Results are exactly those of
// findAny/findPattern in pattern.ts. Linear in the text whatever it holds: no regular expressions,
// no backtracking. The automaton is built on the first scan of a non-empty text (a millisecond or
// two), so a lone code ("550") never pays for it.
import type { Pattern } from '../knowledge/signatures/types.js';
import { findAny, findPattern } from './pattern.js';

export interface PatternHit {
  pattern: Pattern;
  match: string;
}

/** A registered pattern list: ask a scan about it with `first()` (no lookup by identity needed). */
export class PatternList {
  private index: PatternIndex | null = null;

  /** @internal */
  constructor(
    readonly patterns: readonly Pattern[],
    /** Per pattern: the fragment id of a one-string pattern, or -1. */
    readonly single: Int32Array,
    /** Per pattern: the fragment ids of an ordered-fragments pattern, or null. */
    readonly ordered: ReadonlyArray<Int32Array | null>,
  ) {}

  /** @internal Where each fragment stands in the list, made on first use. */
  byFragment(): PatternIndex {
    if (this.index) return this.index;
    const single = new Map<number, number>();
    const ordered = new Map<number, number[]>();
    for (let i = 0; i < this.patterns.length; i++) {
      const id = this.single[i]!;
      if (id >= 0) {
        if (!single.has(id)) single.set(id, i);
        continue;
      }
      // an ordered pattern can match only where its longest fragment occurs (all of them must)
      const fragments = this.patterns[i] as readonly string[];
      if (!fragments.length) continue;
      let longest = 0;
      for (let j = 1; j < fragments.length; j++) if (fragments[j]!.length > fragments[longest]!.length) longest = j;
      const key = this.ordered[i]![longest]!;
      const at = ordered.get(key);
      if (at) at.push(i);
      else ordered.set(key, [i]);
    }
    return (this.index = { single, ordered });
  }
}

/**
 * A list's patterns by fragment: the first one-string pattern of each fragment, and the ordered
 * patterns (ascending) by their longest fragment.
 */
interface PatternIndex {
  single: ReadonlyMap<number, number>;
  ordered: ReadonlyMap<number, readonly number[]>;
}

interface Automaton {
  /** Character class of each UTF-16 code unit; 0 = in no fragment. */
  classes: Uint16Array;
  classCount: number;
  trie: Trie;
  /**
   * The transitions of the states the scans have reached, a row of classCount entries each, made when
   * first needed: delta[row * classCount + class] is the target's row + 1, negated when the target ends a fragment
   * (so the scan looks for outputs only then), or 0 when not computed yet. A full table would take
   * megabytes, and touching fresh memory costs a short-lived CLI more than its scans.
   */
  delta: Int16Array | Int32Array;
  /** Rows in use in delta. */
  rowCount: number;
  /** State -> its row number, or -1. */
  rowOf: Int32Array;
  /** Row number -> its state. */
  stateOf: Int32Array;
  fail: Int32Array;
  /** Fragment id ending at a state, or -1. */
  out: Int32Array;
  /** Nearest proper suffix state with an output (0 = none). */
  dict: Int32Array;
  /** The first state of a state's output chain: itself when it ends a fragment, else dict. */
  emit: Int32Array;
}

/**
 * The trie of the fragments: each state's children in a list (few but the root's), the root's
 * children also by class. Typed arrays only: a Map of the edges took most of the build time.
 */
interface Trie {
  /** State -> its first child, or -1. */
  firstChild: Int32Array;
  /** State -> the next child of its parent, or -1. */
  nextSibling: Int32Array;
  /** State -> the class of the edge that leads to it. */
  edgeClass: Int32Array;
  /** Class -> the root's child, or -1. */
  rootChild: Int32Array;
}

/** The child of state `s` on class `c`, or -1. */
function childOf(t: Trie, s: number, c: number): number {
  if (s === 0) return t.rootChild[c]!;
  for (let child = t.firstChild[s]!; child >= 0; child = t.nextSibling[child]!) if (t.edgeClass[child] === c) return child;
  return -1;
}

/** Rows of the transition table made at first (it doubles when full). */
const FIRST_ROWS = 256;

/**
 * Registered lists asked about in order (a reason table, the signature rows): a scan tells which of
 * them can match at all, so that the others are skipped without looking at their patterns.
 */
export class PatternTable {
  /** @internal */
  constructor(
    readonly lists: readonly PatternList[],
    /** Fragment id -> the lists (indices, ascending) with a pattern that holds the fragment. */
    readonly byFragment: ReadonlyArray<Int32Array | undefined>,
  ) {}
}

export class MultiMatcher {
  private readonly ids = new Map<string, number>();
  private readonly fragments: string[] = [];
  private readonly compiled = new WeakMap<readonly Pattern[], PatternList>();
  private automaton: Automaton | null = null;
  /** stamps[id] === generation: fragment `id` was found by the latest scan (no buffer to clear per scan). */
  private stamps = new Uint32Array(0);
  private generation = 0;

  /** The pattern lists that will be asked about (signature texts, phrase sets...). */
  constructor(lists: Iterable<readonly Pattern[]> = []) {
    for (const list of lists) this.add(list);
  }

  /** Registers one more list (once); the automaton is rebuilt on the next scan if it brought new fragments. */
  add(list: readonly Pattern[]): PatternList {
    const known = this.compiled.get(list);
    if (known) return known;
    const single = new Int32Array(list.length).fill(-1);
    const ordered: Array<Int32Array | null> = [];
    list.forEach((pattern, i) => {
      if (typeof pattern === 'string') {
        single[i] = this.idOf(pattern);
        ordered.push(null);
      } else {
        ordered.push(Int32Array.from(pattern, (f) => this.idOf(f)));
      }
    });
    const compiled = new PatternList(list, single, ordered);
    this.compiled.set(list, compiled);
    return compiled;
  }

  /** Registers lists to be asked about in order; see TextScan.candidates. */
  table(lists: ReadonlyArray<readonly Pattern[]>): PatternTable {
    const compiled = lists.map((list) => this.add(list));
    const byFragment = new Map<number, number[]>();
    compiled.forEach((list, i) => {
      const ids = [...list.single].filter((id) => id >= 0);
      // an ordered pattern matches only where all its fragments occur: its longest (likely the rarest)
      // stands for it, so that a common one ("@", "mensagem") does not make the list a candidate of most texts
      for (const o of list.ordered) if (o && o.length) ids.push(o.reduce((a, b) => (this.fragments[b]!.length > this.fragments[a]!.length ? b : a)));
      for (const id of ids) {
        const owners = byFragment.get(id);
        if (!owners) byFragment.set(id, [i]);
        else if (owners[owners.length - 1] !== i) owners.push(i);
      }
    });
    const owners: Array<Int32Array | undefined> = Array.from({ length: this.fragments.length });
    for (const [id, lists] of byFragment) owners[id] = Int32Array.from(lists);
    return new PatternTable(compiled, owners);
  }

  get fragmentCount(): number {
    return this.fragments.length;
  }

  /** Scans a lower-cased text once; ask the result which patterns it holds. */
  scan(lowerText: string): TextScan {
    if (this.stamps.length !== this.fragments.length || this.generation === 0xffffffff) {
      this.stamps = new Uint32Array(this.fragments.length);
      this.generation = 0;
    }
    const gen = ++this.generation;
    const stamps = this.stamps;
    const hits: number[] = [];
    const empty = this.ids.get('');
    if (empty !== undefined) {
      stamps[empty] = gen;
      hits.push(empty);
    }
    if (lowerText.length) {
      const a = (this.automaton ??= this.build());
      const { classes, classCount, out, dict, emit } = a;
      let delta = a.delta;
      let row = 0;
      for (let i = 0; i < lowerText.length; i++) {
        const c = classes[lowerText.charCodeAt(i)]!;
        let v = delta[row * classCount + c]!;
        if (v === 0) {
          v = step(a, row, c);
          delta = a.delta; // may have grown
        }
        if (v > 0) {
          row = v - 1;
          continue;
        }
        row = -v - 1;
        for (let t = emit[a.stateOf[row]!]!; t > 0; t = dict[t]!) {
          const id = out[t]!;
          if (stamps[id] !== gen) {
            stamps[id] = gen;
            hits.push(id);
          }
        }
      }
    }
    return new TextScan(this, lowerText, gen, hits);
  }

  /** @internal True when fragment `id` was found by the scan of generation `gen` (the latest one). */
  found(id: number, gen: number): boolean | null {
    return gen === this.generation ? this.stamps[id] === gen : null;
  }

  /** @internal */
  compiledList(list: readonly Pattern[]): PatternList | undefined {
    return this.compiled.get(list);
  }

  private idOf(fragment: string): number {
    let id = this.ids.get(fragment);
    if (id === undefined) {
      id = this.fragments.length;
      this.ids.set(fragment, id);
      this.fragments.push(fragment);
      this.automaton = null;
    }
    return id;
  }

  private build(): Automaton {
    // character classes: one per code unit used by a fragment (16 bits: any number of distinct
    // characters, a table of CJK phrases as well as of Latin ones)
    const classes = new Uint16Array(65536);
    let classCount = 1;
    let total = 1;
    for (const f of this.fragments) {
      total += f.length;
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i);
        if (!classes[c]) classes[c] = classCount++;
      }
    }
    // the trie
    const trie: Trie = {
      firstChild: new Int32Array(total).fill(-1),
      nextSibling: new Int32Array(total).fill(-1),
      edgeClass: new Int32Array(total),
      rootChild: new Int32Array(classCount).fill(-1),
    };
    const { firstChild, nextSibling, edgeClass } = trie;
    const out = new Int32Array(total).fill(-1);
    let states = 1;
    this.fragments.forEach((f, id) => {
      let s = 0;
      for (let i = 0; i < f.length; i++) {
        const c = classes[f.charCodeAt(i)]!;
        let child = childOf(trie, s, c);
        if (child < 0) {
          child = states++;
          edgeClass[child] = c;
          nextSibling[child] = firstChild[s]!;
          firstChild[s] = child;
          if (s === 0) trie.rootChild[c] = child;
        }
        s = child;
      }
      if (f.length) out[s] = id;
    });
    // failure and suffix-output links, breadth first over the edges
    const fail = new Int32Array(states);
    const dict = new Int32Array(states);
    const emit = new Int32Array(states);
    const queue = new Int32Array(states);
    let head = 0;
    let tail = 0;
    for (let child = firstChild[0]!; child >= 0; child = nextSibling[child]!) {
      emit[child] = out[child]! >= 0 ? child : 0;
      queue[tail++] = child;
    }
    while (head < tail) {
      const s = queue[head++]!;
      for (let child = firstChild[s]!; child >= 0; child = nextSibling[child]!) {
        const c = edgeClass[child]!;
        let f = fail[s]!;
        let to = childOf(trie, f, c);
        while (to < 0 && f > 0) {
          f = fail[f]!;
          to = childOf(trie, f, c);
        }
        const link = to < 0 ? 0 : to;
        fail[child] = link;
        dict[child] = out[link]! >= 0 ? link : dict[link]!;
        emit[child] = out[child]! >= 0 ? child : dict[child]!;
        queue[tail++] = child;
      }
    }
    const rows = Math.min(FIRST_ROWS, states);
    // the root's row is row 0, where every scan starts
    const rowOf = new Int32Array(states).fill(-1);
    rowOf[0] = 0;
    return {
      classes, classCount, trie, delta: transitionTable(rows * classCount, rows), rowCount: 1, rowOf, stateOf: new Int32Array(rows),
      fail, out: out.slice(0, states), dict, emit,
    };
  }
}

/**
 * A transition table of `length` entries for up to `rows` rows: row numbers in 16 bits while they fit.
 * The scans reach all over the table, and half the memory is half the cache misses: the fragments make
 * some 35,000 states, but the texts reach only a few thousand of them (the rows).
 */
function transitionTable(length: number, rows: number): Int16Array | Int32Array {
  return rows < 0x7fff ? new Int16Array(length) : new Int32Array(length);
}

/** The row of state `s` in the transition table, made (the table grown) when it has none. */
function rowFor(a: Automaton, s: number): number {
  let row = a.rowOf[s]!;
  if (row >= 0) return row;
  const n = a.rowCount++;
  if (n === a.stateOf.length) {
    const delta = transitionTable(a.delta.length * 2, n * 2);
    delta.set(a.delta);
    a.delta = delta;
    const stateOf = new Int32Array(n * 2);
    stateOf.set(a.stateOf);
    a.stateOf = stateOf;
  }
  a.stateOf[n] = s;
  a.rowOf[s] = n;
  return n;
}

/** A transition as delta holds it: the target's row + 1, negated when the target has outputs. */
function encode(a: Automaton, s: number): number {
  const v = rowFor(a, s) + 1;
  return a.emit[s]! > 0 ? -v : v;
}

/** The transition from row `row` on class `c`: a trie edge, else the failure state's; computed once, then kept. */
function step(a: Automaton, row: number, c: number): number {
  let v = a.delta[row * a.classCount + c]!;
  if (v !== 0) return v;
  const s = a.stateOf[row]!;
  const child = childOf(a.trie, s, c);
  if (child >= 0) v = encode(a, child);
  else v = s === 0 ? 1 : step(a, rowFor(a, a.fail[s]!), c); // the root (row 0, no output) stays at the root
  a.delta[row * a.classCount + c] = v;
  return v;
}

/** What one text holds, for any registered pattern list. */
export class TextScan {
  /** Presence of the fragments once a later scan has reused the matcher's buffer. */
  private own: Set<number> | null = null;

  constructor(
    private readonly matcher: MultiMatcher,
    readonly lowerText: string,
    private readonly generation: number,
    /** The fragments found, in the order found. */
    private readonly hits: readonly number[],
  ) {}

  private has(id: number): boolean {
    if (this.own === null) {
      const found = this.matcher.found(id, this.generation);
      if (found !== null) return found;
      this.own = new Set(this.hits);
    }
    return this.own.has(id);
  }

  /**
   * The lists of the table (indices, ascending) with a pattern that holds a fragment found in the
   * text: they may match (ask first()); no other list of the table can.
   */
  candidates(table: PatternTable): number[] {
    const out: number[] = [];
    const byFragment = table.byFragment;
    for (let h = 0; h < this.hits.length; h++) {
      const owners = byFragment[this.hits[h]!];
      if (owners !== undefined) for (let i = 0; i < owners.length; i++) out.push(owners[i]!);
    }
    if (out.length < 2) return out;
    if (out.length <= 16) {
      // a text holds few fragments: an insertion sort, without a comparator call per step
      for (let i = 1; i < out.length; i++) {
        const x = out[i]!;
        let j = i;
        for (; j > 0 && out[j - 1]! > x; j--) out[j] = out[j - 1]!;
        out[j] = x;
      }
    } else {
      out.sort((a, b) => a - b);
    }
    let n = 1;
    for (let i = 1; i < out.length; i++) if (out[i] !== out[n - 1]) out[n++] = out[i]!;
    out.length = n;
    return out;
  }

  /** Same result as findAny(lowerText, patterns) from pattern.ts. */
  findAny(patterns: readonly Pattern[]): PatternHit | null {
    const compiled = this.matcher.compiledList(patterns);
    return compiled ? this.first(compiled) : findAny(this.lowerText, patterns);
  }

  /** The first pattern of a registered list that the text holds, as findAny gives it. */
  first(list: PatternList): PatternHit | null {
    const { patterns, single, ordered } = list;
    // a list much longer than what the text holds: looked up from the fragments found, not pattern by
    // pattern (userunknown's 475 patterns, most of them absent from any one text)
    if (this.hits.length * 4 < patterns.length) return this.firstFound(list);
    for (let i = 0; i < patterns.length; i++) {
      const id = single[i]!;
      if (id >= 0) {
        if (this.has(id)) return { pattern: patterns[i]!, match: patterns[i] as string };
        continue;
      }
      const ids = ordered[i]!;
      let all = ids.length > 0;
      for (let j = 0; all && j < ids.length; j++) all = this.has(ids[j]!);
      if (!all) continue;
      const match = findPattern(this.lowerText, patterns[i]!);
      if (match !== null) return { pattern: patterns[i]!, match };
    }
    return null;
  }

  /** first(), from the fragments the text holds: the lowest index among the patterns they can make. */
  private firstFound(list: PatternList): PatternHit | null {
    const { single, ordered } = list.byFragment();
    const patterns = list.patterns;
    let best = patterns.length;
    for (let h = 0; h < this.hits.length; h++) {
      const i = single.get(this.hits[h]!);
      if (i !== undefined && i < best) best = i;
    }
    if (ordered.size) {
      // ordered patterns before the best one-string pattern, in the list's order: the first that matches wins
      let before: number[] | null = null;
      for (let h = 0; h < this.hits.length; h++) {
        const at = ordered.get(this.hits[h]!);
        if (at) for (const i of at) if (i < best) (before ??= []).push(i);
      }
      if (before) {
        before.sort((a, b) => a - b);
        for (const i of before) {
          const ids = list.ordered[i]!;
          let all = true;
          for (let j = 0; all && j < ids.length; j++) all = this.has(ids[j]!);
          if (!all) continue;
          const match = findPattern(this.lowerText, patterns[i]!);
          if (match !== null) return { pattern: patterns[i]!, match };
        }
      }
    }
    return best < patterns.length ? { pattern: patterns[best]!, match: patterns[best] as string } : null;
  }

  /** True when some pattern of the list matches (cheaper than findAny when the match is not needed). */
  matches(patterns: readonly Pattern[]): boolean {
    return this.findAny(patterns) !== null;
  }
}
