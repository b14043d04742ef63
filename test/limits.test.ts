// The named limits hold: input over a limit is cut (or the excess ignored), never a crash or a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { findAny, MAX_EVIDENCE_LENGTH } from '../src/classify/pattern.js';
import { analyzeMessage } from '../src/message/analyze-message.js';
import {
  MAX_HEADER_BYTES, MAX_HEADER_LINE_BYTES, MAX_MESSAGE_BYTES, MAX_MIME_DEPTH, MAX_MIME_PARTS, MAX_NOTICE_CHARS,
  MAX_RECIPIENTS,
} from '../src/message/limits.js';
import { readMessage } from '../src/message/read-message.js';
import { MAX_TEXT_LENGTH } from '../src/reply/clean-text.js';
import { findAddresses, MAX_ADDRESS_LENGTH } from '../src/reply/find-address.js';
import { parseReply } from '../src/reply/parse-reply.js';

const HEAD = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nTo: sender@example.org\nSubject: Undelivered Mail Returned to Sender\n';

/** A multipart message from its parts' raw text ("headers\n\nbody"). */
function multipart(parts: string[], boundary = 'BOUNDARY', head = HEAD): string {
  return `${head}MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="${boundary}"\n\n` +
    parts.map((p) => `--${boundary}\n${p}\n`).join('') + `--${boundary}--\n`;
}

test('the limits are sane numbers', () => {
  for (const n of [MAX_MESSAGE_BYTES, MAX_MIME_DEPTH, MAX_MIME_PARTS, MAX_HEADER_BYTES, MAX_HEADER_LINE_BYTES, MAX_NOTICE_CHARS, MAX_RECIPIENTS]) {
    assert.ok(Number.isInteger(n) && n > 0);
  }
  assert.ok(MAX_HEADER_LINE_BYTES <= MAX_HEADER_BYTES && MAX_HEADER_BYTES < MAX_MESSAGE_BYTES);
});

test('MAX_MESSAGE_BYTES: what lies past it is not read; the message still gets its result', async () => {
  const padding = 'x'.repeat(76) + '\n';
  const filler = padding.repeat(Math.ceil((MAX_MESSAGE_BYTES + 1000) / padding.length));
  const late = multipart([
    'Content-Type: text/plain\n\nThe message could not be delivered.\n' + filler,
    'Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; late@example.com\nAction: failed\nStatus: 5.1.1\n',
  ]);
  assert.ok(late.length > MAX_MESSAGE_BYTES);
  const doc = await readMessage(late);
  assert.equal(doc.deliveryStatus, null, 'the delivery-status part past the cut is not read');
  assert.ok(doc.notice.length <= MAX_NOTICE_CHARS);
  const results = await analyze(late, { lang: 'en', file: 'late.eml' });
  assert.ok(results.length >= 1);
  assert.ok(results.every((r) => r.recipient !== 'late@example.com'));

  const early = multipart([
    'Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; early@example.com\nAction: failed\nStatus: 5.1.1\n',
    'Content-Type: text/plain\n\n' + filler,
  ]);
  const found = await analyze(early, { lang: 'en', file: 'early.eml' });
  assert.equal(found[0]?.recipient, 'early@example.com', 'what lies before the cut is read');
});

test('MAX_MIME_DEPTH: parts nested deeper are not read; the message still gets its result', async () => {
  const nested = (depth: number): string => {
    let body = 'Content-Type: text/plain\n\nDEEP-MARKER 550 5.1.1 <deep@example.com>: user unknown\n';
    for (let d = depth; d >= 1; d--) body = `Content-Type: multipart/mixed; boundary="b${d}"\n\n--b${d}\n${body}\n--b${d}--\n`;
    return HEAD + 'MIME-Version: 1.0\n' + body;
  };
  const shallow = await readMessage(nested(MAX_MIME_DEPTH - 2));
  assert.match(shallow.notice, /DEEP-MARKER/, 'a part inside the limit is read');
  const deep = await readMessage(nested(MAX_MIME_DEPTH + 10));
  assert.doesNotMatch(deep.notice, /DEEP-MARKER/, 'a part past the limit is not read');
  assert.ok((await analyze(nested(5000), { lang: 'en', file: null })).length >= 1);
});

test('MAX_MIME_PARTS: the parts past the limit are not read', async () => {
  const parts = Array.from({ length: MAX_MIME_PARTS + 500 }, (_, i) => `Content-Type: text/plain\n\npart-${String(i).padStart(5, '0')}`);
  const doc = await readMessage(multipart(parts));
  assert.match(doc.notice, /part-00000/);
  assert.match(doc.notice, new RegExp(`part-${String(MAX_MIME_PARTS - 10).padStart(5, '0')}`));
  assert.doesNotMatch(doc.notice, new RegExp(`part-${String(MAX_MIME_PARTS + 10).padStart(5, '0')}`));
});

