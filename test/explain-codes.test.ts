import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import { ENHANCED_CODES } from '../src/knowledge/enhanced-codes.js';
import { describeCode } from '../src/explain/describe-code.js';
import { LOCALES } from '../src/types.js';

/** The 41 codes of the article the project started from (510 and 511 are one entry there). */
const SEED_CODES = [
  '101', '111', '211', '214', '220', '221', '250', '251', '252', '354', '420', '421', '422', '431', '432', '441', '442',
  '446', '447', '449', '450', '451', '452', '471', '500', '501', '502', '503', '504', '510', '511', '512', '513', '523',
  '530', '541', '550', '551', '552', '553', '554',
];

function expectedKind(code: string): string {
  return { '1': 'transient', '2': 'success', '3': 'intermediate', '4': 'transient', '5': 'permanent' }[code[0]!]!;
}

test('every seed code explains in both languages with the kind of its class', () => {
  for (const code of SEED_CODES) {
    const texts = new Set<string>();
    for (const lang of LOCALES) {
      const r = explainText(code, { lang });
      assert.equal(r.replyCode, code);
      assert.equal(r.kind, expectedKind(code), `${code} kind`);
      assert.ok(r.summary.length > 10, `${code} ${lang} summary`);
      assert.ok(r.advice.length > 10, `${code} ${lang} advice`);
      assert.ok(r.codes.replyCode, `${code} has its code description`);
      texts.add(r.summary);
    }
    assert.equal(texts.size, 2, `${code}: the two languages differ`);
  }
});

test('101 and 111 are failures before any server answered, never success', () => {
  for (const code of ['101', '111']) {
    const r = explainText(code, { lang: 'en' });
    assert.notEqual(r.kind, 'success');
    assert.equal(r.codes.replyCode?.standard, false);
  }
});

test('non-standard seed codes say so; RFC codes name their RFC', () => {
  assert.equal(describeCode('441', 'en')?.standard, false);
  assert.match(describeCode('441', 'pt-BR')!.standardText, /não/);
  assert.equal(describeCode('550', 'en')?.standard, true);
  assert.match(describeCode('550', 'en')!.rfc!, /RFC 5321/);
  assert.match(describeCode('5.7.26', 'en')!.rfc!, /RFC 7372/);
});

test('every IANA enhanced code explains in both languages, for each class it can take', () => {
  for (const row of ENHANCED_CODES) {
    for (const cls of ['4', '5']) {
      const code = row.code.replace('X', cls);
      const pt = explainText(code, { lang: 'pt-BR' });
      const en = explainText(code, { lang: 'en' });
      assert.equal(pt.status, code);
      assert.equal(pt.kind, cls === '4' ? 'transient' : 'permanent');
      assert.ok(pt.summary && pt.advice && en.summary && en.advice, code);
      assert.notEqual(pt.summary, en.summary, code);
      assert.ok(pt.codes.status?.title, code);
    }
  }
});

test('a success code is not an error and needs no retry', () => {
  const r = explainText('250 2.0.0 Ok: queued as 4F1A2B3C', { lang: 'en' });
  assert.equal(r.kind, 'success');
  assert.equal(r.reason, 'delivered');
  assert.equal(r.retry, 'no-need');
  assert.equal(r.hardBounce, false);
});

test('an unregistered code still gets its class explained', () => {
  const r = explainText('5.9.99', { lang: 'en' });
  assert.equal(r.kind, 'permanent');
  assert.ok(r.summary.length > 0);
});

