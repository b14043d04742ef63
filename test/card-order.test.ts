// The page's cards past its cap: the failures of a whole mailbox must not be pushed out by its ordinary messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { errorResult, notBounceResult, type Result } from '../src/result.js';
import { cardsToShow, countedOnce, leftOutOnce, onceEach } from '../web/src/card-order.js';
import { analyzeInput } from '../src/analyze-input.js';
import { mbox, userUnknown } from './mailbox-helpers.js';

const plain = (i: number): Result => notBounceResult({ lang: 'en', file: `all.mbox#${i}` });
const failed = (i: number): Result => ({ ...plain(i), bounce: true });
const broken = (i: number): Result => errorResult('the message is empty', { lang: 'en', file: `all.mbox#${i}` }, 'empty-message');

test('past the cap, failures and unreadable messages come first, in their order, then the others', () => {
  const results = [...Array.from({ length: 300 }, (_, i) => plain(i)), failed(300), broken(301), failed(302)];
  const shown = cardsToShow(results, 200);
  assert.equal(shown.length, 200);
  assert.deepEqual(shown.slice(0, 4).map((r) => r.file), ['all.mbox#300', 'all.mbox#301', 'all.mbox#302', 'all.mbox#0']);
  // more failures than the cap: only failures
  assert.ok(cardsToShow(Array.from({ length: 250 }, (_, i) => (i % 2 ? failed(i) : plain(i))), 100).every((r) => r.bounce));
});

test('within the cap, every result in input order', () => {
  const results = [plain(0), failed(1), plain(2)];
  assert.deepEqual(cardsToShow(results, 200), results);
});

test('the notices read twice by their places, as the page\'s worker sends them: the page gets onceEach\'s results back', async () => {
  const { results } = await analyzeInput(mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com'), userUnknown('ana@example.com')]), { lang: 'en' });
  const once = onceEach(results);
  assert.equal(once.repeated, 1);
  const places = leftOutOnce(results);
  assert.deepEqual(places, { leftOut: [2], repeated: 1 });
  assert.deepEqual(countedOnce(results, places), once);
  // none read twice: no place to send, every result counted
  assert.deepEqual(leftOutOnce(results.slice(0, 2)), { leftOut: [], repeated: 0 });
  assert.deepEqual(countedOnce(results.slice(0, 2), { leftOut: [], repeated: 0 }).counted, results.slice(0, 2));
});
