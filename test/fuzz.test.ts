// Hostile and broken input: no exception escapes, every input gets a result, and each one is quick.
// Mutated corpus messages when ../shared is there, generated hostile messages always. Seeded: a
// failure names its seed and input, and reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { REASONS } from '../src/types.js';
import type { Result } from '../src/result.js';
import { prng } from './prng.js';

/** Generous: the real speed is the bench's business; this catches hangs and blow-ups. */
const MAX_MS_PER_INPUT = 5000;
const SEED = Number(process.env.FUZZ_SEED ?? 6006);
const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'sisimai', 'maildir', 'bsd');


const reasons = new Set<string>(REASONS);

function checkResults(results: Result[], name: string): void {
  assert.ok(Array.isArray(results) && results.length >= 1, `${name}: at least one result`);
  for (const r of results) {
    assert.ok(reasons.has(r.reason), `${name}: reason ${r.reason}`);
    assert.equal(typeof r.summary, 'string', `${name}: summary`);
    assert.ok(r.summary.length > 0, `${name}: a summary to show`);
    assert.doesNotThrow(() => JSON.stringify(r), `${name}: serialisable`);
  }
}

async function run(name: string, input: string | Uint8Array): Promise<Result[]> {
  const started = performance.now();
  let results: Result[];
  try {
    results = await analyze(input, { lang: 'pt-BR', file: name });
  } catch (error) {
    assert.fail(`${name} (seed ${SEED}): analyze threw ${(error as Error).stack}`);
  }
  const ms = performance.now() - started;
  assert.ok(ms < MAX_MS_PER_INPUT, `${name} (seed ${SEED}): ${ms.toFixed(0)} ms`);
  checkResults(results, `${name} (seed ${SEED})`);
  return results;
}

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

const HEAD = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nTo: sender@example.org\nSubject: Undelivered Mail Returned to Sender\nMIME-Version: 1.0\n';
const NOTICE = 'This is the mail system at host mx.example.com.\n\n<gone@example.com>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n';
const DSN = 'Reporting-MTA: dns; mx.example.com\n\nFinal-Recipient: rfc822; gone@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 user unknown\n';
const BOUNCE = `${HEAD}Content-Type: multipart/report; report-type=delivery-status; boundary="RB"\n\n--RB\nContent-Type: text/plain\n\n${NOTICE}\n--RB\nContent-Type: message/delivery-status\n\n${DSN}\n--RB\nContent-Type: message/rfc822\n\nFrom: sender@example.org\nTo: gone@example.com\nSubject: hello\n\nhello\n--RB--\n`;

/** Byte-level damage: flips, cuts, repeats, stray line ends and boundaries. */
function mutate(src: Uint8Array, random: () => number): Uint8Array {
  let b = Array.from(src);
  const ops = 1 + Math.floor(random() * 8);
  for (let k = 0; k < ops && b.length; k++) {
    const at = Math.floor(random() * b.length);
    const len = 1 + Math.floor(random() * 200);
    switch (Math.floor(random() * 9)) {
      case 0: b[at] = Math.floor(random() * 256); break;
      case 1: b.splice(at, len); break;
      case 2: b.splice(at, 0, ...b.slice(at, at + len)); break;
      case 3: b = b.slice(0, at); break;
      case 4: b.splice(at, 0, 13); break;
      case 5: b.splice(at, 0, 10, 10); break;
      case 6: b.splice(at, 0, ...bytes('\n--RB\nContent-Type: message/delivery-status\n\n')); break;
      case 7: b.splice(at, 0, ...bytes('=?utf-8?B?w6k=?= =\n=C3=A9 (comment "q\\" ;')); break;
      default: b.splice(at, 0, ...Array.from({ length: len }, () => Math.floor(random() * 256)));
    }
  }
  return Uint8Array.from(b);
}

