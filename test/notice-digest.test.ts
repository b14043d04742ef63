// The digest that tells a notice without a Message-ID read twice: the same for the same message
// whatever its line ends, different for another message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noticeDigest } from '../src/message/notice-digest.js';

const LF = 'From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n\n<ana@example.com>: User unknown\n';

test('a copy with CRLF or CR-only line ends, or with blank lines after it, has the same digest; another message does not', () => {
  const digest = noticeDigest(LF);
  assert.match(digest, /^[0-9a-f]{16}$/);
  assert.equal(noticeDigest(LF.replaceAll('\n', '\r\n')), digest);
  assert.equal(noticeDigest(LF.replaceAll('\n', '\r')), digest);
  assert.equal(noticeDigest(new TextEncoder().encode(LF.replaceAll('\n', '\r') + '\r\r')), digest);
  assert.equal(noticeDigest(`${LF}\n\n`), digest);
  assert.notEqual(noticeDigest(LF.replace('ana@', 'bia@')), digest);
  // a line joined to the next is another text
  assert.notEqual(noticeDigest(LF.replace('Undelivered Mail\n', 'Undelivered Mail')), digest);
});
