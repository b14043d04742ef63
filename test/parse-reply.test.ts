import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCommand } from '../src/reply/find-command.js';
import { parseReply } from '../src/reply/parse-reply.js';
import { findAddresses } from '../src/reply/find-address.js';
import { findFailureReplyCode, findReplyCode, findStatus } from '../src/reply/find-codes.js';

test('a bare basic code and a bare enhanced code', () => {
  assert.deepEqual([parseReply('550').replyCode, parseReply('550').status], ['550', '']);
  assert.deepEqual([parseReply(' 5.7.26 ').replyCode, parseReply(' 5.7.26 ').status], ['', '5.7.26']);
  assert.equal(parseReply('101').replyCode, '101');
  assert.equal(parseReply('550 5.1.1').status, '5.1.1');
});

test('a multi-line reply with continuation lines is joined without its prefixes', () => {
  const r = parseReply(
    "550-5.1.1 The email account that you tried to reach does not exist. Please try\n" +
    '550-5.1.1 double-checking the recipient\'s email address for typos or\n' +
    '550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp',
  );
  assert.equal(r.replyCode, '550');
  assert.equal(r.status, '5.1.1');
  assert.ok(r.text.startsWith('The email account that you tried to reach does not exist. Please try double-checking'));
  assert.ok(!r.text.includes('550-'));
});

test('leading junk and any case', () => {
  const r = parseReply('Remote server said: 550 5.1.1 <ANA@Example.COM>: recipient address rejected: USER UNKNOWN');
  assert.equal(r.replyCode, '550');
  assert.equal(r.status, '5.1.1');
  assert.equal(r.recipient, 'ANA@example.com');
  assert.ok(r.text.startsWith('5.1.1') || r.text.startsWith('<ANA'));
});

test('the recipient named before the reply on its line, when the reply does not repeat it', () => {
  // Postfix's paragraph of a bounce, as people paste it
  const postfix = parseReply('<ana@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)');
  assert.deepEqual([postfix.recipient, postfix.replyCode, postfix.status], ['ana@example.com', '550', '5.1.1']);
  assert.equal(parseReply('Não foi possível entregar para “bia@example.org”: 550 5.1.1 user unknown').recipient, 'bia@example.org');
  // the address the reply names comes first
  assert.equal(parseReply('<ana@example.com>: host mx said: 550 5.1.1 <bia@example.org>: User unknown').recipient, 'bia@example.org');
});

test('a reply without an enhanced code', () => {
  const r = parseReply('554 delivery error: dd This user doesn\'t have a example.com account (bia@example.com) [0]');
  assert.equal(r.replyCode, '554');
  assert.equal(r.status, '');
  assert.equal(r.recipient, 'bia@example.com');
});

test('Postfix bounced line: recipient, relay, dsn, reply and command', () => {
  const r = parseReply('Nov 28 10:00:01 mail postfix/smtp[1234]: 4F1A2B3C: to=<ana@example.org>, relay=mx.example.org[192.0.2.10]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.10] said: 550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))');
  assert.equal(r.source, 'postfix');
  assert.equal(r.recipient, 'ana@example.org');
  assert.equal(r.remoteHost, 'mx.example.org');
  assert.equal(r.replyCode, '550');
  assert.equal(r.status, '5.1.1');
  assert.equal(r.command, 'RCPT');
  assert.ok(r.text.endsWith('User unknown in virtual mailbox table'));
});

test('Postfix deferred line with a connection timeout', () => {
  const r = parseReply('Nov 28 10:00:01 mail postfix/smtp[1234]: 4F1A2B3C: to=<bia@example.net>, relay=none, delay=30, delays=0/0/30/0, dsn=4.4.1, status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection timed out)');
  assert.equal(r.status, '4.4.1');
  assert.equal(r.replyCode, '');
  assert.equal(r.recipient, 'bia@example.net');
  assert.equal(r.command, 'CONN');
  assert.match(r.text, /Connection timed out/);
});

