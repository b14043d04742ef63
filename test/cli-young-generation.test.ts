// The CLI's cap on V8's young generation (src/cli/young-generation.ts): once reached, the young
// generation keeps its size however much garbage follows. (This file runs in its own process.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getHeapSpaceStatistics } from 'node:v8';
import { capYoungGeneration, YOUNG_GENERATION_CAP } from '../src/cli/young-generation.js';

function youngSize(): number {
  return getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size;
}

/** Garbage with a few survivors, the way a run over a mailbox makes it (survivors make V8 grow the space). */
function churn(rounds: number): void {
  let keep: object[] = [];
  for (let i = 0; i < rounds; i++) {
    keep.push({ i, text: `result ${i} `.repeat(8) });
    if (keep.length > 5_000) keep = [];
  }
}

test('the young generation grows up to the cap, then stops', () => {
  // V8 doubles it step by step; the check comes between small steps, like the CLI's every 64 results
  for (let i = 0; i < 2_000 && !capYoungGeneration(); i++) churn(2_000);
  assert.equal(capYoungGeneration(), true, `young generation still ${youngSize()} bytes`);
  const reached = youngSize();
  assert.ok(reached >= YOUNG_GENERATION_CAP && reached < 2 * YOUNG_GENERATION_CAP, `${reached} bytes`);
  // without the cap this grows it to V8's maximum (32 MB)
  for (let i = 0; i < 600; i++) churn(2_000);
  assert.equal(youngSize(), reached);
});
