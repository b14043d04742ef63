// The notice's lower case that the reader hands to the decoders is the notice's own lower case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMessage } from '../src/message/read-message.js';
import { deliveryStatusLower, noticeLines, noticeLower } from '../src/message/notice-views.js';

const message = (body: string): string =>
  `From: MAILER-DAEMON@example.net\nTo: sender@example.com\nSubject: failure notice\n\n${body}`;

test('noticeLower is doc.notice.toLowerCase(), with a returned message cut off or not, and with letters that grow', async () => {
  for (const body of [
    'Hi. <Ana@Example.ORG>:\nUser Unknown\n',
    'Hi. <Ana@Example.ORG>:\nUser Unknown\n\n--- Below this line is a copy of the message.\n\nFrom: sender@example.com\nTo: ana@example.org\n',
    'İSTANBUL office: <Ana@Example.ORG>: Mailbox FULL\n--- Below this line is a copy of the message.\n\nFrom: sender@example.com\n',
  ]) {
    const doc = await readMessage(message(body));
    assert.equal(noticeLower(doc), doc.notice.toLowerCase(), body);
  }
});

test('a copy of a document with another notice gets views of that notice, not of the first one', async () => {
  const doc = await readMessage(message('First NOTICE\nline two\n'));
  assert.equal(noticeLower(doc), 'first notice\nline two\n');
  assert.deepEqual(noticeLines(doc), ['First NOTICE', 'line two', '']);
  assert.equal(deliveryStatusLower(doc), '');
  const copy = { ...doc, notice: 'Other TEXT', deliveryStatus: 'Final-Recipient: rfc822; A@Example.com' };
  assert.equal(noticeLower(copy), 'other text');
  assert.deepEqual(noticeLines(copy), ['Other TEXT']);
  assert.equal(deliveryStatusLower(copy), 'final-recipient: rfc822; a@example.com');
  // the views stay out of the document's own fields (JSON, comparisons)
  assert.deepEqual(Object.keys(copy).sort(), Object.keys(doc).sort());
});