test("a log line's own word for how the delivery ended is its action", () => {
  const line = (status: string) => `Nov 28 10:00:01 mail postfix/smtp[1234]: 4F1A2B3C: to=<bia@example.net>, relay=none, delay=30, ${status}`;
  // no dsn=, no code: only "deferred" says the message is still queued
  assert.equal(parseReply(line('status=deferred (connect to mx.example.net[198.51.100.7]:25: Connection timed out)')).action, 'delayed');
  assert.equal(parseReply(line('dsn=5.1.1, status=bounced (host mx.example.net[198.51.100.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command))')).action, 'failed');
  assert.equal(parseReply(line('dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 4XYZ)')).action, undefined);
  assert.equal(parseReply('Nov 28 10:00:00 mail sm-mta[2345]: 4ASA0000012345: to=<ana@example.com>, delay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.com., stat=Deferred: Connection timed out with mx.example.com.').action, 'delayed');
  assert.equal(parseReply('Nov 28 10:00:00 mail sm-mta[2345]: 4ASA0000012345: to=<ana@example.com>, delay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.com., stat=User unknown').action, 'failed');
});

test('Exim failure line', () => {
  const r = parseReply('2026-11-28 10:00:00 1tAbCd-000123-AB ** ana@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.20]: SMTP error from remote mail server after RCPT TO:<ana@example.com>: 550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown');
  assert.equal(r.source, 'exim');
  assert.equal(r.recipient, 'ana@example.com');
  assert.equal(r.replyCode, '550');
  assert.equal(r.status, '5.1.1');
  assert.equal(r.command, 'RCPT');
  assert.equal(r.remoteHost, 'mx.example.com');
  assert.ok(r.text.startsWith('550 5.1.1'));
});

test('Sendmail line with dsn= and stat=', () => {
  const r = parseReply('Nov 28 10:00:00 mail sm-mta[2345]: 4ASA0000012345: to=<ana@example.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120000, relay=mx.example.com. [192.0.2.30], dsn=5.1.1, stat=User unknown');
  assert.equal(r.source, 'sendmail');
  assert.equal(r.status, '5.1.1');
  assert.equal(r.text, 'User unknown');
  assert.equal(r.recipient, 'ana@example.com');
  assert.equal(r.remoteHost, 'mx.example.com');
});

test('pasted DSN fields', () => {
  const r = parseReply('Final-Recipient: rfc822; ana@example.com\nAction: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx.example.com\nDiagnostic-Code: smtp; 552 5.2.2 <ana@example.com>: mailbox\n    full, try again later');
  assert.equal(r.source, 'dsn');
  assert.equal(r.status, '5.2.2');
  assert.equal(r.replyCode, '552');
  assert.equal(r.recipient, 'ana@example.com');
  assert.equal(r.remoteHost, 'mx.example.com');
  assert.match(r.text, /mailbox full, try again later/);
});

test('codes inside IP addresses and longer numbers are not codes', () => {
  assert.equal(findReplyCode('connect to 192.0.2.250: timed out'), '');
  assert.equal(findStatus('version 15.5.1.2 failed'), '');
  assert.equal(findStatus('(#5.1.1)'), '5.1.1');
  assert.equal(findStatus('status 4.7.650.'), '4.7.650');
});

test('addresses are found without regular expressions, and hostile input stays cheap', () => {
  assert.deepEqual(findAddresses('to <ana@example.com>, bia@Example.ORG.'), ['ana@example.com', 'bia@example.org']);
  assert.deepEqual(findAddresses('user@localhost and @@@ and a@b.c1'), []);
  const hostile = 'a'.repeat(200_000) + '@' + 'b'.repeat(200_000);
  const started = performance.now();
  findAddresses(hostile);
  parseReply(' '.repeat(200_000) + '550');
  assert.ok(performance.now() - started < 2000);
});

