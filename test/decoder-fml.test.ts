import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { analyze } from '../src/analyze.js';

test('fml: a post from a non-member is rejected by the list', async () => {
  const text = [
    'From: list-admin@example.org', 'To: sender@example.com', 'Subject: You sender@example.com are not member (list ML)',
    'X-MLServer: fml [fml 4.0.3 release (20011202/4.0.3)]', '',
    'You are not a member of this mailing list <list@example.org>.', '',
    'If you know the general guide of this list, please send mail with', 'the mail body', '', '	guide', '',
  ].join('\n');
  const [r, ...rest] = await analyzeMessage(text, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'list@example.org');
  assert.equal(r!.reason, 'rejected');
  assert.equal(r!.status, '5.0.918');
  assert.equal(r!.replyCode, '');
});

test("fml, pasted without its headers: the list is the one recipient, its control address in the footer none", async () => {
  const text = [
    'You are not a member of this mailing list <list@example.org>.', '',
    'If you know the general guide of this list, please send mail with', 'the mail body', '', '\tguide', '',
    'to the address', '', '\tlist-ctl@example.org', '', 'where guide is equal to GUIDE for case insensitive.',
  ].join('\n');
  const results = await analyze(text, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['list@example.org', 'rejected']]);
});