test('MAX_HEADER_LINE_BYTES: a 1 MB header line is cut, and the headers after it are read', async () => {
  const message = `From: MAILER-DAEMON@mx.example.com\nX-Huge: ${'h'.repeat(1 << 20)}\nSubject: Delivery failure\nTo: a@example.org\n\n550 5.1.1 <gone@example.com>: user unknown\n`;
  const doc = await readMessage(message);
  assert.ok(doc.headers.get('x-huge')!.length <= MAX_HEADER_LINE_BYTES);
  assert.ok(doc.headers.get('x-huge')!.length > 1000);
  assert.equal(doc.subject, 'Delivery failure');
  assert.match(doc.notice, /user unknown/);
});

test('MAX_HEADER_BYTES: header lines past the budget are dropped, the body is still read', async () => {
  const line = `X-Filler: ${'f'.repeat(1000)}\n`;
  const count = Math.ceil(MAX_HEADER_BYTES / line.length) + 50;
  const message = `From: MAILER-DAEMON@mx.example.com\nTo: a@example.org\n${line.repeat(count)}Subject: after the budget\n\nThe mail to <gone@example.com> failed: 550 5.1.1 user unknown\n`;
  const doc = await readMessage(message);
  assert.equal(doc.headers.get('from'), 'MAILER-DAEMON@mx.example.com');
  assert.equal(doc.headers.has('subject'), false, 'the header past the budget is dropped');
  assert.match(doc.notice, /user unknown/);
});

test('MAX_NOTICE_CHARS: a huge text part is cut', async () => {
  const message = `${HEAD}\n${'The message could not be delivered. '.repeat(30_000)}\n`;
  const doc = await readMessage(message);
  assert.ok(doc.notice.length <= MAX_NOTICE_CHARS, `${doc.notice.length} characters`);
  assert.ok(doc.notice.length > MAX_NOTICE_CHARS / 2);
});

test('MAX_RECIPIENTS: a delivery status with more recipients reports the first ones, and a last result says the others were not read', async () => {
  const recipients = Array.from({ length: MAX_RECIPIENTS + 100 }, (_, i) =>
    `Final-Recipient: rfc822; user${i}@example.com\nAction: failed\nStatus: 5.1.1\n`).join('\n');
  const message = multipart([
    'Content-Type: text/plain\n\nDelivery to the following recipients failed.',
    `Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.com\n\n${recipients}`,
  ]);
  const results = await analyzeMessage(message, { lang: 'en', file: null });
  assert.equal(results.length, MAX_RECIPIENTS + 1);
  assert.deepEqual(results.slice(0, -1).map((r) => r.recipient), recipients.match(/user\d+@example\.com/g)!.slice(0, MAX_RECIPIENTS));
  const last = results.at(-1)!;
  assert.equal(last.error, `it names more than ${MAX_RECIPIENTS} recipients, and only the first ${MAX_RECIPIENTS} were analyzed`);
  assert.equal(last.listAction ?? 'error', 'error');
  // exactly MAX_RECIPIENTS: no such result
  const exact = recipients.split('\n\n').slice(0, MAX_RECIPIENTS).join('\n\n');
  const all = await analyzeMessage(message.replace(recipients, exact), { lang: 'en', file: null });
  assert.deepEqual([all.length, all.every((r) => r.error === null)], [MAX_RECIPIENTS, true]);
});

test('MAX_TEXT_LENGTH: a huge reply is cut before it is read', () => {
  const text = '550 5.1.1 ' + 'no such user here '.repeat(20_000);
  const reply = parseReply(text);
  assert.ok(reply.text.length <= MAX_TEXT_LENGTH);
  const result = explainText(text, { lang: 'en' });
  assert.equal(result.replyCode, '550');
  assert.ok(result.diagnostic.length <= MAX_TEXT_LENGTH);
  const spaces = explainText('550 5.1.1' + ' '.repeat(200_000) + 'user unknown', { lang: 'en' });
  assert.equal(spaces.replyCode, '550');
});

test('MAX_ADDRESS_LENGTH: no address found is longer', () => {
  const text = `550 <${'l'.repeat(5000)}@${'d'.repeat(5000)}.example.com> and <${'a.'.repeat(3000)}b@${'c.'.repeat(3000)}com>`;
  const found = findAddresses(text);
  for (const a of found) assert.ok(a.length <= MAX_ADDRESS_LENGTH, `${a.length} characters`);
});

test('MAX_EVIDENCE_LENGTH: the matched text of ordered fragments is cut', () => {
  const text = 'user ' + 'x'.repeat(10_000) + ' unknown';
  const hit = findAny(text, [['user', 'unknown']]);
  assert.ok(hit && hit.match.length <= MAX_EVIDENCE_LENGTH);
});
