// Log lines of the reader's own server: notices that are no delivery, deliveries that stay on the
// server, and the addresses Exim and Sendmail write beside the one that failed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { readLogText } from '../src/reply/log-file.js';
import { readOwnNotice } from '../src/reply/own-notice.js';

const T = 'Nov 28 10:00:00 mail';

test("a daemon's notice is told as the server's own, never as a bounce with a remote server's advice", () => {
  const cases: [string, string][] = [
    [`${T} postfix/postscreen[3109]: DNSBL rank 3 for [203.0.113.50]:51234`, 'client-listed'],
    [`${T} postfix/smtpd[3115]: warning: unknown[203.0.113.60]: SASL LOGIN authentication failed: UGFzc3dvcmQ6`, 'login-failed'],
    [`${T} postfix/smtpd[3115]: lost connection after AUTH from unknown[203.0.113.60]`, 'client-left'],
    [`${T} postfix/smtpd[3116]: warning: hostname mail.example.org does not resolve to address 203.0.113.9: Name or service not known`, 'client-dns'],
    [`${T} postfix/trivial-rewrite[3120]: warning: database /etc/postfix/virtual.db is older than source file /etc/postfix/virtual`, 'table-outdated'],
    [`${T} postfix/master[1200]: warning: process /usr/lib/postfix/sbin/smtpd pid 3119 exit status 1`, 'other'],
    [`${T} postfix/smtp[23860]: 5F6A: to=<tina@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=0.5, dsn=5.1.1, status=undeliverable (host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command))`, 'verify-probe'],
    ['2026-11-28 10:11:30 1rhXyz-000Abs-Ar <= newsletter@example.com H=localhost (mail.example.com) [127.0.0.1] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=4521', 'arrival'],
  ];
  for (const [line, id] of cases) {
    const r = explainText(line, { lang: 'en' });
    assert.equal(r.bounce, false, line);
    assert.deepEqual([r.hardBounce, r.replyCode, r.evidence[0]?.rule], [false, '', `log:own-notice:${id}`], line);
    assert.doesNotMatch(`${r.summary} ${r.advice}`, /your sending server|removal|your e-mail program/i, line);
  }
  // deliveries and refusals are read as such
  assert.equal(readOwnNotice(`${T} postfix/smtp[1]: 4ABC: to=<ana@example.org>, relay=none, delay=1, status=deferred (lost connection after RCPT)`), null);
  assert.equal(readOwnNotice(`${T} postfix/smtpd[1]: warning: NOQUEUE: reject: RCPT from unknown[203.0.113.5]: 450 4.7.1 Try later; from=<a@example.org> to=<b@example.com>`), null);
});

test('verification probes are no deliveries in a log', () => {
  const probe = `${T} postfix/smtp[1]: 5F6A: to=<tina@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=0.5, dsn=5.1.1, status=undeliverable (host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown)`;
  const bounced = `${T} postfix/smtp[1]: 4ABC: to=<ana@example.org>, relay=mx.example.org[192.0.2.20]:25, delay=1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.20] said: 550 5.1.1 User unknown)`;
  assert.deepEqual(readLogText([probe, bounced, bounced.replace('4ABC', '4ABD')].join('\n'))!.failed.map((f) => f.number), [2, 3]);
});