test('a reply code in no table says what its digits tell, and that SMTP has no 1xx replies', () => {
  const en = (code: string) => describeCode(code, 'en')!;
  assert.equal(en('559').title, 'unregistered code, about the mail system');
  assert.equal(en('526').title, 'unregistered code, about the connection');
  assert.equal(en('439').title, 'unregistered code');
  assert.equal(en('559').kind, 'permanent');
  assert.match(en('199').meaning, /SMTP uses no 1xx codes/);
  assert.doesNotMatch(en('559').meaning, /1xx/);
  assert.equal(describeCode('4.9.9', 'pt-BR')!.title, 'código não registrado');
  // the summary says no kind (the kind is shown beside it), let alone twice ("Permanent failure: permanent failure.")
  assert.equal(explainText('559', { lang: 'en' }).summary, 'Unregistered code, about the mail system.');
  // with words that tell nothing more, it says the server gave no clear reason, and which code it sent
  assert.equal(explainText('559 something odd', { lang: 'en' }).summary, 'The receiving server refused the message without saying exactly why (559: unregistered code, about the mail system).');
  // what to do is not the meaning said again
  for (const code of ['559', '5.7.60']) {
    for (const lang of ['en', 'pt-BR'] as const) {
      const d = describeCode(code, lang)!;
      assert.ok(!d.meaning.includes(d.advice) && !d.advice.includes(code), `${code} ${lang}: ${d.advice}`);
    }
  }
});

test("a code a big provider uses in its own sense says so when looked up alone, in both languages", () => {
  const gmail = describeCode('5.7.27', 'en')!;
  assert.equal(gmail.inPractice, 'In practice, Gmail also uses this code in another sense: authentication failed (SPF, DKIM, DMARC).');
  assert.ok(gmail.meaning.endsWith(gmail.inPractice!), 'the meaning ends with it');
  assert.match(describeCode('4.7.29', 'pt-BR')!.inPractice!, /^Na prática, o Gmail também usa este código em outro sentido: falha na criptografia TLS\.$/);
  // Microsoft 365 sends 5.4.1 for an unknown recipient, never 4.4.1
  assert.match(describeCode('5.4.1', 'en')!.inPractice!, /Microsoft 365 also uses this code in another sense: address does not exist/i);
  assert.equal(describeCode('4.4.1', 'en')!.inPractice, null);
  // a code the registry lacks: what the provider uses it for, by its row's own name
  assert.equal(describeCode('5.7.139', 'en')!.inPractice, 'In practice, Microsoft 365 uses this code in a sense of its own: SMTP AUTH turned off for the account.');
  assert.equal(describeCode('5.1.1', 'en')!.inPractice, null);
  assert.equal(describeCode('550', 'en')!.inPractice, null);
  // a code pasted alone gets it after the code's title; one the provider's own words came with, its own note only
  assert.match(explainText('4.7.29', { lang: 'en' }).meaning, /4\.7\.29: ARC validation failed\. In practice, Gmail also uses this code/);
  const withWords = explainText("421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. - gsmtp", { lang: 'en' });
  assert.doesNotMatch(withWords.meaning, /In practice/);
});

test('a code\'s meaning does not open with its kind, which the explanation already shows beside it', () => {
  // "[falha permanente] ... O que significa: Falha permanente: a mesma mensagem..." said it twice
  const kindFirst = /^(Falha (permanente|temporária)|Sucesso|(Permanent|Temporary) failure|Success)\b/i;
  for (const lang of LOCALES) {
    for (const row of ENHANCED_CODES) {
      for (const cls of ['2', '4', '5']) {
        const code = row.code.replace('X', cls);
        assert.doesNotMatch(describeCode(code, lang)!.meaning, kindFirst, `${code} ${lang}`);
      }
    }
    assert.doesNotMatch(explainText('550 5.7.1', { lang }).meaning, kindFirst, lang);
  }
});

test("a code a provider uses in a sense of its own: the code's row gives that sense first, then the registry's title", () => {
  const r = explainText('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', { lang: 'en' });
  assert.equal(r.reason, 'userunknown');
  assert.equal(r.codes.status!.title, "Address does not exist, in the provider's sense (in the IANA registry: recipient domain accepts no mail (null MX))");
  const pt = explainText('550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup', { lang: 'pt-BR' });
  assert.match(pt.codes.status!.title, /^Endereço inexistente, no sentido do provedor \(no registro da IANA: domínio do destinatário/);
  // a code in the registry's own sense keeps its title
  assert.equal(explainText('550 5.1.1 User unknown', { lang: 'en' }).codes.status!.title, describeCode('5.1.1', 'en')!.title);
});
