import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFields } from '../src/reply/parse-dsn-fields.js';
import { prng } from './prng.js';

/** The rule readFields implements by hand, written as the regular expression it replaced. */
function reference(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  let current: string | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (current && /^[ \t]/.test(line)) {
      fields.set(current, fields.get(current)! + ' ' + line.trim());
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9-]{0,40}):(.*)$/.exec(line);
    if (m) {
      current = m[1]!.toLowerCase();
      if (!fields.has(current)) fields.set(current, m[2]!.trim());
      else current = null;
    } else current = null;
  }
  return fields;
}

test('DSN and header fields: names, folding, first value wins, line ends, odd characters', () => {
  const f = readFields('Final-Recipient: rfc822; ana@example.com\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1\r\n  user unknown\r\nstatus: 4.0.0\r\n');
  assert.equal(f.get('final-recipient'), 'rfc822; ana@example.com');
  assert.equal(f.get('status'), '5.1.1');
  assert.equal(f.get('diagnostic-code'), 'smtp; 550 5.1.1 user unknown');
  const rand = prng(11);
  const pieces = ['a', 'Z', '-', '0', ':', ' ', '\t', '\n', '\r', '\r\n', 'Status: 5.1.1', '\u2028', 'é', '@', '[', '`', '{', 'A'.repeat(40), 'B'.repeat(41)];
  for (let i = 0; i < 20000; i++) {
    let text = '';
    for (let n = Math.floor(rand() * 30); n > 0; n--) text += pieces[Math.floor(rand() * pieces.length)];
    assert.deepEqual([...readFields(text)], [...reference(text)], JSON.stringify(text));
  }
});

test('readFields with a set of names gives those of the full reading, and skips the others', () => {
  const rand = prng(29);
  const names = ['From', 'from', 'Subject', 'Date', 'Message-ID', 'Received', 'X-Mailer', 'To'];
  const only = new Set(['from', 'subject', 'date', 'message-id']);
  for (let i = 0; i < 5000; i++) {
    const lines: string[] = [];
    for (let j = Math.floor(rand() * 12); j > 0; j--) {
      const r = rand();
      lines.push(r < 0.7 ? `${names[Math.floor(rand() * names.length)]}:${rand() < 0.5 ? ' ' : ''}v${j}` : r < 0.9 ? `  folded ${j}` : `text ${j}`);
    }
    const text = lines.join(rand() < 0.5 ? '\n' : '\r\n');
    const full = readFields(text);
    const expected = new Map([...full].filter(([k]) => only.has(k)));
    assert.deepEqual(readFields(text, only), expected, JSON.stringify(text));
  }
});
