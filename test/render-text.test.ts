// The text output (the terminal's): the lines a person reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colours, renderText } from '../src/cli/render-text.js';
import { explainText } from '../src/explain-text.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGS } from '../src/i18n/catalog.js';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('a disabled mailbox is no hard bounce, but is removed: its hard bounce says so, not a bare "não" beside "remover da lista"', () => {
  const text = renderText(explainText('550 5.2.1 <dani@example.com>: This mailbox is disabled', { lang: 'pt-BR' }), colours(false));
  assert.match(text, /Hard bounce \(endereço ou domínio inexistente\): não, mas remova o endereço da lista {3}Ação: remover da lista\n/);
  const en = renderText(explainText('550 5.2.1 <dani@example.com>: This mailbox is disabled', { lang: 'en' }), colours(false));
  assert.match(en, /Hard bounce \(no such address or domain\): no, but remove the address from the list {3}Action: remove from the list\n/);
  // an address kept is a bare "não"; one failed for good, "sim"
  const kept = renderText(explainText('452 4.2.2 <dani@example.com>: Mailbox full', { lang: 'pt-BR' }), colours(false));
  assert.match(kept, /Hard bounce \(endereço ou domínio inexistente\): não {3}Ação: /);
  const gone = renderText(explainText('550 5.1.1 <dani@example.com>: User unknown', { lang: 'pt-BR' }), colours(false));
  assert.match(gone, /Hard bounce \(endereço ou domínio inexistente\): sim {3}Ação: remover da lista\n/);
});

test("the text output names the evidence's fields in the result's language", () => {
  const pt = renderText(explainText('550 5.1.1 <ana@example.com>: User unknown', { lang: 'pt-BR' }), colours(false));
  assert.match(pt, /Com base em: frase conhecida \[phrase:userunknown\] \(texto da resposta: "user unknown"\)/);
  const en = renderText(explainText('550 5.1.1 <ana@example.com>: User unknown', { lang: 'en' }), colours(false));
  assert.match(en, /known phrase \[phrase:userunknown\] \(reply text: "user unknown"\)/);
});

