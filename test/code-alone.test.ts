// A code looked up alone, as people type it: its own words, its class, and the class of the reply code first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import { describeBasicCode } from '../src/explain/describe-code.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { listActionVerdict, listActionWords } from '../src/report/tally.js';

test('a reply code alone whose row names a reason is explained by its own words (101 is the client failing to connect, no queue retries it)', () => {
  for (const code of ['101', '111', '530', '503']) {
    const r = explainText(code, { lang: 'pt-BR' });
    const own = describeBasicCode(code, 'pt-BR')!;
    assert.equal(r.meaning, own.meaning, code);
    assert.equal(r.advice, own.advice, code);
    assert.equal(r.summary, `${own.title}.`, code);
  }
  assert.equal(explainText('101', { lang: 'en' }).retry, 'later');
  // with words of its own, the reply is read as a reply
  assert.notEqual(explainText('530 5.7.0 Must issue a STARTTLS command first', { lang: 'en' }).meaning, describeBasicCode('530', 'en')!.meaning);
});

test('a code typed with a leading word or punctuation is looked up as the code alone', () => {
  const plain = explainText('550', { lang: 'pt-BR' });
  for (const typed of ['550.', 'Error 550', 'SMTP 550', 'código: 550', '"550"']) {
    const r = explainText(typed, { lang: 'pt-BR' });
    assert.deepEqual([r.replyCode, r.summary, r.meaning], [plain.replyCode, plain.summary, plain.meaning], typed);
  }
  assert.deepEqual([explainText('erro 5.7.26', { lang: 'en' }).status, explainText('(5.1.1)', { lang: 'en' }).reason], ['5.7.26', 'userunknown']);
  assert.deepEqual([explainText('550 5.1.1.', { lang: 'en' }).replyCode, explainText('550 5.1.1.', { lang: 'en' }).status], ['550', '5.1.1']);
  // a reply with words is no code alone
  assert.equal(explainText('Error: 550 5.7.1 blocked by policy', { lang: 'en' }).diagnostic, 'blocked by policy');
});

test('a reply code and an enhanced code of different classes: the reply code counts, and the explanation says so', () => {
  const en = CATALOGS.en.ui;
  const refused = explainText('550 2.0.0', { lang: 'en' });
  assert.deepEqual([refused.kind, refused.listAction], ['permanent', 'retry']);
  assert.ok(refused.meaning.endsWith(en.classesDisagree('2.0.0', '550')), refused.meaning);
  assert.ok(!refused.summary.toLowerCase().includes('success'), refused.summary);
  const temporary = explainText('550 4.2.0', { lang: 'en' });
  assert.equal(temporary.kind, 'permanent');
  assert.ok(temporary.meaning.endsWith(en.classesDisagree('4.2.0', '550')), temporary.meaning);
  assert.equal(explainText('450 5.1.1', { lang: 'en' }).kind, 'transient');
  assert.equal(explainText('250 5.1.1', { lang: 'en' }).kind, 'success');
  assert.ok(!explainText('550 5.1.1', { lang: 'en' }).meaning.includes(en.classesDisagree('5.1.1', '550')));
});

test('a refusal that sending again only gets past once its cause is resolved does not say "try again" as it is', () => {
  const ui = CATALOGS['pt-BR'].ui;
  const unknown = explainText('550', { lang: 'pt-BR' });
  assert.deepEqual([unknown.listAction, unknown.retry, listActionWords(unknown)], ['retry', 'after-fix', ui.retryAfterFix]);
  // the sender reads the full reply first: they act, with their provider
  assert.deepEqual(unknown.whoActs, [ui.actor.sender, ui.actor['sender-provider']]);
  // a delay the sending server still retries: wait, or the message goes twice; a later retry: try again
  assert.equal(listActionWords(explainText('452 4.2.2 Mailbox full', { lang: 'pt-BR' })), ui.retryStillTrying);
  assert.equal(listActionWords(explainText('550 5.2.2 Mailbox full', { lang: 'pt-BR' })), ui.listAction.retry);
  // who acts, as a list in words
  assert.match(explainText('550', { lang: 'pt-BR' }).whoActs.join('|'), /^você \(o remetente\)\|/);
});

