import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberFormat } from '../src/report/catalog.js';
import { prng } from './prng.js';

test('whole numbers are grouped as Intl.NumberFormat groups them in each language', () => {
  const rand = prng(7);
  for (const locale of ['pt-BR', 'en'] as const) {
    const ours = numberFormat(locale);
    const intl = new Intl.NumberFormat(locale);
    const samples = [0, 1, 999, 1000, 4470, 100000, 409800, -1234, 2 ** 40];
    for (let i = 0; i < 200; i++) samples.push(Math.floor(rand() * 10 ** Math.floor(rand() * 12)));
    for (const n of samples) assert.equal(ours(n), intl.format(n), `${locale} ${n}`);
    assert.equal(ours(12.5), intl.format(12.5));
  }
});
