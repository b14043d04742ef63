// The combined matcher gives exactly what findAny gives, on the real tables and on made-up ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MultiMatcher } from '../src/classify/multi-matcher.js';
import { findAny } from '../src/classify/pattern.js';
import { PHRASE_ORDER, WEAK_ORDER } from '../src/knowledge/phrases/index.js';
import { SIGNATURES } from '../src/knowledge/signatures/index.js';
import type { Pattern } from '../src/knowledge/signatures/types.js';
import { prng } from './prng.js';


const LISTS: (readonly Pattern[])[] = [
  ...SIGNATURES.flatMap((s) => ('text' in s && s.text ? [s.text as readonly Pattern[]] : [])),
  ...PHRASE_ORDER.map((s) => s.phrases),
  ...WEAK_ORDER.flatMap((s) => (s.weak ? [s.weak] : [])),
];
const FRAGMENTS = [...new Set(LISTS.flat(2))];

function assertSame(matcher: MultiMatcher, lists: readonly (readonly Pattern[])[], text: string, why: string): void {
  const scan = matcher.scan(text);
  for (const list of lists) {
    const expected = findAny(text, list);
    assert.deepEqual(scan.findAny(list), expected, `${why}: ${JSON.stringify(text.slice(0, 200))}`);
    assert.deepEqual(scan.first(matcher.add(list)), expected, `${why} (first): ${JSON.stringify(text.slice(0, 200))}`);
  }
}

test('the real tables: texts made of their fragments, cut and joined at random, match as findAny does', () => {
  assert.ok(FRAGMENTS.length > 100, 'the tables were read');
  const matcher = new MultiMatcher(LISTS);
  const seed = 20240601;
  const random = prng(seed);
  const noise = ['', ' ', '550 5.1.1 ', '<user@example.com>', '\n', '...', 'é', ' - gsmtp', '(in reply to rcpt to command)'];
  for (let n = 0; n < 400; n++) {
    let text = '';
    const parts = 1 + Math.floor(random() * 6);
    for (let k = 0; k < parts; k++) {
      let f = FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!;
      // a fragment cut short must not match
      if (random() < 0.3) f = f.slice(0, Math.floor(random() * f.length));
      text += noise[Math.floor(random() * noise.length)] + f;
    }
    assertSame(matcher, LISTS, text, `seed ${seed}, text ${n}`);
  }
});

test('a table tells which lists can match: the first list to match is found by asking the candidates only', () => {
  const matcher = new MultiMatcher();
  const table = matcher.table(LISTS);
  const seed = 777;
  const random = prng(seed);
  for (let n = 0; n < 300; n++) {
    let text = '';
    for (let k = 0; k < 1 + Math.floor(random() * 4); k++) text += ' ' + FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]!.slice(0, 1 + Math.floor(random() * 40));
    const scan = matcher.scan(text);
    const candidates = scan.candidates(table);
    assert.deepEqual(candidates, [...new Set(candidates)].sort((a, b) => a - b), 'ascending, each once');
    LISTS.forEach((list, i) => {
      if (!candidates.includes(i)) assert.equal(findAny(text, list), null, `seed ${seed}, text ${n}, list ${i}: not a candidate, yet it matches`);
    });
    const expected = LISTS.findIndex((list) => findAny(text, list) !== null);
    const found = candidates.find((i) => scan.first(table.lists[i]!) !== null) ?? -1;
    assert.equal(found, expected, `seed ${seed}, text ${n}`);
  }
});

test("a long list is read from the fragments found: the first pattern in the list's order wins, ordered ones too", () => {
  const filler = Array.from({ length: 40 }, (_, i) => `filler ${i} `);
  // [0..40): filler; then ordered patterns out of order in the text, two that match, and a one-string one
  const list: Pattern[] = [...filler, ['gamma', 'alpha'], ['alpha', 'beta'], ['beta', 'gamma'], 'gamma', 'alpha'];
  const matcher = new MultiMatcher([list]);
  for (const text of ['alpha beta gamma', 'gamma alpha beta', 'beta gamma', 'gamma only', 'alpha', 'nothing here', 'beta alpha']) {
    assertSame(matcher, [list], text, 'long list');
  }
  assert.deepEqual(matcher.scan('alpha beta gamma').first(matcher.add(list))?.pattern, ['alpha', 'beta']);
  assert.equal(matcher.scan('beta gamma').first(matcher.add(list))?.pattern, list[42]);
});

