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
