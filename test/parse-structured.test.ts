// The quick reading of unquoted structured header values gives what the character-by-character reader
// (postal-mime's way) gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuoted, parseUnquoted } from '../src/message/read-message.js';
import { prng } from './prng.js';

test('parseUnquoted reads every quote-free value as parseQuoted does', () => {
  const random = prng(20261129);
  const pieces = ['text/plain', 'multipart/report', ';', ';', '=', ' ', '\t', '  ', 'charset', 'CHARSET', 'utf-8', 'boundary', 'b1=x', '\\', 'report-type', 'Name', '\v', 'a b', '', '*', "'"];
  for (let i = 0; i < 30_000; i++) {
    let text = '';
    const n = Math.floor(random() * 10);
    for (let j = 0; j < n; j++) text += pieces[Math.floor(random() * pieces.length)];
    assert.deepEqual(parseUnquoted(text), parseQuoted(text), JSON.stringify(text));
  }
  assert.deepEqual(parseUnquoted(' Text/Plain ; Charset = UTF-8 ;format=flowed; x'), {
    value: 'text/plain', params: new Map([['charset', 'UTF-8'], ['format', 'flowed'], ['x', '']]),
  });
});