test('the web card\'s verdict says the same list action as a sentence, with the same variants, in the page\'s language', () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    const v = CATALOGS[lang].ui.verdict;
    const said = (text: string) => listActionVerdict(explainText(text, { lang: 'pt-BR' }), lang);
    assert.equal(said('550 5.1.1 <ana@example.org>: User unknown'), v.remove);
    assert.equal(said('550 5.2.2 Mailbox full'), v.retry);
    assert.equal(said('452 4.2.2 Mailbox full'), v.retryStillTrying);
    assert.equal(said('550'), v.retryAfterFix);
    assert.equal(said('550 5.7.1 Message rejected as spam by Content Filtering'), v['fix-your-side']);
    assert.equal(said('250 2.0.0 Ok queued'), v.nothing);
    // no address to decide on: the card's badge says what it is
    assert.equal(listActionVerdict({ ...explainText('550', { lang }), listAction: 'not-bounce' }), null);
  }
  assert.equal(CATALOGS['pt-BR'].ui.verdict.remove, 'Tire este endereço da sua lista.');
});

test('Microsoft\'s own codes looked up alone say what Microsoft 365 means by them (its documented NDR codes)', () => {
  const ui = CATALOGS['pt-BR'].ui;
  for (const code of ['5.7.606', '5.7.649', '5.7.509', '5.7.708', '4.7.650', '4.7.501']) {
    assert.ok(explainText(code, { lang: 'pt-BR' }).meaning.includes(ui.practiceProvider.microsoft), code);
  }
  // one sense each: 5.7.708 is a low-reputation range, not also a blocked tenant
  assert.equal(explainText('5.7.708', { lang: 'en' }).meaning.split(CATALOGS.en.ui.practiceProvider.microsoft).length, 2);
  assert.ok(!explainText('5.7.999', { lang: 'pt-BR' }).meaning.includes(ui.practiceProvider.microsoft));
});

test('a code of a class no code has ("699", "6.0.0") says so, not only that no code was found', () => {
  const ui = CATALOGS['pt-BR'].ui;
  assert.deepEqual([explainText('6.0.0', { lang: 'pt-BR' }).summary, explainText('6.0.0', { lang: 'pt-BR' }).meaning], [ui.invalidCode.summary, ui.invalidCode.status]);
  assert.equal(explainText('699', { lang: 'pt-BR' }).meaning, ui.invalidCode.reply);
  assert.equal(explainText('hello', { lang: 'pt-BR' }).summary, ui.noCodeSummary);
});

test('a class no code has, typed with a leading word ("code 699"), is said so too', () => {
  assert.equal(explainText('code 699', { lang: 'pt-BR' }).meaning, CATALOGS['pt-BR'].ui.invalidCode.reply);
});

test('lists in words, as each language writes them', async () => {
  const { listWords } = await import('../src/i18n/list-words.js');
  assert.deepEqual([listWords(['a'], 'pt-BR'), listWords(['a', 'b'], 'pt-BR'), listWords(['a', 'b', 'c'], 'pt-BR')], ['a', 'a e b', 'a, b e c']);
  assert.deepEqual([listWords(['a', 'b'], 'en'), listWords(['a', 'b', 'c'], 'en')], ['a and b', 'a, b, and c']);
});

test('a bare 421 or 451 says who acts as its advice does: the sending server\'s admin if it lasts, not "você (o remetente)"', () => {
  for (const code of ['421', '451', '421 Service not available, closing transmission channel']) {
    const r = explainText(code, { lang: 'pt-BR' });
    assert.deepEqual([r.reason, r.actors], ['onhold', ['sender-provider']], code);
    assert.deepEqual(r.whoActs, ['o administrador ou provedor do seu servidor de envio'], code);
  }
  // a deferral the sending server gave up on, an enhanced code or another code's advice: the usual parties
  assert.deepEqual(explainText('421 4.7.0 Try again later', { lang: 'en' }).actors, ['sender', 'sender-provider']);
  assert.deepEqual(explainText('450', { lang: 'en' }).actors, ['sender', 'sender-provider']);
});
