// Every documented event type, bounce type and drop reason of the sending services read: what each
// says of the address, in the service's own terms, whatever words came beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/index.js';

const rows = async (input: unknown, lang: 'en' | 'pt-BR' = 'en') =>
  (await analyze(typeof input === 'string' ? input : JSON.stringify(input), { lang })).map((r) => [r.recipient, r.reason, r.listAction]);

test("a service's own judgment that the address is invalid decides whatever words came with it: Postmark's BadEmailAddress, Brevo's invalid_email", async () => {
  const postmark = {
    RecordType: 'Bounce', Type: 'BadEmailAddress', TypeCode: 100000, Email: 'ana@example.com', Details: 'Invalid email address',
    Description: 'The address is not a valid email address.', BouncedAt: '2025-11-03T10:00:00Z',
  };
  assert.deepEqual(await rows([postmark]), [['ana@example.com', 'userunknown', 'remove']]);
  assert.deepEqual(await rows([{ event: 'invalid_email', email: 'bia@example.com', date: '2025-11-03 10:00:00', reason: 'invalid email' }]),
    [['bia@example.com', 'userunknown', 'remove']]);
});

test("a Postmark bounce's Type says what it is: Unsubscribe an opt-out to honour, SpamComplaint a complaint, Subscribe and OpenRelayTest no failure", async () => {
  const bounce = (Type: string, Email: string, Details: string) => ({ RecordType: 'Bounce', Type, Email, Details, BouncedAt: '2025-11-03T10:00:00Z' });
  const events = [
    bounce('Unsubscribe', 'ana@example.com', 'Please remove me from your list'),
    bounce('Subscribe', 'bia@example.com', 'subscribe'),
    bounce('OpenRelayTest', 'caio@example.com', 'relay test'),
    bounce('SpamComplaint', 'davi@example.com', ''),
    bounce('HardBounce', 'eva@example.com', 'smtp;550 5.1.1 <eva@example.com>: user unknown'),
  ];
  const en = await analyze(JSON.stringify(events), { lang: 'en' });
  assert.deepEqual(en.map((r) => [r.recipient, r.reason, r.feedbackType, r.listAction]), [
    ['ana@example.com', 'feedback', 'opt-out', 'remove'],
    ['davi@example.com', 'feedback', 'abuse', 'remove'],
    ['eva@example.com', 'userunknown', null, 'remove'],
  ]);
  const [pt] = await analyze(JSON.stringify([events[1], events[2]]), { lang: 'pt-BR' });
  assert.equal(pt!.listAction, 'not-bounce');
});
