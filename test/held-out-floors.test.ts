// The held-out sets (test/held-out/*/*.tsv: replies written before the rules that read them, scored by
// their score.mjs) as regression floors: a change that reads fewer of a set's lines right fails here.
// The floors are the scores when each set was last measured; raise one when a change reads more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { explainText } from '../src/explain-text.js';
import type { Locale } from '../src/types.js';

/** Lines right: reason and list action both (near pairs, read in pt-BR), or each apart (replies, in en). */
function score(set: string, lang: Locale): { both: number; reasons: number; actions: number } {
  const rows = readFileSync(new URL(`./held-out/${set}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const tally = { both: 0, reasons: 0, actions: 0 };
  for (const [line, reason, action] of rows) {
    const r = explainText(line!.replaceAll('\\n', '\n'), { lang });
    // a reason or an action may be given as alternatives ("blocked|policyviolation"), each as right as the other
    const okReason = reason!.split('|').includes(r.reason);
    const okAction = r.listAction !== undefined && action!.split('|').includes(r.listAction);
    if (okReason) tally.reasons++;
    if (okAction) tally.actions++;
    if (okReason && okAction) tally.both++;
  }
  return tally;
}

const NEAR_PAIR_FLOORS: Record<string, number> = { A: 54, B: 36, C: 34, D: 30, E: 23, F: 34, M: 10, N: 24 };

test('held-out near-pair sets: no fewer lines right than when last measured', () => {
  for (const [set, floor] of Object.entries(NEAR_PAIR_FLOORS)) {
    const { both } = score(`near-pairs/${set}.tsv`, 'pt-BR');
    assert.ok(both >= floor, `${set}.tsv: ${both} right, the floor is ${floor}`);
  }
});

const REPLY_FLOORS: Record<string, { reasons: number; actions: number }> = {
  R: { reasons: 100, actions: 101 }, R2: { reasons: 55, actions: 55 }, S: { reasons: 50, actions: 51 },
  P: { reasons: 83, actions: 83 }, Q: { reasons: 37, actions: 38 }, T: { reasons: 118, actions: 113 },
};

test('held-out reply sets: no fewer reasons or list actions right than when last measured', () => {
  for (const [set, floor] of Object.entries(REPLY_FLOORS)) {
    const { reasons, actions } = score(`replies/${set}.tsv`, 'en');
    assert.ok(reasons >= floor.reasons, `${set}.tsv: ${reasons} reasons right, the floor is ${floor.reasons}`);
    assert.ok(actions >= floor.actions, `${set}.tsv: ${actions} list actions right, the floor is ${floor.actions}`);
  }
});