test('an address ends at punctuation past ASCII, and CJK text touching it is not part of it', () => {
  // curly quotes of a word processor, an ellipsis, a dash, Chinese and Arabic commas, an emoji
  assert.deepEqual(findAddresses('Não foi possível entregar para “ana@example.com”: 550'), ['ana@example.com']);
  assert.deepEqual(findAddresses('Delivery to ana@example.com… failed; bia@example.com.br—teste'), ['ana@example.com', 'bia@example.com.br']);
  assert.deepEqual(findAddresses('a@example.jp، b@example.cn， c@example.com😀'), ['a@example.jp', 'b@example.cn', 'c@example.com']);
  // Chinese and Japanese run text into the address without a space
  assert.deepEqual(findAddresses('550 5.1.1 用户kijitora@example.jp您好，不存在'), ['kijitora@example.jp']);
  assert.deepEqual(findAddresses('宛先ana@example.co.jpは存在しません'), ['ana@example.co.jp']);
  // letters past ASCII stay: internationalised addresses and domain names
  assert.deepEqual(findAddresses('josé@exemplo.com.br, müller@bücher.de, 用户@例子.广告'), ['josé@exemplo.com.br', 'müller@bücher.de', '用户@例子.广告']);
});

test('in a failure notice the failing reply wins over the accepted steps of a transcript', async () => {
  const { findFailureReplyCode, findFailureStatus, findStatus: first } = await import('../src/reply/find-codes.js');
  const transcript = '>>> MAIL FROM:<a@example.org> <<< 250 2.1.0 Ok >>> RCPT TO:<b@example.com> <<< 451 4.3.0 Try later';
  assert.equal(findFailureReplyCode(transcript), '451');
  assert.equal(findFailureStatus(transcript), '4.3.0');
  // a search that went before must not hide the first code from the next one (global regex state)
  assert.equal(first('x 5.1.1 y 5.2.2'), '5.1.1');
  assert.equal(findFailureStatus('host 5.1.1 <a@example.com>... User Unknown'), '5.1.1');
  assert.equal(findFailureReplyCode('250 2.0.0 queued'), '250');
});

test('a command named only with the word "command" (GMX, web.de) is found', () => {
  assert.equal(findCommand('smtp error from remote server for rcpt to command, host: mx.example.de (192.0.2.5) reason: 550 requested action not taken: mailbox unavailable'), 'RCPT');
  assert.equal(findCommand('smtp error from remote server for data command, host: mx.example.de reason: 554 transaction failed'), 'DATA');
  assert.equal(findCommand('550 mailbox unavailable for mail delivery'), null);
});

test("a log line's generic dsn=4.0.0 yields to the specific code of the reply it quotes", () => {
  const r = parseReply('Nov 28 10:00:00 mail sm-mta[2]: 4ASA: to=<ana@example.com>, delay=00:00:01, mailer=esmtp, relay=mx.example.com. [192.0.2.30], dsn=4.0.0, stat=Deferred: 421 4.7.0 Try again later');
  assert.equal(r.status, '4.7.0');
  assert.equal(r.replyCode, '421');
});

test("X-Unix diagnostics hold a program's exit status, not a reply code (255 is no success)", async () => {
  for (const text of ['X-Unix; 255', 'Diagnostic-Code: X-Unix; 255\nStatus: 5.3.0', 'Diagnostic-Code: x-unix; 250']) {
    assert.equal(parseReply(text).replyCode, '', text);
  }
  const { explainText } = await import('../src/explain-text.js');
  const pasted = explainText('Diagnostic-Code: X-Unix; 255', { lang: 'en' });
  assert.deepEqual([pasted.reason, pasted.kind], ['mailererror', 'permanent']);
  // the same in a whole bounce, read by the generic RFC 3464 decoder
  const { analyzeMessage } = await import('../src/message/analyze-message.js');
  const message = [
    'From: postmaster@mx.example.com', 'To: news@example.org', 'Subject: Delivery Status Notification (Failure)', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Delivery to the following recipient failed permanently.', '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '',
    'Final-Recipient: rfc822; ana@example.com', 'Action: failed', 'Status: 5.3.0', 'Diagnostic-Code: X-Unix; 255', '', '--B--', '',
  ].join('\n');
  const [r] = await analyzeMessage(message, { lang: 'en' });
  assert.deepEqual([r!.replyCode, r!.kind, r!.reason], ['', 'permanent', 'mailererror']);
});

