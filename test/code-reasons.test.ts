// Registered enhanced codes whose reason's words contradicted the registry's meaning, printed on the same
// line ("5.2.1: Mailbox disabled" under "the address does not exist"), and whose reason drove the list
// action: the sender's own disabled account (X.7.13) read as the recipient's, to remove; too many
// recipients in one message (X.5.3) as an hourly rate limit; a disabled mailbox (X.2.1) as one that does
// not exist; a feature the receiver lacks (X.3.3) as its passing fault, to send again later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import type { Locale } from '../src/types.js';

const LANGS: readonly Locale[] = ['en', 'pt-BR'];

/** Everything the reader sees of the explanation, in one string. */
function words(r: ReturnType<typeof explainText>): string {
  return [r.summary, r.meaning, r.advice, r.adminAdvice ?? ''].join(' ');
}

for (const lang of LANGS) {
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
}