test('overlapping fragments, fragments inside fragments, repeated and ordered fragments', () => {
  const lists: Pattern[][] = [
    ['he', 'she', 'his', 'hers'],
    [['he', 'rs'], ['s', 'h', 'e'], ['hers', 'he']],
    ['ushers'],
    [['a', 'a', 'a']],
  ];
  const matcher = new MultiMatcher(lists);
  for (const text of ['ushers', 'she', 'hershe', 'h e r s', 'aa', 'aaa', 'a a a', 'xhisx', '', 'rs he']) {
    assertSame(matcher, lists, text, 'small table');
  }
  const scan = matcher.scan('ushers');
  assert.deepEqual(scan.findAny(lists[0]!), { pattern: 'he', match: 'he' }, 'the first pattern of the list wins');
  assert.deepEqual(scan.findAny(lists[1]!), { pattern: ['he', 'rs'], match: 'hers' });
  assert.equal(matcher.scan('aa').findAny(lists[3]!), null);
});

test('empty pattern and empty fragment list behave as findPattern; an unregistered list still works', () => {
  const lists: Pattern[][] = [[[], 'x'], ['', 'y']];
  const matcher = new MultiMatcher(lists);
  assert.deepEqual(matcher.scan('zzz').findAny(lists[0]!), null);
  assert.deepEqual(matcher.scan('zzz').findAny(lists[1]!), { pattern: '', match: '' });
  assert.deepEqual(matcher.scan('').findAny(lists[1]!), findAny('', lists[1]!));
  const other: Pattern[] = ['zz', ['q', 'z']];
  assert.deepEqual(matcher.scan('q zz').findAny(other), findAny('q zz', other));
});

test('non-ASCII fragments and texts (accents, Japanese, astral characters)', () => {
  const lists: Pattern[][] = [['caixa postal cheia', 'não existe', 'ディレクトリ', '😀x'], [['usuário', 'não']]];
  const matcher = new MultiMatcher(lists);
  for (const text of ['a caixa postal cheia', 'usuário não existe', 'ディレクトリにありません', '😀😀x', 'nao existe', 'usu\u00e1rio xx n\u00e3o']) {
    assertSame(matcher, lists, text, 'unicode');
  }
});

test('the real tables with a CJK phrase set: over 254 distinct characters still build and match as findAny does', () => {
  // 320 distinct ideographs in 2- and 3-character phrases, as a Chinese or Korean table would add
  const ideographs = Array.from({ length: 320 }, (_, i) => String.fromCharCode(0x4e00 + i * 7));
  const cjk: Pattern[] = [];
  for (let i = 0; i + 2 < ideographs.length; i += 3) cjk.push(ideographs.slice(i, i + 3).join(''), [ideographs[i]!, ideographs[i + 2]!]);
  const lists = [...LISTS, cjk];
  const distinct = new Set(lists.flat(2).join(''));
  assert.ok(distinct.size > 254 + 135, `${distinct.size} distinct characters`);
  const matcher = new MultiMatcher(lists);
  const random = prng(4242);
  for (let n = 0; n < 200; n++) {
    let text = '';
    for (let k = 0; k < 1 + Math.floor(random() * 5); k++) {
      const fragment = random() < 0.5 ? FRAGMENTS[Math.floor(random() * FRAGMENTS.length)]! : ideographs.slice(Math.floor(random() * 318)).slice(0, 1 + Math.floor(random() * 3)).join('');
      text += (random() < 0.5 ? ' ' : '') + fragment;
    }
    assertSame(matcher, [cjk, ...LISTS.slice(0, 20)], text, `cjk text ${n}`);
  }
  assert.equal(matcher.scan(`550 ${ideographs.slice(3, 6).join('')}`).findAny(cjk)?.match, ideographs.slice(3, 6).join(''));
});