test('mutated corpus messages', { skip: existsSync(CORPUS) ? false : `no corpus at ${CORPUS}` }, async () => {
  const random = prng(SEED);
  const files = readdirSync(CORPUS).sort();
  for (let n = 0; n < 300; n++) {
    const file = files[Math.floor(random() * files.length)]!;
    const src = new Uint8Array(readFileSync(join(CORPUS, file)));
    await run(`mutation ${n} of ${file}`, mutate(src, random));
  }
});

test('mutated generated bounces, as bytes and as text', async () => {
  const random = prng(SEED + 1);
  const src = bytes(BOUNCE);
  for (let n = 0; n < 200; n++) {
    const damaged = mutate(src, random);
    await run(`generated mutation ${n}`, damaged);
    await run(`generated mutation ${n} as text`, new TextDecoder().decode(damaged));
  }
});

test('truncated messages, at every kind of place', async () => {
  const src = bytes(BOUNCE);
  for (let at = 0; at <= src.length; at += 7) await run(`truncated at ${at}`, src.subarray(0, at));
  const original = await run('untruncated', src);
  assert.equal(original[0]!.recipient, 'gone@example.com');
  assert.equal(original[0]!.reason, 'userunknown');
});

test('random bytes and random text', async () => {
  const random = prng(SEED + 2);
  for (let n = 0; n < 40; n++) {
    const length = Math.floor(random() * (n < 30 ? 2000 : 200_000));
    const b = Uint8Array.from({ length }, () => Math.floor(random() * 256));
    await run(`random bytes ${n}`, b);
    await run(`random text ${n}`, Array.from({ length: Math.min(length, 5000) }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join(''));
  }
  for (const text of ['', ' ', '\n', '\0', '\r\r\r', 'From ', 'From \n', ':', '::::', '--', '=?', '550', '999', '5.9.9', '@', '<>']) {
    await run(`tiny ${JSON.stringify(text)}`, text);
    await run(`tiny ${JSON.stringify(text)} as bytes`, bytes(text));
  }
});

test('a 20 MB attachment: not decoded, and the bounce is still read in well under a second', async () => {
  const chunk = 'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3\n';
  const attachment = chunk.repeat(Math.ceil((20 << 20) / chunk.length));
  const message = `${HEAD}Content-Type: multipart/mixed; boundary="RB"\n\n--RB\nContent-Type: text/plain\n\n${NOTICE}\n` +
    `--RB\nContent-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n${attachment}--RB--\n`;
  const input = bytes(message);
  assert.ok(input.length > 20 << 20);
  await run('20 MB attachment (warm-up)', input);
  const started = performance.now();
  const results = await run('20 MB attachment', input);
  const ms = performance.now() - started;
  assert.ok(ms < 1000, `${ms.toFixed(0)} ms for a 20 MB message`);
  assert.equal(results[0]!.recipient, 'gone@example.com');
  await run('20 MB text body', `${HEAD}Content-Type: text/plain\n\n${NOTICE}${'y'.repeat(20 << 20)}\n`);
  await run('20 MB base64 text body', `${HEAD}Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n${attachment}`);
});

test('5,000 nested MIME parts, and 5,000 parts side by side', async () => {
  let nested = `Content-Type: text/plain\n\n${NOTICE}`;
  for (let d = 5000; d >= 1; d--) nested = `Content-Type: multipart/mixed; boundary="n${d}"\n\n--n${d}\n${nested}\n--n${d}--\n`;
  await run('5,000 nested parts', HEAD + nested);
  let open = HEAD + 'Content-Type: multipart/mixed; boundary="o0"\n\n';
  for (let d = 1; d <= 5000; d++) open += `--o${d - 1}\nContent-Type: multipart/mixed; boundary="o${d}"\n\n`;
  await run('5,000 nested parts never closed', open);
  let flat = HEAD + 'Content-Type: multipart/mixed; boundary="f"\n\n';
  for (let i = 0; i < 5000; i++) flat += `--f\nContent-Type: ${i % 2 ? 'text/plain' : 'message/delivery-status'}\n\n${i % 2 ? NOTICE : DSN}\n`;
  await run('5,000 parts side by side', flat + '--f--\n');
});

test('a 1 MB header line, 200,000 header lines, a header never ended', async () => {
  await run('1 MB header line', `${HEAD}X-Long: ${'a'.repeat(1 << 20)}\n\n${NOTICE}`);
  await run('1 MB folded header', `${HEAD}X-Folded: a\n${' b\n'.repeat(1 << 18)}\n${NOTICE}`);
  await run('1 MB subject of encoded words', `From: MAILER-DAEMON@x.example\nTo: a@b.example\nSubject: ${'=?utf-8?q?=C3=A9?= '.repeat(50_000)}\n\n${NOTICE}`);
  await run('many header lines', `${HEAD}${'X-H: v\n'.repeat(200_000)}\n${NOTICE}`);
  await run('headers only', HEAD + 'X-A: b\n'.repeat(1000));
  await run('1 MB Content-Type', `${HEAD}Content-Type: multipart/mixed; ${'a=b; '.repeat(200_000)}boundary="x"\n\n--x\n\n${NOTICE}`);
  await run('1 MB of comments', `${HEAD}Content-Type: text/plain; ${'('.repeat(300_000)}charset=utf-8\n\n${NOTICE}`);
});

test('a 200,000-space reply, in every way it can come', async () => {
  const spaces = ' '.repeat(200_000);
  for (const text of [`550${spaces}5.1.1 user unknown`, `550 5.1.1${spaces}`, `${spaces}550`, `550-${spaces}\n550 ${spaces}x`, `Diagnostic-Code: smtp;${spaces}550`, `${'\t \n'.repeat(70_000)}550 5.1.1`]) {
    const started = performance.now();
    const result = explainText(text, { lang: 'en' });
    assert.ok(performance.now() - started < MAX_MS_PER_INPUT);
    assert.ok(reasons.has(result.reason));
    await run(`spaces ${JSON.stringify(text.slice(0, 12))}`, text);
  }
  await run('spaces in a bounce', `${HEAD}\n550 5.1.1 <gone@example.com>:${spaces}user unknown\n`);
});

test('text that is not UTF-8, CR-only line ends, a bare From line', async () => {
  const latin1 = Uint8Array.from(Array.from(`${HEAD}Content-Type: text/plain; charset=iso-8859-1\n\nA mensagem para <gone@example.com> n\xe3o p\xf4de ser entregue: 550 5.1.1 usu\xe1rio desconhecido\n`, (c) => c.charCodeAt(0)));
  const results = await run('latin-1 bytes', latin1);
  assert.equal(results[0]!.recipient, 'gone@example.com');
  await run('invalid UTF-8', Uint8Array.from([...bytes(HEAD + '\n'), 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0x0a]));
  await run('UTF-16', Uint8Array.from([0xff, 0xfe, ...Array.from(bytes(BOUNCE)).flatMap((b) => [b, 0])]));
  await run('unknown charsets', `${HEAD}Content-Type: text/plain; charset="x-no-such-thing"\nContent-Transfer-Encoding: quoted-printable\n\n=E9=ZZ=\n${NOTICE}`);
  const cr = await run('CR-only line ends', BOUNCE.replace(/\n/g, '\r'));
  assert.equal(cr[0]!.recipient, 'gone@example.com');
  await run('CRLF line ends', BOUNCE.replace(/\n/g, '\r\n'));
  const random = prng(SEED + 3);
  await run('mixed line ends', BOUNCE.replace(/\n/g, () => ['\n', '\r\n', '\r', '\n\r'][Math.floor(random() * 4)]!));
  for (const text of ['From ', 'From \n', 'From MAILER-DAEMON Mon Jan  1 10:00:00 2024', `From MAILER-DAEMON Mon Jan  1 10:00:00 2024\n${BOUNCE}`, `From \n${BOUNCE}`, 'From x\nFrom y\nFrom z\n']) {
    await run(`From line ${JSON.stringify(text.slice(0, 20))}`, text);
    await run(`From line ${JSON.stringify(text.slice(0, 20))} as bytes`, bytes(text));
  }
});

test('hostile logs and JSON: huge, truncated, nested, every line a delivery', async () => {
  const line = 'Nov 28 10:00:00 mail postfix/smtp[1]: 4ABC: to=<gone@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown)';
  const random = prng(SEED + 4);
  // a log whose lines are cut at random places, with long junk lines between
  const cut = Array.from({ length: 3000 }, () => (random() < 0.1 ? 'x'.repeat(50_000) : line.slice(0, Math.floor(random() * line.length)))).join('\n');
  await run('log of cut lines', cut);
  await run('log of cut lines as bytes', bytes(cut));
  await run('every line a delivery, one queue id', Array(20_000).fill(line.replace('bounced', 'deferred')).join('\n'));
  await run('status= everywhere', 'Nov 28 10:00:00 ' + ' status= to=<'.repeat(100_000));
  // JSON: deep, wide, cut, and with addresses everywhere but no event
  await run('deep JSON arrays', '['.repeat(200_000) + ']'.repeat(200_000));
  await run('deep JSON objects', '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000));
  const events = JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ email: `u${i}@example.com`, event: 'bounce', reason: '550 5.1.1 User unknown' })));
  await run('5,000 events', events);
  await run('5,000 events cut', events.slice(0, events.length / 2));
  await run('emails but no events', JSON.stringify({ email: Array(10_000).fill('a@example.com') }));
  // CSV bounce lists: a quote never closed, 1 MB fields, 50,000 rows
  await run('CSV quote never closed', 'email,reason\n"' + 'a@example.com,550 5.1.1 x\n'.repeat(100_000));
  await run('CSV 1 MB field', `email,reason\ngone@example.com,"550 5.1.1 ${'x'.repeat(1 << 20)}"\n`);
  await run('CSV 50,000 rows', 'email,reason,status\n' + 'gone@example.com,550 5.1.1 User unknown,5.1.1\n'.repeat(50_000));
});