test('a delivery that stays on the server is told as the server\'s own failure; an unknown local user stays one', async () => {
  for (const line of [
    `${T} postfix/pipe[5001]: 7A8B: to=<caio@example.com>, relay=dovecot, delay=0.1, dsn=4.3.0, status=deferred (temporary failure. Command output: lda(caio@example.com): Error: open(/var/vmail/example.com/caio/dovecot.index.log) failed: Permission denied)`,
    `${T} postfix/smtp[5002]: 7A8C: to=<ana@example.com>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.2, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)`,
    `${T} postfix/local[5003]: 7A8D: to=<jose@example.com>, relay=local, delay=0.1, dsn=4.3.0, status=deferred (cannot update mailbox /var/mail/jose for user jose. error writing message: No space left on device)`,
    `${T} sm-mta[2345]: 4ASA01: to=bia, ctladdr=<bia@example.com> (1002/1002), delay=00:00:01, mailer=local, pri=30000, dsn=4.0.0, stat=Deferred: local mailer (/usr/bin/procmail) exited with EX_TEMPFAIL`,
    '2026-11-28 10:00:00 1abcDE-000Aaa-00 ** |/usr/local/bin/ticket-import <suporte@example.com> R=system_aliases T=address_pipe: Child process of address_pipe transport returned 69 (could mean service or program unavailable)',
  ]) {
    const r = explainText(line, { lang: 'en' });
    assert.ok(r.evidence.some((e) => e.rule === 'log:local-delivery'), line);
    assert.deepEqual(r.actors, ['recipient-admin'], line);
    assert.ok(r.recipient?.endsWith('@example.com'), line);
    assert.doesNotMatch(`${r.summary} ${r.advice}`, /block list|removal|let the recipient know/i, line);
  }
  const unknown = explainText(`${T} postfix/local[5003]: 7A8E: to=<nobody@example.com>, relay=local, delay=0.1, dsn=5.1.1, status=bounced (unknown user: "nobody")`, { lang: 'en' });
  assert.deepEqual([unknown.reason, unknown.hardBounce], ['userunknown', true]);
  assert.ok(!unknown.evidence.some((e) => e.rule === 'log:local-delivery'));
  // Exim's <parent>: the address written before an alias took it
  const [aliased] = await analyze('2026-11-28 10:00:00 1abcDE-000Aaa-00 ** eva@example.net <vendas@example.com> R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.7]: SMTP error from remote mail server after RCPT TO:<eva@example.net>: 550 5.1.1 User unknown', { lang: 'en' });
  assert.deepEqual([aliased!.recipient, aliased!.originalRecipient], ['eva@example.net', 'vendas@example.com']);
});

test('a reply passed on through the loopback address (a local tunnel or proxy to a smarthost) is no local delivery', () => {
  const r = explainText(`${T} postfix/smtp[1]: 4ABC: to=<ana@example.com>, relay=127.0.0.1[127.0.0.1]:1025, delay=1, dsn=5.7.26, status=bounced (host 127.0.0.1[127.0.0.1] said: 550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy (in reply to end of DATA command))`, { lang: 'en' });
  assert.equal(r.reason, 'authfailure');
  assert.ok(!r.evidence.some((e) => e.rule === 'log:local-delivery'));
});

test("an unknown user or a full mailbox on the reader's own server names its admin and their step", () => {
  const unknown = explainText(`${T} postfix/local[5003]: 7A8E: to=<nobody@example.com>, relay=local, delay=0.1, dsn=5.1.1, status=bounced (unknown user: "nobody")`, { lang: 'pt-BR' });
  assert.equal(unknown.reason, 'userunknown');
  assert.ok(unknown.actors.includes('recipient-admin'));
  assert.ok(unknown.whoActs.includes('quem administra o seu servidor de e-mail'), unknown.whoActs.join());
  assert.match(unknown.adminAdvice ?? '', /backscatter/);
  assert.ok(unknown.evidence.some((e) => e.rule === 'log:local-mailbox'));
  const full = explainText(`${T} postfix/lmtp[2121]: 2C3D: to=<joana@example.com>, relay=mx1.example.com[private/dovecot-lmtp], delay=0.2, dsn=5.2.2, status=bounced (host mx1.example.com[private/dovecot-lmtp] said: 552 5.2.2 <joana@example.com> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))`, { lang: 'en' });
  assert.equal(full.reason, 'mailboxfull');
  assert.match(full.adminAdvice ?? '', /quota/i);
  assert.ok(full.whoActs.includes('whoever runs your mail server'));
  // a remote mailbox is no business of the reader's server
  const remote = explainText(`${T} postfix/smtp[1]: 4ABC: to=<ana@example.org>, relay=mx.example.org[192.0.2.20]:25, delay=1, dsn=5.2.2, status=bounced (host mx.example.org[192.0.2.20] said: 552 5.2.2 Mailbox full)`, { lang: 'en' });
  assert.ok(!remote.whoActs.includes('whoever runs your mail server'));
  assert.ok(!remote.evidence.some((e) => e.rule === 'log:local-mailbox'));
  // a content filter on the loopback address is the reader's own server too
  const filter = explainText(`${T} postfix/smtp[5002]: 7A8C: to=<ana@example.com>, relay=127.0.0.1[127.0.0.1]:10024, delay=0.2, dsn=4.4.1, status=deferred (connect to 127.0.0.1[127.0.0.1]:10024: Connection refused)`, { lang: 'pt-BR' });
  assert.deepEqual(filter.whoActs, ['quem administra o seu servidor de e-mail']);
});
