// OpenSMTPD's delivery lines (fields apart by spaces, result= and a quoted stat=) are read as OpenSMTPD's,
// never through Sendmail's reading of stat=; a line whose reply is 2xx is no failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeInput } from '../src/index.js';
import { deliveryKey, deliveryOutcome, readLogText } from '../src/reply/log-file.js';

const T = 'Dec  1 09:00:00 relay smtpd[7001]:';
const smtpd = (evp: string, to: string, result: string, stat: string) =>
  `${T} 9f8e7d6c5b4a3921 mta delivery evp:${evp} from=<loja@example.com> to=<${to}> rcpt=<-> source="192.0.2.1" relay="198.51.100.7 (mx.example.org)" delay=3s result="${result}" stat="${stat}"`;
const OK = smtpd('00000000000000a1', 'bia@example.org', 'Ok', '250 2.0.0 Ok: queued as 7QWE');
const TEMP = smtpd('00000000000000a2', 'caio@example.net', 'TempFail', '451 4.7.1 Greylisted, try again later');
const PERM = smtpd('00000000000000a3', 'ana@example.org', 'PermFail', '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown');

test('an OpenSMTPD delivery line ends as its result= says: Ok delivered, TempFail deferred, PermFail failed', () => {
  assert.equal(deliveryOutcome(OK), 'delivered');
  assert.equal(deliveryOutcome(TEMP), 'delayed');
  assert.equal(deliveryOutcome(PERM), 'failed');
  // a 2xx reply is never a failure, whatever the result word
  assert.equal(deliveryOutcome(smtpd('00000000000000a4', 'eva@example.org', 'PermFail', '250 2.0.0 Ok')), 'delivered');
  assert.equal(deliveryKey(TEMP), '00000000000000a2 caio@example.net');
  // Sendmail's syntax still goes to Sendmail's reading; a 2xx stat= there is a delivery too
  const sendmail = (stat: string) => `${T.replace('smtpd[7001]', 'sendmail[42]')} 4ABC: to=<ana@example.org>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.org. [192.0.2.20], dsn=2.0.0, stat=${stat}`;
  assert.equal(deliveryOutcome(sendmail('250 2.0.0 Ok: queued as 9XYZ')), 'delivered');
  assert.equal(deliveryOutcome(sendmail('User unknown')), 'failed');
});

test('an OpenSMTPD log: the failure names its recipient, the deferral is a deferral, the delivery is not listed', async () => {
  assert.deepEqual(readLogText([OK, PERM].join('\n'))!.failed.map((f) => f.number), [2]);
  const read = await analyzeInput([OK, TEMP, PERM].join('\n') + '\n', { lang: 'en', file: 'maillog' });
  assert.deepEqual(read.results.map((r) => [r.file, r.recipient, r.reason, r.bounce, r.action]), [
    ['maillog:2', 'caio@example.net', read.results[0]!.reason, true, 'delayed'],
    ['maillog:3', 'ana@example.org', 'userunknown', true, 'failed'],
  ]);
  // a TempFail settled by a later Ok of the same envelope is no failure
  const settled = await analyzeInput([TEMP, TEMP.replace('TempFail', 'Ok').replace('451 4.7.1 Greylisted, try again later', '250 2.0.0 Ok')].join('\n') + '\n', { lang: 'en', file: 'maillog' });
  assert.deepEqual(settled.results.map((r) => r.bounce), [false]);
});
