// The quick reading of simple structured header values gives what the character-by-character reader
// (postal-mime's way) gives; anything else is left to that reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuoted, parseSimple } from '../src/message/structured-field.js';
import { prng } from './prng.js';

test('parseSimple reads each value it takes as parseQuoted does, and takes most real ones', () => {
  const random = prng(20261129);
  const pieces = ['text/plain', 'multipart/report', ';', ';', '=', '"', '"', ' ', '\t', '  ', 'charset', 'CHARSET', 'utf-8',
    'boundary', 'b1=x', '\\', 'report-type', 'Name', '\v', 'a b', '', '*', "'", '"=_x;y"', '"abc"'];
  let taken = 0;
  for (let i = 0; i < 40_000; i++) {
    let text = '';
    const n = Math.floor(random() * 10);
    for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
    const simple = parseSimple(text);
    if (!simple) continue;
    taken++;
    assert.deepEqual(simple, parseQuoted(text), JSON.stringify(text));
  }
  assert.ok(taken > 10_000, `only ${taken} generated values were simple`);
  for (const real of [
    'multipart/report; report-type=delivery-status;\tboundary="Boundary_(ID_x/+1=)"',
    'text/plain; charset="utf-8"; format=flowed', 'attachment; filename="report.txt"', 'message/delivery-status',
  ]) {
    assert.ok(parseSimple(real), real);
    assert.deepEqual(parseSimple(real), parseQuoted(real), real);
  }
  assert.deepEqual(parseSimple(' Text/Plain ; Charset = UTF-8 ;format=flowed; x'), {
    value: 'text/plain', params: new Map([['charset', 'UTF-8'], ['format', 'flowed'], ['x', '']]),
  });
  assert.equal(parseSimple('text/plain; name="a\\"b"'), null);
  assert.equal(parseSimple('text/plain; name="a;b"'), null);
});
