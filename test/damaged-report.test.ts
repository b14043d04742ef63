// A delivery report cut short before its recipients is an input that could not be read, not "no failure".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { dsn } from './mailbox-helpers.js';

test('a DSN cut inside its delivery-status part is an error; a whole one is read', async () => {
  const whole = dsn({ recipient: 'ana@example.com' });
  const cut = whole.slice(0, whole.indexOf('Reporting-MTA: dns; mx.example.com') + 'Reporting-MTA: dns; mx.exa'.length).replace(/<ana@example\.com>: host[^\n]*\n/, '');
  const [r] = await analyzeMessage(cut, { lang: 'en' });
  assert.equal(r!.bounce, false);
  assert.match(r!.error ?? '', /cut short or damaged/);
  const [ok] = await analyzeMessage(whole, { lang: 'en' });
  assert.deepEqual([ok!.recipient, ok!.error], ['ana@example.com', undefined]);
});