test('mutated zip and tar archives: in memory (page, API) and streamed (command line), every one gives results, none throws', async () => {
  const { analyzeInput } = await import('../src/analyze-input.js');
  const { readInputs } = await import('../src/mailbox/read-inputs.js');
  const { analyzeItem } = await import('../src/mailbox/analyze-item.js');
  const { zipOf, tarOf, gzipOf } = await import('./archive-fixtures.js');
  const { tempDir } = await import('./mailbox-helpers.js');
  const { writeFileSync } = await import('node:fs');
  const { PassThrough } = await import('node:stream');
  const box = `From MAILER-DAEMON Mon Jan  1 10:00:00 2024\n${BOUNCE}\nFrom MAILER-DAEMON Mon Jan  1 10:00:00 2024\n${BOUNCE}`;
  const files = [{ name: 'a/bounce.eml', data: BOUNCE }, { name: 'box.mbox', data: box, method: 0 }, { name: 'log.gz', data: gzipOf(NOTICE) }];
  const sources = [zipOf(files), tarOf(files), gzipOf(tarOf(files)), zipOf([{ name: 'inner.zip', data: zipOf(files) }])];
  const random = prng(SEED + 7);
  const dir = tempDir();
  for (let n = 0; n < 120; n++) {
    const damaged = mutate(sources[n % sources.length]!, random);
    const name = `archive mutation ${n}`;
    const started = performance.now();
    const done = await analyzeInput(damaged, { lang: 'en', file: `m${n}` });
    checkResults(done.results, `${name} in memory (seed ${SEED})`);
    // streamed: every item read gets results, and the reading ends
    const path = join(dir, `m${n}`);
    writeFileSync(path, damaged);
    const stdin = new PassThrough();
    stdin.end();
    let items = 0;
    for await (const item of readInputs([path], stdin)) {
      items++;
      checkResults(await analyzeItem(item, 'en'), `${name} streamed (seed ${SEED})`);
    }
    assert.ok(items >= 1, `${name} streamed: no item`);
    assert.ok(performance.now() - started < MAX_MS_PER_INPUT, `${name} (seed ${SEED}): too slow`);
  }
});
