// A log's refusals of incoming mail listed with --inbound: the CSV gives each its reason and says what the
// row is; the closing line counts them by reason in words that agree with any count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

const T = 'Dec  1 09:00:00 mx';
const refusal = (n: number, to: string, reply: string) =>
  `${T} postfix/smtpd[40${n}]: NOQUEUE: reject: RCPT from unknown[203.0.113.${n}]: ${reply}; from=<promo@example.net> to=<${to}> proto=ESMTP helo=<example.net>`;
const BLOCKED = (n: number) => refusal(n, `caixa${n}@example.com`, `554 5.7.1 Service unavailable; Client host [203.0.113.${n}] blocked using zen.spamhaus.org`);
const UNKNOWN = refusal(30, 'ninguem@example.com', '550 5.1.1 <ninguem@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
const BOUNCED = `${T} postfix/smtp[103]: 4ABC: to=<ana@example.org>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.20] said: 550 5.1.1 <ana@example.org>: User unknown (in reply to RCPT TO command))`;

test('--inbound --format csv: each refusal of incoming mail has its reason, and a Tipo that says what it is', async () => {
  const dir = tempDir();
  writeTree(dir, { 'mail.log': [BLOCKED(21), BOUNCED, UNKNOWN].join('\n') + '\n' });
  for (const [lang, kind, name] of [['pt-BR', 'Recusa de mensagem recebida', 'Servidor de envio bloqueado'], ['en', 'Incoming mail refused', 'Sending server blocked']] as const) {
    const out = await runCli(['--inbound', '--format', 'csv', '--lang', lang, join(dir, 'mail.log')]);
    const sep = lang === 'en' ? ',' : ';';
    const rows = out.stdout.trim().split('\r\n').slice(1).map((l) => l.split(sep));
    const blocked = rows.find((r) => r[0] === 'caixa21@example.com')!;
    assert.deepEqual([blocked[2], blocked[3], blocked[4]], [kind, 'blocked', ''], lang);
    assert.ok(blocked.includes(name), lang);
    assert.equal(rows.find((r) => r[0] === 'ninguem@example.com')![3], 'userunknown');
    // the reader's own failure keeps its row as before
    assert.equal(rows.find((r) => r[0] === 'ana@example.org')![3], 'userunknown');
  }
});

test('the closing line counts refusals by reason with the count after the name: "servidor de envio bloqueado (2)", for 1 and for many', async () => {
  const dir = tempDir();
  writeTree(dir, { 'mail.log': [BLOCKED(21), BLOCKED(22), BOUNCED, UNKNOWN].join('\n') + '\n' });
  const pt = await runCli(['--lang', 'pt-BR', join(dir, 'mail.log')]);
  assert.match(pt.stderr, /: servidor de envio bloqueado \(2\), endereço inexistente \(1\) \(para ver cada uma: --inbound\)\.\n$/);
  assert.doesNotMatch(pt.stderr, /\d servidor de envio bloqueado/);
  const en = await runCli(['--lang', 'en', join(dir, 'mail.log')]);
  assert.match(en.stderr, /: sending server blocked \(2\), address does not exist \(1\) \(to see each: --inbound\)\.\n$/);
});
