// The fast paths of the reply reader give what the regular expressions they skip would give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstLine, foldSpace } from '../src/reply/clean-text.js';
import { prng } from './prng.js';

const PIECES = ['a', 'b', ' ', '  ', '\t', '\n', '\r', '\r\n', '\v', '\f', '\u00a0', '\u2028', '\u3000', '\ufeff', '\u0085', '\u200b', 'é', '550', '\x01'];

function randomText(random: () => number): string {
  let s = '';
  for (let k = Math.floor(random() * 12); k > 0; k--) s += PIECES[Math.floor(random() * PIECES.length)];
  return s;
}

test('foldSpace folds as /\\s+/g does, whatever white space the text holds', () => {
  const random = prng(6);
  for (let n = 0; n < 5000; n++) {
    const text = randomText(random);
    assert.equal(foldSpace(text), text.replace(/\s+/g, ' ').trim(), JSON.stringify(text));
  }
});

test('firstLine cuts where split(/\\r\\n|\\r|\\n/) would', () => {
  const random = prng(7);
  for (let n = 0; n < 5000; n++) {
    const text = randomText(random);
    assert.equal(firstLine(text), text.split(/\r\n|\r|\n/, 1)[0], JSON.stringify(text));
  }
});