test('an address the reply names as another than the recipient is not taken for it', () => {
  const recipientOf = (text: string) => parseReply(text).recipient;
  // the new address of one who moved: taking it would put a working address on the remove list
  assert.equal(recipientOf('551 5.1.6 User has moved; please try <bia@example.org>'), null);
  assert.equal(recipientOf('550 5.1.6 Este endereco foi desativado. O novo endereco e bia@example.org'), null);
  assert.equal(recipientOf('551 5.1.6 <ana@example.com>: User has moved; please try <bia@example.org>'), 'ana@example.com');
  // the sender's own address
  assert.equal(recipientOf('550-Verification failed for <news@example.net>\n550 Sender verify failed'), null);
  assert.equal(recipientOf('554 5.7.1 Sender address [news@example.net] blocked using dbl.spamhaus.org'), null);
  // words of the same kind farther away do not hide the recipient
  assert.equal(recipientOf('550 5.7.1 Remetente nao autorizado a enviar para <ana@example.com>'), 'ana@example.com');
});

test('a number after a slash is no reply code: cPanel writes its hourly limit as "(250/250 (100%))"', () => {
  const r = parseReply('2026-11-28 10:00:01 1abcDE-000123-AB ** ana@example.com R=enforce_mail_permissions: Domain example.net has exceeded the max emails per hour (250/250 (100%)) allowed.  Message discarded.');
  assert.notEqual(r.replyCode, '250');
});

test('an address at the end of a URL is the address, not the URL before it', async () => {
  const { explainText } = await import('../src/explain-text.js');
  assert.deepEqual(findAddresses('Details: https://help.example.net/bounce?email=ana@example.com'), ['ana@example.com']);
  assert.deepEqual(findAddresses('see https://x.example.net/u?a=1&to=bia@example.com.br.'), ['bia@example.com.br']);
  assert.deepEqual(findAddresses('https://example.net/users/caio@example.com'), ['caio@example.com']);
  // a VERP local part keeps its "="; "&", "/" and "?" cut only after a URL
  assert.deepEqual(findAddresses('<news+ana=example.com@list.example.org>'), ['news+ana=example.com@list.example.org']);
  assert.deepEqual(findAddresses('Final-Recipient: rfc822; r&d@example.com'), ['r&d@example.com']);
  assert.deepEqual(findAddresses('to=<ana/vendas@example.com>'), ['ana/vendas@example.com']);
  assert.deepEqual(findAddresses('mailto%3Aana@example.com'), ['ana@example.com']);
  assert.deepEqual(findAddresses('\uFFFD@example.com.br'), [], 'nothing but a lost letter names nobody');
  const r = explainText('550 5.1.1 User unknown. Details: https://help.example.net/bounce?email=ana@example.com', { lang: 'en' });
  assert.equal(r.recipient, 'ana@example.com');
});

test('a quoted local part is kept whole; a letter lost to a wrong charset does not cut the address down', () => {
  assert.deepEqual(findAddresses('Final-Recipient: rfc822; "john doe"@example.com'), ['"john doe"@example.com']);
  assert.deepEqual(findAddresses('to=<"ana.souza"@example.com>, relay=mx'), ['"ana.souza"@example.com']);
  // an unmatched quote is no quoted local part
  assert.deepEqual(findAddresses('he said "hi" ana@example.com'), ['ana@example.com']);
  assert.deepEqual(findAddresses('550 5.1.1 <jo\uFFFDo@example.com> user unknown'), ['jo\uFFFDo@example.com']);
});

test('a number ending a line of comma-separated values is no reply code; a code after a comma with words after it is', () => {
  assert.equal(findReplyCode('Bia,bia@example.com,456'), '');
  assert.equal(findFailureReplyCode('Ana,ana@example.com,123\nBia,bia@example.com,456\n'), '');
  assert.equal(findReplyCode('ana@example.com,550 5.1.1 User unknown'), '550');
  assert.equal(findFailureReplyCode('ana@example.com,552-5.2.2 Mailbox full'), '552');
});

