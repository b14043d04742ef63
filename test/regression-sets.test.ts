// The regression sets (test/regression/README.md): realistic bounce e-mails and pasted texts from two audits,
// read by analyzeInput() and scored by test/regression/score.ts. The project was tuned against them, so they
// are regression sets, not held-out ones. Each set's floors are its scores on main when the set was added, and
// the misses that remained are listed by name: a NEW miss fails even when another one got fixed meanwhile.
// When a change fixes a listed miss, take it out of the list and raise the floor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoreSet, summary, type SetName, type SetScore } from './regression/score.js';

/** The scores main reaches, and the misses that remain, each 'file' (recipient set) or 'file recipient' (reason, list action). */
type Floors = Pick<SetScore, 'reasons' | 'actions' | 'recipientSets' | 'reasonMisses' | 'actionMisses' | 'recipientMisses'>;

const FLOORS: Record<SetName, Floors> = {
  // 70 expected results in 66 e-mails
  'modern-eml': {
    reasons: 70,
    actions: 70,
    recipientSets: 66,
    reasonMisses: [],
    actionMisses: [],
    recipientMisses: [],
  },
  // 76 expected results in 68 pastes
  pasted: {
    reasons: 76,
    actions: 76,
    recipientSets: 68,
    reasonMisses: [],
    actionMisses: [],
    recipientMisses: [],
  },
};

for (const [set, floor] of Object.entries(FLOORS) as [SetName, Floors][]) {
  test(`regression set ${set}: no new miss, scores at least the floors`, async () => {
    const s = await scoreSet(set);
    const detail = `${set}: ${summary(s)}\n  ${s.detail.join('\n  ')}`;
    const fresh = (got: string[], known: string[]): string[] => got.filter((m) => !known.includes(m));
    assert.deepEqual(fresh(s.reasonMisses, floor.reasonMisses), [], `new reason misses\n${detail}`);
    assert.deepEqual(fresh(s.actionMisses, floor.actionMisses), [], `new list action misses\n${detail}`);
    assert.deepEqual(fresh(s.recipientMisses, floor.recipientMisses), [], `new recipient set misses\n${detail}`);
    assert.ok(s.reasons >= floor.reasons, `reasons below the floor ${floor.reasons}\n${detail}`);
    assert.ok(s.actions >= floor.actions, `list actions below the floor ${floor.actions}\n${detail}`);
    assert.ok(s.recipientSets >= floor.recipientSets, `recipient sets below the floor ${floor.recipientSets}\n${detail}`);
  });
}