test('a scan keeps its answers after later scans', () => {
  const lists: Pattern[][] = [['mailbox full'], ['user unknown'], [['quota', 'exceeded']]];
  const matcher = new MultiMatcher(lists);
  const first = matcher.scan('mailbox full: quota exceeded');
  const second = matcher.scan('user unknown');
  for (const list of lists) {
    assert.deepEqual(first.findAny(list), findAny('mailbox full: quota exceeded', list));
    assert.deepEqual(second.findAny(list), findAny('user unknown', list));
  }
});

test('new fragments added after a scan are found by the next scan', () => {
  const matcher = new MultiMatcher([['alpha']]);
  assert.equal(matcher.scan('alpha beta').findAny(['alpha'])?.match, 'alpha');
  const later: Pattern[] = ['beta'];
  matcher.add(later);
  assert.deepEqual(matcher.scan('alpha beta').findAny(later), { pattern: 'beta', match: 'beta' });
});

test('a long hostile text is scanned in linear time', () => {
  const matcher = new MultiMatcher(LISTS);
  matcher.scan('warm up');
  const texts = [' '.repeat(200_000), 'a'.repeat(200_000), 'mailbox '.repeat(25_000), '550 '.repeat(50_000)];
  for (const text of texts) {
    const started = performance.now();
    const scan = matcher.scan(text);
    for (const list of LISTS) scan.findAny(list);
    const ms = performance.now() - started;
    assert.ok(ms < 1000, `${ms.toFixed(0)} ms for ${JSON.stringify(text.slice(0, 10))}...: should be a few ms`);
    assertSame(matcher, LISTS, text, 'long text');
  }
});

test('an automaton whose scans reach over 32,767 states (rows past 16 bits) matches as findAny does', () => {
  const random = prng(77);
  const letters = 'abcdefghijklmnopqrstuvwxyz ';
  const word = (n: number): string => Array.from({ length: n }, () => letters[Math.floor(random() * letters.length)]).join('');
  // 3,000 fragments of 14 letters: over 35,000 trie states, few shared
  const lists: string[][] = Array.from({ length: 300 }, () => Array.from({ length: 10 }, () => word(14)));
  const matcher = new MultiMatcher(lists);
  const fragments = lists.flat();
  const check = (): void => {
    for (let n = 0; n < 200; n++) {
      const text = word(20) + fragments[Math.floor(random() * fragments.length)] + word(30) + (random() < 0.5 ? fragments[Math.floor(random() * fragments.length)]!.slice(0, 9) : '');
      assertSame(matcher, lists, text, 'large automaton');
    }
  };
  // while the scans reach few states, the transition table keeps 16-bit rows
  check();
  const table = (): Int16Array | Int32Array => (matcher as unknown as { automaton: { delta: Int16Array | Int32Array } }).automaton.delta;
  assert.ok(table() instanceof Int16Array);
  // every state reached: the table grows past 16-bit row numbers, and the rows made before keep their transitions
  for (const f of fragments) matcher.scan(f);
  assert.ok(table() instanceof Int32Array);
  check();
  for (let n = 0; n < 50; n++) assertSame(matcher, lists, fragments[Math.floor(random() * fragments.length)]!, 'every state reached');
});

test('an ordered pattern makes its list a candidate only where its longest fragment occurs, not a common one ("@")', () => {
  const matcher = new MultiMatcher();
  const table = matcher.table([[['conta de e-mail', '@', 'está suspensa']], ['user unknown']]);
  // most texts hold an "@": the first list must not be tried for each of them
  assert.deepEqual(matcher.scan('550 5.1.1 <ana@example.com>: user unknown').candidates(table), [1]);
  assert.deepEqual(matcher.scan('a conta de e-mail ana@example.com está suspensa').candidates(table), [0]);
  assert.equal(matcher.scan('a conta de e-mail ana@example.com está suspensa').first(table.lists[0]!)?.match, 'conta de e-mail ana@example.com está suspensa');
});