test('a phone number is no reply code ("call 555-0100"): a reply code is never followed by "-" and four digits', async () => {
  for (const text of ['call 555-0100 for help', 'Call us at (555) 555-0199', 'phone +1 555 010 0100', 'ligue 555-555-0199', '555-0100 is our help desk', 'help desk: 555 010 0100']) {
    assert.equal(findReplyCode(text), '', text);
    assert.equal(findFailureReplyCode(text), '', text);
  }
  // the reply beside a phone number is still read
  assert.equal(findReplyCode('Call 555-0100. 550 5.1.1 User unknown'), '550');
  assert.equal(findFailureReplyCode('help desk 555-0100\n550 5.7.1 Rejected'), '550');
  // a multi-line reply, and codes before other numbers, are codes
  assert.equal(findReplyCode('550-5.1.1 The email account does not exist'), '550');
  assert.equal(findReplyCode('421 4.7.0 Try again in 300 seconds'), '421');
  assert.equal(findReplyCode('552 5000 bytes too many'), '552');
  const { analyze } = await import('../src/analyze.js');
  const [r] = await analyze('call 555-0100 for help', { lang: 'en' });
  assert.notEqual(r!.reason, 'syntaxerror');
  assert.equal(r!.replyCode, '');
});

test('a pasted session: the reply that failed is explained, not the greeting or the "250 Ok" before it', async () => {
  const { analyze } = await import('../src/analyze.js');
  const { explainText } = await import('../src/explain-text.js');
  const cases: [string, string, string, string][] = [
    ['250 2.1.0 Ok\n550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown in virtual mailbox table', 'userunknown', 'remove', '550'],
    ['220 mx.example.com ESMTP Postfix\n554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org', 'blocked', 'fix-your-side', '554'],
    ['250-mx.example.com\n250-SIZE 10240000\n250 8BITMIME\n530 5.7.0 Must issue a STARTTLS command first', 'failedstarttls', 'fix-your-side', '530'],
    // Postfix's answer to DATA once every RCPT TO was refused sums up the refusal before it
    ['550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown\n554 5.5.1 Error: no valid recipients', 'userunknown', 'remove', '550'],
    ['MAIL FROM:<joao@example.org>\n250 2.1.0 Ok\nRCPT TO:<ana@example.com>\n550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown\nDATA\n554 5.5.1 Error: no valid recipients', 'userunknown', 'remove', '550'],
    ['RCPT TO:<ana@example.com>\n250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\n554 5.7.1 Message rejected as spam', 'spamdetected', 'fix-your-side', '554'],
  ];
  for (const [text, reason, action, code] of cases) {
    const one = explainText(text, { lang: 'en' });
    const [all] = await analyze(text, { lang: 'en' });
    for (const r of [one, all!]) {
      assert.deepEqual([r.reason, r.listAction, r.replyCode], [reason, action, code], text);
    }
    assert.equal(one.recipient, all!.recipient, text);
    assert.equal(one.command, all!.command, text);
  }
  // the command the session quotes before the refusal, and the recipient of its RCPT TO
  const r = explainText('RCPT TO:<ana@example.com>\n250 2.1.5 Ok\nDATA\n354 End data with <CR><LF>.<CR><LF>\n554 5.7.1 Message rejected as spam', { lang: 'en' });
  assert.deepEqual([r.command, r.recipient], ['DATA', 'ana@example.com']);
  // one reply of several lines, or lines of one code, stay one reply
  assert.equal(parseReply('550-5.1.1 The account does not exist.\n550 5.1.1 Try again with a valid address').text, 'The account does not exist. Try again with a valid address');
});

test("the sender's address is no recipient, in the words servers write around it", () => {
  const texts = [
    '550 Sender address verification failed (callout): joao@example.org',
    '553 5.7.1 <joao@example.org>... Sender address rejected: sender is on the blocked list',
    '554 5.1.0 <joao@example.org> sender rejected : invalid sender domain',
    '550 5.1.1 <joao@example.org>... Sender unknown',
    '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: joao@example.org',
    '550 Rejected by header based Anti-Spoofing policy: joao@example.org - https://community.mimecast.com/docs/DOC-1369#550',
    '554 5.2.252 SendAsDenied; joao@example.org not allowed to send as ana@example.com; STOREDRV.Submit',
    // named once as the sender's, then again without the words
    '550-Verification failed for <joao@example.org>\n550-The mail server could not deliver mail to joao@example.org.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\n550 Sender verify failed',
  ];
  for (const text of texts) assert.equal(parseReply(text).recipient, null, text);
  // the recipient beside them stays
  assert.equal(parseReply('550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown; sender <joao@example.org>').recipient, 'ana@example.com');
  assert.equal(parseReply('550 5.1.1 <ana@example.com>... User unknown').recipient, 'ana@example.com');
});

