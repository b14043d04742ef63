// listAction: what the list owner does about each result's address, in the JSON of every face.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { analyzeItem } from '../src/mailbox/analyze-item.js';
import { analyzeInput } from '../src/analyze-input.js';
import { authFailure, mailboxFull, userUnknown } from './mailbox-helpers.js';

test('each result says what to do with its address, beyond hardBounce', async () => {
  const one = async (raw: string) => (await analyze(raw, { lang: 'en' }))[0]!;
  assert.equal((await one(userUnknown('ana@example.com'))).listAction, 'remove');
  assert.equal((await one(mailboxFull('bia@example.com'))).listAction, 'retry');
  assert.equal((await one(authFailure('caio@example.com'))).listAction, 'fix-your-side');
  assert.equal((await one('hello, how are you?\n\nJust a note.')).listAction, 'not-bounce');
  // a disabled mailbox is removed though Sisimai calls it no hard bounce
  const disabled = explainText('550 5.2.1 <dani@example.com>: This mailbox is disabled', { lang: 'en' });
  assert.deepEqual([disabled.hardBounce, disabled.listAction], [false, 'remove']);
  assert.equal(explainText('250 2.0.0 OK', { lang: 'en' }).listAction, 'nothing');
  // an address the sending service suppresses (it bounced or complained before) is removed: no problem
  // of the sender's setup to fix, and sending again will not work
  const suppressed = explainText('554 Message rejected: Address is on the suppression list', { lang: 'en' });
  assert.deepEqual([suppressed.reason, suppressed.retry, suppressed.listAction], ['suppressed', 'never', 'remove']);
});

test('the command line, the API and the page set it on every result, also on errors', async () => {
  const [missing] = await analyzeItem({ kind: 'error', file: 'x.eml', problem: 'not-found', detail: '', scope: 'path' }, 'en');
  assert.equal(missing!.listAction, 'error');
  const [line] = await analyzeItem({ kind: 'log-line', file: 'mail.log:1', text: '550 5.1.1 <ana@example.com>: User unknown', gaveUp: null }, 'en');
  assert.equal(line!.listAction, 'remove');
  const box = `From a@b Mon Jan  1 10:00:00 2024\n${userUnknown('ana@example.com')}\nFrom a@b Mon Jan  1 10:00:00 2024\n${mailboxFull('bia@example.com')}`;
  const out = await analyzeInput(box, { lang: 'en' });
  assert.deepEqual(out.results.map((r) => r.listAction), ['remove', 'retry']);
});

