// Registered enhanced codes whose reason's words contradicted the registry's meaning, printed on the same
// line ("5.2.1: Mailbox disabled" under "the address does not exist"), and whose reason drove the list
// action: the sender's own disabled account (X.7.13) read as the recipient's, to remove; too many
// recipients in one message (X.5.3) as an hourly rate limit; a disabled mailbox (X.2.1) as one that does
// not exist; a feature the receiver lacks (X.3.3) as its passing fault, to send again later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import { shownReasonName } from '../src/explain/shown-kind.js';
import type { Locale } from '../src/types.js';

const LANGS: readonly Locale[] = ['en', 'pt-BR'];

/** Everything the reader sees of the explanation, in one string. */
function words(r: ReturnType<typeof explainText>): string {
  return [r.summary, r.meaning, r.advice, r.adminAdvice ?? ''].join(' ');
}

for (const lang of LANGS) {
  test(`${lang}: 525 5.7.13 "User account disabled" is the sender's own account, no recipient to remove`, () => {
    for (const input of ['525 5.7.13 User account disabled', '5.7.13', '535 5.7.13 Account disabled']) {
      const r = explainText(input, { lang });
      assert.equal(r.reason, 'rejected', input);
      assert.equal(r.listAction, 'fix-your-side', input);
      assert.equal(r.hardBounce, false, input);
      assert.ok(!r.actors.includes('recipient'), `${input}: ${r.actors.join()}`);
      // the code's own words: the account used to send (RFC 5248), not the recipient's mailbox suspended
      assert.match(r.summary, lang === 'en' ? /^User account disabled\.$/ : /^Conta de usuário desativada\.$/, input);
      assert.match(r.meaning, lang === 'en' ? /account used to send is disabled/ : /conta usada para enviar está desativada/, input);
      assert.doesNotMatch(words(r), lang === 'en' ? /remove the address/i : /tire o endereço/i, input);
      // named by the code, not "sender address refused"
      assert.equal(shownReasonName(r, lang), lang === 'en' ? 'User account disabled' : 'Conta de usuário desativada', input);
    }
    // class 4: the sending server retries, nobody removes the recipient
    const t = explainText('4.7.13', { lang });
    assert.equal(t.reason, 'rejected');
    assert.notEqual(t.listAction, 'remove');
    // words that name the recipient decide (some servers send the code so), and "your account" is the sender's
    for (const input of ['525 5.7.13 Disabled recipient address', '525 5.7.13 <ana@example.com>: Recipient address rejected: Disabled recipient address']) {
      const r = explainText(input, { lang });
      assert.equal(r.reason, 'suspend', input);
      assert.equal(r.listAction, 'remove', input);
    }
    // "your account" is the sender's, as without the code
    assert.equal(explainText('525 5.7.13 Your account is disabled', { lang }).reason, 'rejected');
  });

  test(`${lang}: 452 4.5.3 / 552 5.5.3 "too many recipients" is a limit per message, not a rate limit`, () => {
    const t = explainText('452 4.5.3 Error: too many recipients', { lang });
    // Sisimai's name for it ("552 Too many recipients" is its ratelimited)
    assert.equal(t.reason, 'ratelimited');
    assert.match(t.summary, lang === 'en' ? /^Too many recipients\.$/ : /^Destinatários demais\.$/);
    assert.match(t.meaning, lang === 'en' ? /more recipients than/ : /mais destinatários do que/);
    assert.doesNotMatch(words(t), lang === 'en' ? /concurrency|how fast|in a period|few hours/i : /simultâneas|em certo período|algumas horas/i);
    assert.equal(t.adminAdvice, null);
    assert.equal(t.retry, 'automatic'); // the MTA sends the other recipients in another transaction
    const p = explainText('552 5.5.3 too many recipients', { lang });
    assert.equal(p.reason, 'ratelimited');
    assert.match(p.summary, lang === 'en' ? /^Too many recipients\.$/ : /^Destinatários demais\.$/);
    assert.doesNotMatch(words(p), lang === 'en' ? /concurrency|how fast|few hours/i : /simultâneas|algumas horas/i);
    // resent as it is, it fails again: fewer recipients per message
    assert.equal(p.retry, 'after-fix');
    assert.equal(p.listAction, 'fix-your-side');
    assert.equal(shownReasonName(p, lang), lang === 'en' ? 'Too many recipients' : 'Destinatários demais');
    // a rate limit under another code keeps its reason's words and name
    const rate = explainText('421 4.7.0 Rate limit exceeded, try again later', { lang });
    assert.equal(rate.reason, 'ratelimited');
    assert.doesNotMatch(rate.summary, lang === 'en' ? /recipients/ : /destinatários/);
    assert.equal(shownReasonName(rate, lang), lang === 'en' ? 'Sending rate limited' : 'Limite de envio atingido');
  });

  test(`${lang}: bare 5.2.1 "Mailbox disabled" does not say the mailbox does not exist; still removed`, () => {
    for (const input of ['5.2.1', '550 5.2.1 Mailbox disabled, not accepting messages']) {
      const r = explainText(input, { lang });
      assert.equal(r.reason, 'suspend', input);
      assert.equal(r.listAction, 'remove', input);
      assert.doesNotMatch(words(r), lang === 'en' ? /does not exist|no mailbox with this name|spelling/i : /não existe|nenhuma caixa postal|digitado errado/i, input);
    }
    // "user unknown" with 5.2.1 still reads so by its words (at RCPT TO)
    const u = explainText('host mx.example.com[192.0.2.1] said: 550 5.2.1 <ana@example.com>: User unknown (in reply to RCPT TO command)', { lang });
    assert.equal(u.reason, 'userunknown');
    // a host that takes no mail (521): its 5.2.1 names no mailbox
    assert.equal(explainText('521 5.2.1 Service not available', { lang }).reason, 'notaccept');
  });

  test(`${lang}: 5.3.3 "System not capable of selected features" is no internal error to retry`, () => {
    for (const input of ['5.3.3', '554 5.3.3 System not capable of selected features']) {
      const r = explainText(input, { lang });
      // the sender's side sends it without the feature (Sisimai's reason of the message's form)
      assert.equal(r.reason, 'contenterror', input);
      assert.equal(r.listAction, 'fix-your-side', input);
      assert.match(r.summary, lang === 'en' ? /^Server lacks a requested feature\.$/ : /^Servidor sem um recurso pedido\.$/, input);
      assert.equal(shownReasonName(r, lang), lang === 'en' ? 'Server lacks a requested feature' : 'Servidor sem um recurso pedido', input);
      assert.equal(r.retry, 'after-fix', input);
      assert.doesNotMatch(words(r), lang === 'en' ? /internal error|send again later/i : /erro interno|envie de novo mais tarde/i, input);
      // the code's own advice: send without the option
      assert.match(r.advice, lang === 'en' ? /without that option/ : /sem essa opção/, input);
    }
  });
}