test('pipelined commands (RFC 2920) are answered in the order sent: each recipient of a pasted session gets its own reply', async () => {
  const { analyze } = await import('../src/analyze.js');
  const { explainText } = await import('../src/explain-text.js');
  const rows = async (text: string) => (await analyze(text, { lang: 'en' })).map((r) => [r.recipient, r.reason, r.listAction, r.replyCode, r.command]);
  const pipelined = [
    'MAIL FROM:<news@example.org>', 'RCPT TO:<ana@example.com>', 'RCPT TO:<bia@example.com>', 'RCPT TO:<caio@example.com>', 'DATA',
    '250 2.1.0 Ok', '550 5.1.1 User unknown', '250 2.1.5 Ok', '452 4.2.2 Mailbox full', '354 End data with <CR><LF>.<CR><LF>',
  ].join('\n');
  assert.deepEqual(await rows(pipelined), [
    ['ana@example.com', 'userunknown', 'remove', '550', 'RCPT'],
    ['bia@example.com', 'undefined', 'nothing', '250', 'RCPT'],
    ['caio@example.com', 'mailboxfull', 'retry', '452', 'RCPT'],
  ]);
  // the plain paste of two RCPT TOs and their replies
  const two = 'RCPT TO:<ana@example.com>\nRCPT TO:<bia@example.com>\n550 5.1.1 User unknown\n250 2.1.5 Ok';
  assert.deepEqual((await rows(two)).map((r) => r.slice(0, 3)), [['ana@example.com', 'userunknown', 'remove'], ['bia@example.com', 'undefined', 'nothing']]);
  // read as one reply: the refusal, and the recipient whose RCPT TO it answered
  assert.deepEqual([explainText(two, { lang: 'en' }).recipient, explainText(two, { lang: 'en' }).reason], ['ana@example.com', 'userunknown']);
  const second = 'RCPT TO:<ana@example.com>\n250 2.1.5 Ok\nRCPT TO:<bia@example.com>\n550 5.1.1 User unknown';
  assert.equal(explainText(second, { lang: 'en' }).recipient, 'bia@example.com');
  // a reply that names its own address answers that recipient's RCPT TO, whatever the order
  const named = 'RCPT TO:<ana@example.com>\nRCPT TO:<bia@example.com>\n550 5.1.1 <bia@example.com>: Recipient address rejected: User unknown\n250 2.1.5 Ok';
  assert.deepEqual((await rows(named)).map((r) => r.slice(0, 3)), [['ana@example.com', 'undefined', 'nothing'], ['bia@example.com', 'userunknown', 'remove']]);
  // accepted, then the message refused: the data's refusal is each accepted recipient's
  const data = 'RCPT TO:<ana@example.com>\nRCPT TO:<bia@example.com>\n550 5.1.1 User unknown\n250 2.1.5 Ok\nDATA\n354 Go ahead\n554 5.7.1 Message rejected as spam';
  assert.deepEqual((await rows(data)).map((r) => r.slice(0, 3)), [['ana@example.com', 'userunknown', 'remove'], ['bia@example.com', 'spamdetected', 'fix-your-side']]);
  // a transcript that leaves out a reply (MAIL FROM's) is read by the command just before each reply
  const r = explainText('MAIL FROM:<news@example.org>\nRCPT TO:<ana@example.com>\n550 5.1.1 User unknown', { lang: 'en' });
  assert.deepEqual([r.recipient, r.command, r.reason], ['ana@example.com', 'RCPT', 'userunknown']);
});

