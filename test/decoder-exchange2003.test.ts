import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function report(body: string[]): string {
  return [
    'From: System Administrator <postmaster@example.net>',
    'To: sender@example.com',
    'Subject: Undeliverable: Hello',
    'Date: Mon, 3 Jun 2024 10:00:00 -0400',
    'X-MS-Embedded-Report: ',
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    'Your message',
    '',
    '  To:      colleague@example.net',
    '  Subject: Hello',
    '  Sent:    Mon, 3 Jun 2024 09:59:00 -0400',
    '',
    ...body,
    '',
  ].join('\n');
}

test('each recipient line "<address> on <date>" with its indented reason; the summary To is not one', async () => {
  const results = await analyzeMessage(report([
    'did not reach the following recipient(s):',
    '',
    'first@example.net on Mon, 3 Jun 2024 10:00:00 -0400',
    '    The recipient name is not recognized',
    '\tThe MTS-ID of the original message is: c=us;a= ;p=example',
    ';l=SERVER0000000000000000',
    '    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient',
    'second@example.net on Mon, 3 Jun 2024 10:00:00 -0400',
    '    The recipient name is not recognized',
    '    MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient',
  ]), { lang: 'en' });
  assert.deepEqual(results.map((r) => r.recipient), ['first@example.net', 'second@example.net']);
  for (const r of results) {
    assert.equal(r.reason, 'userunknown');
    assert.equal(r.status, '5.0.911');
    assert.equal(r.replyCode, '');
  }
});

test('a report that names no reason is a certain failure of unknown cause (onhold)', async () => {
  const [r] = await analyzeMessage(report(['Did not reach the following recipient: lost@example.net']), { lang: 'en' });
  assert.equal(r!.recipient, 'lost@example.net');
  assert.equal(r!.reason, 'onhold');
  assert.equal(r!.status, '5.0.901');
});