test('a deferral caused on the sender\'s side that the server still retries: fix it, but send nothing again (text, CSV, HTML report)', async () => {
  const { runCli, tempDir, writeTree, dsn } = await import('./mailbox-helpers.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const { REPORTS } = await import('../src/report/catalog.js');
  const text = 'Our system has detected an unusual rate of unsolicited mail originating from your IP address.';
  const dir = writeTree(tempDir(), {
    'delayed.eml': dsn({ recipient: 'ana@example.com', status: '4.7.0', code: '421', text, action: 'delayed' }),
    'failed.eml': dsn({ recipient: 'bia@example.com', status: '5.7.1', code: '550', text, action: 'failed' }),
  });
  const pt = CATALOGS['pt-BR'].ui;
  const out = await runCli([dir]);
  assert.deepEqual(out.stdout.split('\n').filter((l) => l.includes('Ação:')).map((l) => l.slice(l.indexOf('Ação:') + 6)),
    [pt.fixYourSideStillTrying, pt.listAction['fix-your-side']]);
  const csv = await runCli(['--format', 'csv', dir]);
  assert.ok(csv.stdout.includes(`"${pt.fixYourSideStillTrying}"`) && csv.stdout.includes(`;${pt.listAction['fix-your-side']};`));
  const html = (await runCli(['--format', 'html', dir])).stdout;
  const words = REPORTS['pt-BR'].html.sender;
  assert.ok(html.includes(words.addressesStillTrying('1')) && html.includes(words.addresses('1')), 'two groups, each with its words');
});

test('a lone 4xx reply caused on the sender\'s side says not to resend, as its retry text does', async () => {
  const { runCli } = await import('./mailbox-helpers.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const pt = CATALOGS['pt-BR'].ui;
  const reply = '421 4.7.0 Our system has detected an unusual rate of unsolicited mail originating from your IP address.';
  const r = explainText(reply, { lang: 'pt-BR' });
  assert.deepEqual([r.listAction, r.retry, r.retryText], ['fix-your-side', 'automatic', pt.retry.automatic]);
  const out = await runCli([reply]);
  assert.ok(out.stdout.includes(`Ação: ${pt.fixYourSideStillTrying}`), out.stdout);
  // the same words as a 5xx are the sender's to fix, then to send again
  const refused = await runCli([reply.replace('421 4.7.0', '550 5.7.1')]);
  assert.ok(refused.stdout.includes(`Ação: ${pt.listAction['fix-your-side']}`), refused.stdout);
});

test('a cause to fix on a 4xx the server still retries: the action says not to resend, as the retry line does, on every face', async () => {
  const { runCli, tempDir, writeTree } = await import('./mailbox-helpers.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const { REPORTS } = await import('../src/report/catalog.js');
  const { listActionVerdict, listActionWords } = await import('../src/report/tally.js');
  const pt = CATALOGS['pt-BR'].ui;
  // no reverse DNS: a 4xx reply alone, retried 'after-fix' ("fixed in time, it leaves by itself, no resend")
  const reply = '450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.9]';
  const r = explainText(reply, { lang: 'pt-BR' });
  assert.deepEqual([r.reason, r.retry, r.retryText, r.listAction], ['requireptr', 'after-fix', pt.retryAfterFixQueued, 'fix-your-side']);
  assert.equal(listActionWords(r), pt.fixYourSideStillTrying);
  assert.equal(listActionVerdict(r), pt.verdict.fixYourSideStillTrying);
  const out = await runCli([reply]);
  assert.ok(out.stdout.includes(`Ação: ${pt.fixYourSideStillTrying}`), out.stdout);
  // the same reply as a 5xx: fix, then send again
  const refused = await runCli([reply.replace('450 4.7.1', '550 5.7.1')]);
  assert.ok(refused.stdout.includes(`Ação: ${pt.listAction['fix-your-side']}`), refused.stdout);
  // the CSV's action column and the HTML report's group say it too
  const dir = writeTree(tempDir(), { 'mail.log': `Dec  1 10:00:00 mx postfix/smtp[1]: 4ABC: to=<ana@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=4.7.1, status=deferred (host mx.example.com[192.0.2.1] said: ${reply} (in reply to RCPT TO command))\n` });
  const csv = (await runCli(['--format', 'csv', dir])).stdout;
  assert.ok(csv.includes(`"${pt.fixYourSideStillTrying}"`), csv);
  const html = (await runCli(['--format', 'html', dir])).stdout;
  assert.ok(html.includes(REPORTS['pt-BR'].html.sender.addressesStillTrying('1')), 'its group says not to resend');
});

test('a forwarded copy refused by the recipient\'s organisation (Microsoft 5.7.520): nothing to resend, nothing to do with the address', async () => {
  const { runCli } = await import('./mailbox-helpers.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const { mailboxReport } = await import('../src/report/mailbox-report.js');
  const reply = '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)';
  for (const lang of ['pt-BR', 'en'] as const) {
    const cat = CATALOGS[lang];
    const r = explainText(`${reply} <ana@example.com>`, { lang });
    // the message usually reached the mailbox: the retry line says not to resend, and why, not "nothing failed"
    assert.deepEqual([r.kind, r.hardBounce, r.retry, r.listAction], ['permanent', false, 'no-need', 'nothing']);
    assert.equal(r.retryText, cat.signatureWords['microsoft:5.7.520-external-forwarding'].retry);
    assert.notEqual(r.retryText, cat.ui.retry['no-need']);
    // neither on the list to retry nor on the one to remove
    const report = mailboxReport([r], 1, lang);
    assert.deepEqual([report.retryCount, report.removeCount, report.bounces], [0, 0, 1]);
  }
  const out = await runCli([reply]);
  assert.ok(out.stdout.includes(`Ação: ${CATALOGS['pt-BR'].ui.listAction.nothing}`) && out.stdout.includes('Reenvio: Não reenvie'), out.stdout);
});

test('a message held by a challenge-response filter: confirm it, send nothing again (text, CSV, HTML report)', async () => {
  const { runCli, tempDir, writeTree } = await import('./mailbox-helpers.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const { REPORTS } = await import('../src/report/catalog.js');
  const held = ['From: Anti-Spam <antispam@example.com.br>', 'To: alice@example.com', 'Subject: Confirmação de remetente',
    'Auto-Submitted: auto-replied', '', 'Sua mensagem para gustavo@example.com.br está retida aguardando confirmação.', '',
    'Para que sua mensagem seja entregue, clique no link abaixo: https://antispam.example.com.br/confirmar?c=1', ''].join('\n');
  const dir = writeTree(tempDir(), { 'held.eml': held });
  const pt = CATALOGS['pt-BR'].ui;
  assert.ok((await runCli([dir])).stdout.includes(`Ação: ${pt.fixYourSideHeld}`));
  assert.ok((await runCli(['--format', 'csv', dir])).stdout.includes(`;"${pt.fixYourSideHeld}";`));
  const html = (await runCli(['--format', 'html', dir])).stdout;
  assert.ok(html.includes(REPORTS['pt-BR'].html.sender.addressesHeld('1')), 'its group says not to resend');
  // nothing is broken on the sender's side: the section says so of such messages, and "what to do", not "what to fix"
  const h = REPORTS['pt-BR'].html.sender;
  assert.ok(html.includes(h.heldNote), 'the intro says held messages are the exception');
  assert.ok(html.includes(`<h4>${h.whatToDo}</h4>`) && !html.includes(`<h4>${h.whatToFix}</h4>`));
  // the summary lists them under their own heading, not under "corrija antes do próximo envio"
  const summary = (await runCli(['--summary', dir])).stderr + (await runCli(['--summary', dir])).stdout;
  assert.ok(summary.includes(`${REPORTS['pt-BR'].summary.heldProblems}:`));
  assert.ok(!summary.includes(`${REPORTS['pt-BR'].summary.senderProblems}:`));
  // the library's and the API's report say it too (the web page reads it)
  const { analyze } = await import('../src/analyze.js');
  const { mailboxReport } = await import('../src/report/mailbox-report.js');
  const report = mailboxReport(await analyze(held, { lang: 'pt-BR' }), 1, 'pt-BR');
  assert.deepEqual(report.sender.map((g) => g.held), [true]);
});

test('a full mailbox that Gmail says is abandoned is an address to remove, not a problem on the sender\'s side', async () => {
  const { isSenderSide } = await import('../src/report/tally.js');
  const { mailboxReport } = await import('../src/report/mailbox-report.js');
  const r = explainText('552-5.2.2 The recipient\'s inbox is out of storage space and inactive. Please direct the recipient to\n552 5.2.2  https://support.google.com/mail/?p=OverQuotaPerm a1si1 - gsmtp', { lang: 'pt-BR' });
  assert.deepEqual([r.signature, r.listAction, isSenderSide(r)], ['google:5.2.2-over-quota-inactive', 'remove', false]);
  const report = mailboxReport([{ ...r, recipient: 'ana@example.com' }], 1, 'pt-BR');
  assert.deepEqual([report.removeCount, report.senderSide, report.sender.length], [1, 0, 0]);
});

test('a permanent refusal by a rule of the recipient\'s organisation is removed from a list, its own words saying it may come back; one e-mail\'s advice is kept', async () => {
  const { runCli, tempDir, writeTree, dsn } = await import('./mailbox-helpers.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const { REPORTS } = await import('../src/report/catalog.js');
  const { mailboxReport } = await import('../src/report/mailbox-report.js');
  const { listActionVerdict } = await import('../src/report/tally.js');
  const group = '550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized to send to this recipient. The group board only accepts messages from people in its organization.';
  const groupAuth = '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated for group';
  const admin = "550 5.7.1 This message was blocked by the recipient's administrator. For more information, go to https://support.google.com/a/answer/172179 gcdp a1si1 - gsmtp";
  for (const reply of [group, groupAuth, admin]) {
    const r = explainText(reply, { lang: 'pt-BR' });
    // Sisimai's reason and hard bounce stay; the single e-mail's retry too ("once they allow you")
    assert.deepEqual([r.kind, r.hardBounce, r.retry, r.listAction], ['permanent', false, 'after-fix', 'remove'], reply);
    assert.equal(listActionVerdict(r), CATALOGS['pt-BR'].ui.verdict.removeRecipientRule);
    assert.ok(r.actors.every((a) => a === 'recipient' || a === 'recipient-admin'));
  }
  // not what the sender's side fixes, nor what is retried: spam content, reputation, DMARC, a rate limit, a generic filter, greylisting
  for (const [reply, action] of [
    ['550 5.7.1 [192.0.2.1] Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. a1si1 - gsmtp', 'fix-your-side'],
    ["550 5.7.26 Unauthenticated email from example.net is not accepted due to domain's DMARC policy. a1si1 - gsmtp", 'fix-your-side'],
    ['550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus', 'fix-your-side'],
    ['452 4.2.1 The recipient is receiving mail too quickly. a1si1 - gsmtp', 'retry'],
    ['550 5.7.1 Message rejected by the recipient\'s content filter', 'retry'],
    ['451 4.7.1 Greylisted, please try again in 300 seconds', 'retry'],
  ] as const) assert.equal(explainText(reply, { lang: 'en' }).listAction, action, reply);
  // the same refusal while the sending server still holds the message is no address to remove yet
  const dir = writeTree(tempDir(), {
    'group.eml': dsn({ recipient: 'board@example.org', status: '5.7.1', code: '550', text: group.slice(10) }),
    'held.eml': dsn({ recipient: 'hr@example.org', status: '5.7.1', code: '550', text: group.slice(10), action: 'delayed' }),
    'gone.eml': dsn({ recipient: 'ana@example.com' }),
  });
  const out = JSON.parse((await runCli(['--format', 'json', '--lang', 'en', dir])).stdout) as { recipient: string; listAction: string }[];
  assert.deepEqual(out.map((r) => [r.recipient, r.listAction]).sort(), [['ana@example.com', 'remove'], ['board@example.org', 'remove'], ['hr@example.org', 'retry']]);
  // the CSV's action, the HTML report's remove list and the API's report say why it is removed
  const pt = CATALOGS['pt-BR'].ui;
  const csv = (await runCli(['--format', 'csv', dir])).stdout;
  assert.ok(csv.includes(pt.removeRecipientRule), csv);
  const holds = { failed: true, complaints: false, refused: true };
  const html = (await runCli(['--format', 'html', dir])).stdout;
  assert.ok(html.includes(REPORTS['pt-BR'].html.remove.intro(holds).replace(/'/g, '&#39;')), 'the remove list tells both kinds');
  const alone = explainText(group, { lang: 'en' });
  const report = mailboxReport([{ ...alone, recipient: 'board@example.org' }], 1, 'en');
  assert.deepEqual(report.remove.map((g) => [g.addresses, g.recipientRule]), [[['board@example.org'], true]]);
  const words = REPORTS.en.html.remove.intro({ failed: false, complaints: false, refused: true });
  assert.ok(words.startsWith('These addresses exist') && !words.includes('no longer exist'), words);
});

test('a gateway refusal of a From that uses the recipient\'s own domain (Mimecast anti-spoofing) is fixed on the sender\'s side, not retried nor removed', async () => {
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const reply = '550 Rejected by header based Anti-Spoofing policy: team@example.org - https://community.mimecast.com/docs/DOC-1369#550';
  for (const lang of ['en', 'pt-BR'] as const) {
    const r = explainText(reply, { lang });
    // the same message again gets the same 550: the sender changes its From first (or the recipient's
    // admin allows a service sending on their behalf); the address itself takes mail with another From
    assert.deepEqual([r.reason, r.kind, r.listAction, r.actors], ['policyviolation', 'permanent', 'fix-your-side', ['sender', 'recipient-admin']]);
    // its own advice alone: not the policy's "ask the recipient's IT team" first
    assert.equal(r.advice, CATALOGS[lang].signatures['mimecast:anti-spoofing']);
  }
  // a refusal only the recipient's admin lifts stays as it was
  assert.equal(explainText('550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550', { lang: 'en' }).listAction, 'retry');
});