test("an Exchange SMTP protocol log with PIPELINING: each RCPT TO's reply is its recipient's (a file, through the CLI)", async () => {
  const { runCli, tempDir, writeTree } = await import('./mailbox-helpers.js');
  const { join } = await import('node:path');
  const row = (n: number, event: string, data: string) =>
    `2024-11-28T13:00:01.${String(100 + n)}Z,Internet Send Connector,08DD0F1A2B3C4D60,${n},192.0.2.5:51234,192.0.2.10:25,${event},${data},`;
  const log = [
    '#Software: Microsoft Exchange Server',
    '#Log-type: SMTP Send Protocol Log',
    '#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context',
    row(0, '<', '220 mx.example.com ESMTP'), row(1, '>', 'EHLO mail.example.org'), row(2, '<', '250-mx.example.com PIPELINING SIZE 52428800 8BITMIME'),
    row(3, '>', 'MAIL FROM:<news@example.org> SIZE=2456'), row(4, '>', 'RCPT TO:<ana@example.com>'), row(5, '>', 'RCPT TO:<bia@example.com>'),
    row(6, '<', '250 2.1.0 Ok'), row(7, '<', '550 5.1.1 User unknown'), row(8, '<', '250 2.1.5 Ok'),
    row(9, '>', 'BDAT 2456 LAST'), row(10, '<', '250 2.0.0 Ok: queued as 4ABC'), row(11, '>', 'QUIT'),
  ].join('\r\n');
  const dir = tempDir();
  writeTree(dir, { 'SEND20241128-1.LOG': log });
  const out = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'SEND20241128-1.LOG')]);
  const got = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { recipient: string; reason: string; listAction: string });
  assert.deepEqual(got.map((r) => [r.recipient, r.reason, r.listAction]), [['ana@example.com', 'userunknown', 'remove'], ['bia@example.com', 'undefined', 'nothing']]);
});

test('a session whose server lines are marked ("S: ", "<<< "): the refusal is explained, without its mark (it read as the 220 greeting, a success)', () => {
  for (const [server, client] of [['S: ', 'C: '], ['<<< ', '>>> ']] as const) {
    const r = parseReply(`${server}220 mx.example.org ESMTP\n${client}RCPT TO:<ana@example.com>\n${server}550 5.1.1 no such user`);
    assert.deepEqual([r.replyCode, r.status, r.command, r.recipient, r.text], ['550', '5.1.1', 'RCPT', 'ana@example.com', 'no such user'], server);
  }
});

test('a pasted session with a long message in it (its body after DATA): the refusal after the message is explained', async () => {
  const { analyze } = await import('../src/analyze.js');
  const body = Array.from({ length: 600 }, (_, i) => `<p>Linha ${i} da newsletter, com texto para ocupar espaço.</p>`).join('\n');
  const session = ['220 mx.example.org ESMTP', 'EHLO mail.example.com', 'MAIL FROM:<news@example.com>', 'RCPT TO:<ana@example.org>', 'DATA',
    '354 End data with <CR><LF>.<CR><LF>', 'Subject: Oferta', '', body, '.', '550 5.7.1 Message rejected as spam by Content Filtering', 'QUIT', '221 Bye'].join('\n');
  assert.ok(session.length > 16_384);
  const results = await analyze(session, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.replyCode, r.status, r.reason, r.command]), [['ana@example.org', '550', '5.7.1', 'spamdetected', 'DATA']]);
  // without replies to MAIL and RCPT, and as a client's ">>>" lines
  const bare = session.replace('220 mx.example.org ESMTP\n', '').replace(/^(EHLO|MAIL|RCPT|DATA)/gm, '>>> $1');
  assert.deepEqual((await analyze(bare, { lang: 'en' })).map((r) => [r.recipient, r.reason]), [['ana@example.org', 'spamdetected']]);
});

test('pasted DSN fields: a Final-Recipient written wrong is kept as written; a reply text keeps the strict address finding', () => {
  const fields = (final: string) => parseReply(`Final-Recipient: rfc822; ${final}\nAction: failed\nStatus: 5.1.3\nDiagnostic-Code: smtp; 501 5.1.3 Bad recipient address syntax`);
  assert.equal(fields('joao silva@example.com')!.recipient, 'joao silva@example.com');
  assert.equal(fields('maria@example,com')!.recipient, 'maria@example,com');
  assert.equal(fields('Ana <ana@Example.COM>')!.recipient, 'ana@example.com');
  // prose is not read as a recipient field: no junk read out of it
  assert.equal(parseReply('550 5.1.1 <maria@example,com>: Recipient address rejected: User unknown')!.recipient, null);
});
