import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';

test('a pasted out-of-office text is an auto-reply, not a failure', async () => {
  const r = explainText('Estou de férias até 10/12. Em caso de urgência, fale com a Ana.', { lang: 'pt-BR' });
  assert.equal(r.reason, 'vacation');
  assert.equal(r.kind, 'success');
  assert.equal(r.retry, 'no-need');
  const [en] = await analyze('Hello,\n\nI am currently away and will reply when I return on Monday.\n\nBest,\nAna\n', { lang: 'en' });
  assert.equal(en!.reason, 'vacation');
});

test('a pasted abuse report is a complaint', () => {
  const r = explainText('This is an email abuse report for an email message received from IP 192.0.2.2 on Thu, 9 Apr 2026', { lang: 'en' });
  assert.equal(r.reason, 'feedback');
  assert.equal(r.kind, 'success');
});

test('a pasted report of another type (opt-out, authentication failure) or an unsubscribe request is feedback too', async () => {
  for (const text of [
    'This is an opt-out report for an email message received from IP 192.0.2.2 on Thu, 9 Apr 2026 10:00:00 +0000.',
    'This is an authentication failure report for an email message received from IP 192.0.2.3 on Thu, 9 Apr 2026.',
    'Apple Mail sent this email to unsubscribe from the message "Weekly news".',
  ]) {
    const [r] = await analyze(text, { lang: 'en' });
    assert.deepEqual([r!.reason, r!.kind], ['feedback', 'success'], text);
  }
});

test('a refusal that quotes such words is still a refusal', () => {
  assert.equal(explainText('550 5.1.1 <ana@example.com>: user unknown; out of office replies are dropped', { lang: 'en' }).reason, 'userunknown');
  assert.equal(explainText('554 5.7.1 spam complaint rate too high', { lang: 'en' }).kind, 'permanent');
});

test('a text with no code and no phrase we know is not explained as a failure', () => {
  const r = explainText('hello there', { lang: 'en' });
  assert.equal(r.bounce, false);
  assert.equal(r.kind, 'success');
  assert.match(r.summary, /No reply code or status code/);
  assert.match(r.advice, /Paste the server's reply/);
  // a phrase alone still explains
  assert.equal(explainText('Recipient address rejected: User unknown in virtual mailbox table', { lang: 'en' }).reason, 'userunknown');
});
