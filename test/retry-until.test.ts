// Until when, or for how long, a delayed message is retried: Will-Retry-Until of a DSN (RFC 3464
// §2.3.7) and the words of delay warnings, kept and said in the retry
// advice (a date at the offset the report gives).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { readDsnDate } from '../src/explain/dsn-date.js';
import { readRetryWindow } from '../src/message/retry-window.js';

function delayed(fields: string, action = 'delayed', status = '4.4.1'): Uint8Array {
  return new TextEncoder().encode(`From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sender@example.com
Subject: Delayed Mail (still being retried)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

This is the mail system at host mx.example.net.

<ana@example.org>: connect to mx.example.org[192.0.2.7]:25: Connection timed out

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ana@example.org
Action: ${action}
Status: ${status}
Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.7]:25: Connection timed out
${fields}
--B--
`);
}

test('report dates are read as written, at their own offset; anything else is not a date', () => {
  assert.deepEqual(readDsnDate('Wed, 3 Dec 2025 06:00:00 -0300'), { year: 2025, month: 12, day: 3, hour: 6, minute: 0, second: 0, offsetMinutes: -180, zone: 'UTC\u221203:00' });
  assert.deepEqual(readDsnDate('3 December 2025 18:30 +0530'), { year: 2025, month: 12, day: 3, hour: 18, minute: 30, second: 0, offsetMinutes: 330, zone: 'UTC+05:30' });
  assert.deepEqual(readDsnDate('Mon, 01 Jan 24 00:05:00 GMT'), { year: 2024, month: 1, day: 1, hour: 0, minute: 5, second: 0, offsetMinutes: 0, zone: 'UTC' });
  assert.equal(readDsnDate('Tue, 2 Jan 2024 09:00:00 EST')?.zone, 'EST');
  assert.equal(readDsnDate('Tue, 2 Jan 2024 09:00:00 EST')?.offsetMinutes, -300);
  assert.equal(readDsnDate('Tue, 2 Jan 2024 09:00:59 CET')?.offsetMinutes, null, 'a zone name RFC 5322 does not define');
  assert.equal(readDsnDate('Tue, 2 Jan 2024 09:00:59 CET')?.second, 59);
  assert.equal(readDsnDate('2 Jan 2024 09:00')?.zone, null);
  for (const bad of ['', 'tomorrow', '32 Jan 2024 10:00', '2 Foo 2024 10:00', '2 Jan 2024 25:00', '2024-01-02T10:00:00Z']) {
    assert.equal(readDsnDate(bad), null, bad);
  }
  // hostile input stays linear
  assert.equal(readDsnDate('1 '.repeat(100_000)), null);
});

test('a delay says until when the sending server keeps trying, in both languages', async () => {
  const bytes = delayed('Will-Retry-Until: Wed, 3 Dec 2025 06:00:00 -0300\n');
  const [pt] = await analyze(bytes, { lang: 'pt-BR' });
  assert.equal(pt!.retryUntil, 'Wed, 3 Dec 2025 06:00:00 -0300');
  assert.equal(pt!.retryText, 'O seu servidor continua tentando sozinho até 03/12/2025 às 06:00 (UTC\u221203:00); por enquanto não é preciso reenviar.');
  const [en] = await analyze(bytes, { lang: 'en' });
  assert.equal(en!.retryText, 'Your mail server keeps retrying on its own until 3 Dec 2025 at 06:00 (UTC\u221203:00); you need not resend yet.');
});

test('without the field, with a date that cannot be read, or on a final failure, the retry advice is the usual one', async () => {
  const [none] = await analyze(delayed(''), { lang: 'en' });
  assert.equal(none!.retryUntil, null);
  assert.match(none!.retryText, /for a few days/);
  const [odd] = await analyze(delayed('Will-Retry-Until: soon\n'), { lang: 'en' });
  assert.equal(odd!.retryUntil, 'soon');
  assert.match(odd!.retryText, /for a few days/);
  const [failed] = await analyze(delayed('Will-Retry-Until: Wed, 3 Dec 2025 06:00:00 -0300\n', 'failed', '5.4.1'), { lang: 'en' });
  assert.ok(!failed!.retryText.includes('2025'), failed!.retryText);
});

test('a delay warning says for how long the server keeps trying, in its own words', () => {
  const now = (days: number, hours: number, minutes: number) => ({ days, hours, minutes, from: 'now' });
  assert.deepEqual(readRetryWindow('gmail will retry for 47 more hours. you\'ll be notified'), now(0, 47, 0));
  assert.deepEqual(readRetryWindow('o gmail tentará novamente por mais 1 hora.'), now(0, 1, 0));
  assert.deepEqual(readRetryWindow('the server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes.'), now(1, 19, 57));
  assert.deepEqual(readRetryWindow('o servidor tentará entregar essa mensagem nas próximas 1 dias, 19 horas e 57 minutos.'), now(1, 19, 57));
  assert.deepEqual(readRetryWindow('continuara tentando pelos proximos 2 dias, 3 horas e 5 minutos'), now(2, 3, 5));
  assert.deepEqual(readRetryWindow('it will be retried until it is 5 day(s) old.'), { days: 5, hours: 0, minutes: 0, from: 'sent' });
  assert.deepEqual(readRetryWindow('will keep trying until message is 4 days old'), { days: 4, hours: 0, minutes: 0, from: 'sent' });
  assert.deepEqual(readRetryWindow('message will be retried for 2 more day(s)'), now(2, 0, 0));
  for (const none of ['', 'delivery will continue to be attempted.', 'gmail will retry for 0 more hours', 'will retry for many more hours']) {
    assert.equal(readRetryWindow(none), null, none);
  }
  assert.equal(readRetryWindow('will retry for '.repeat(50_000)), null);
});

test('the retry advice of a delay gives that window; a Will-Retry-Until date comes first', async () => {
  const gmail = "There was a temporary problem delivering your message to ana@example.com. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.";
  const [en] = await analyze(gmail, { lang: 'en' });
  assert.equal(en!.retryText, 'Your mail server keeps retrying on its own for another 47 hours; you need not resend yet.');
  const [pt] = await analyze(gmail, { lang: 'pt-BR' });
  assert.equal(pt!.retryText, 'O seu servidor continua tentando sozinho por mais 47 horas; por enquanto não é preciso reenviar.');
  // nobody has to act while the server retries
  assert.deepEqual([pt!.actors, pt!.whoActs], [['none'], ['ninguém']]);
  // a Postfix warning: its notice says how old the message may get; the DSN's date wins when it is there
  const postfix = (fields: string) => new TextDecoder().decode(delayed(fields)).replace(
    'This is the mail system at host mx.example.net.',
    'This is the mail system at host mx.example.net.\n\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n\nIt will be retried until it is 5 day(s) old.',
  );
  const [aged] = await analyze(new TextEncoder().encode(postfix('')), { lang: 'pt-BR' });
  assert.equal(aged!.retryText, 'O seu servidor continua tentando sozinho até a mensagem completar 5 dias na fila; por enquanto não é preciso reenviar.');
  const [dated] = await analyze(new TextEncoder().encode(postfix('Will-Retry-Until: Wed, 3 Dec 2025 06:00:00 -0300\n')), { lang: 'pt-BR' });
  assert.match(dated!.retryText, /até 03\/12\/2025 às 06:00/);
});
