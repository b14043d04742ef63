// The classifier searches each pattern list for its first texts and scans with the built matcher after
// (src/classify/classify.ts): both ways give the same results. Its own file: the count is per process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
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
const PREFIXES = ['', '550 ', '550 5.1.1 ', '421 4.7.0 ', '554 5.7.1 ', '452 4.2.2 ', '5.2.2 ', 'host mx.example.com[192.0.2.1] said: 550 '];
const SUFFIXES = ['', ' (in reply to RCPT TO command)', ' (in reply to end of DATA command)', ' <user@example.com>', ' - gsmtp'];

test('the first texts (searched list by list) are explained as they are once the matcher scans them', () => {
  const random = prng(64);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const texts: string[] = [];
  for (let i = 0; i < 64; i++) {
    let body = '';
    for (let k = 1 + Math.floor(random() * 3); k > 0; k--) body += (body ? ' ' : '') + pick(FRAGMENTS);
    texts.push(pick(PREFIXES) + body + pick(SUFFIXES));
  }
  const first = texts.map((t) => explainText(t, { lang: 'en' }));
  const again = texts.map((t) => explainText(t, { lang: 'en' }));
  assert.deepEqual(again, first);
  assert.ok(new Set(first.map((r) => r.reason)).size > 5, 'varied reasons');
});