test("a sending service's event is named as such in both languages: no English field name in the Portuguese evidence", async () => {
  // an SES bounce notification that says only "Permanent": the service's own hard bounce, told by its event
  const head = ['From: "AWS Notifications" <no-reply@sns.amazonaws.com>', 'To: ops@example.com', 'Subject: AWS Notification Message',
    'Date: Mon, 3 Jun 2024 10:00:00 +0000', 'Message-ID: <sns-ev@example.com>', 'Content-Type: text/plain; charset=UTF-8', '', ''].join('\n');
  const notice = { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2024-06-03T10:00:00.000Z',
    bouncedRecipients: [{ emailAddress: 'ana@example.org' }] }, mail: { source: 'sender@example.com', destination: ['ana@example.org'] } };
  const text = async (lang: 'pt-BR' | 'en') => {
    const [r] = await analyzeMessage(head + JSON.stringify(notice) + '\n', { lang });
    return renderText(r!, colours(false));
  };
  assert.match(await text('pt-BR'), /evento do serviço de envio \[esp:amazonses:hard-bounce\] \(evento: "/);
  assert.match(await text('en'), /\[esp:amazonses:hard-bounce\] \(event: "/);
  // every field name the sources give an evidence, named in both catalogs (Action, Type: the input's own header names)
  const fields = new Set<string>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.ts')) for (const m of readFileSync(join(dir, e.name), 'utf8').matchAll(/\bfield: '([a-z]\w*)'/g)) fields.add(m[1]!);
    }
  };
  walk(fileURLToPath(new URL('../src', import.meta.url)));
  assert.ok(fields.has('event') && fields.has('text'), [...fields].join(', '));
  for (const lang of ['pt-BR', 'en'] as const) for (const f of fields) assert.ok(Object.hasOwn(CATALOGS[lang].ui.evidenceFields, f), `${lang}: ${f}`);
});

test('each rule id is led by its kind of evidence in words ("regra do provedor Microsoft"), the id kept beside it', () => {
  const pt = renderText(explainText("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ana@example.com not found by SMTP address lookup", { lang: 'pt-BR' }), colours(false));
  assert.match(pt, /Com base em: regra do provedor Microsoft \[microsoft:[\w.-]+\]/);
});

test('every rule id prefix made in src has words of its kind in both languages; an unknown one, generic words', async () => {
  const { evidenceKind, evidenceKindWords } = await import('../src/i18n/evidence-kind.js');
  const { SIGNATURES } = await import('../src/knowledge/signatures/index.js');
  // the providers' and the known cases' own rules
  for (const s of SIGNATURES) assert.notEqual(evidenceKind(s.id).kind, 'other', s.id);
  // the rules classify, the decoders and the readers of logs, events and reports make
  const made = ['phrase:userunknown', 'phrase:blocked:weak', 'pair:userunknown', 'notice:failure', 'status:X.1.1', 'code:550', 'action:failed',
    'command:DATA', 'log:expired', 'log:own-notice:x', 'esp:sendgrid', 'arf:abuse', 'filter:after-data', 'address:malformed', 'verp',
    'rfc3834:auto-reply', 'decoder:text', 'decoder:exim', 'exim:unrouteable-domain', 'qmail:x', 'postfix:x-unix', 'family:no-reason',
    'challenge-response:held', 'amazonses:complaint:abuse', 'domain:nonexistent', 'domain:no-mail-server', 'text:accents-restored', 'log:local-mailbox'];
  for (const rule of made) assert.notEqual(evidenceKind(rule).kind, 'other', rule);
  assert.deepEqual([evidenceKind('kind:success', 'replyCode').kind, evidenceKind('kind:success', 'status').kind], ['replyCode', 'status']);
  assert.equal(evidenceKindWords('decoder:exim', 'message', 'pt-BR'), 'formato do aviso do Exim');
  assert.equal(evidenceKindWords('status:X.2.2', 'status', 'pt-BR'), 'código de status');
  assert.equal(evidenceKindWords('action:failed', 'Action', 'pt-BR'), 'campo do relatório de entrega (DSN)');
  assert.equal(evidenceKindWords('zz:new-rule', 'text', 'pt-BR'), 'outra regra');
  assert.equal(evidenceKindWords('zz:new-rule', 'text', 'en'), 'other rule');
});

test('a provider is known by its rows alone (no list of providers to keep), and each has its name', async () => {
  const { evidenceKind, providerPrefixes } = await import('../src/i18n/evidence-kind.js');
  const { PROVIDER_NAMES } = await import('../src/knowledge/provider-names.js');
  const { SIGNATURES } = await import('../src/knowledge/signatures/index.js');
  // a new provider's rows: a provider; a topic, a block list, a check or a notice format's server: not one
  assert.deepEqual([...providerPrefixes(['locaweb', 'address', 'spamhaus', 'spf', 'postfix', 'locaweb'])], ['locaweb']);
  for (const s of SIGNATURES) {
    const { kind, name } = evidenceKind(s.id);
    if (kind !== 'provider') continue;
    assert.ok(Object.prototype.hasOwnProperty.call(PROVIDER_NAMES, s.provider), `${s.provider}: no name in PROVIDER_NAMES`);
    assert.equal(name, PROVIDER_NAMES[s.provider], s.id);
  }
  assert.deepEqual(evidenceKind('microsoft:x'), { kind: 'provider', name: 'Microsoft' });
});

test("a message that is no bounce (a person's reply in a bounce mailbox) is headed by who wrote it", async () => {
  const { analyze } = await import('../src/index.js');
  const reply = 'From: Ana <ana@example.com>\nTo: news@example.org\nSubject: Re: Novidades\nDate: Mon, 23 Nov 2026 10:00:00 -0300\nMessage-ID: <r1@example.com>\n\nObrigado pela newsletter!\n';
  const [pt] = await analyze(reply, { lang: 'pt-BR' });
  assert.match(renderText(pt!, colours(false)).split('\n')[0]!, /\(escrita por ana@example\.com\)$/);
  const [en] = await analyze(reply, { lang: 'en' });
  assert.match(renderText(en!, colours(false)).split('\n')[0]!, /\(written by ana@example\.com\)$/);
  // a bounce is headed by its recipient, not by the mailer that wrote it
  const bounce = 'From: MAILER-DAEMON@example.net\nTo: news@example.org\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <b1@example.net>\n\n<bia@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n';
  const [b] = await analyze(bounce, { lang: 'en' });
  assert.doesNotMatch(renderText(b!, colours(false)), /written by/);
});

test('a text in which nothing is read tells a person where to find the bounce to paste, not only to paste "the server\'s reply"', () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    const r = explainText('hello world', { lang });
    assert.match(r.advice, /Mail Delivery Subsystem/);
    assert.match(r.advice, /MAILER-DAEMON/);
    assert.match(r.advice, /550 5\.1\.1/);
  }
});
