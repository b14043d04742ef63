// Replies of the long tail of mail servers (Postfix, Exim, Sendmail, qmail, Dovecot, Cyrus, Exchange on
// premises, hMailServer, Haraka, OpenSMTPD, gateways, hosted mail) in their default English words, as
// written and as a person pastes them from a notice, without their codes: each was misread before a
// phrase of src/knowledge/phrases/ said what it means. One case per test, so that a failure names the
// server's words; the list action is checked where the reading decides it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';

type ListAction = 'remove' | 'retry' | 'fix-your-side' | 'nothing' | 'not-bounce';

const CASES: readonly (readonly [string, string, ListAction?])[] = [
  // userunknown: "doesn't exist" (Dovecot LMTP), "Mailbox unknown" (read as no failure without the code)
  ["<ana@example.com> User doesn't exist: ana@example.com", 'userunknown', 'remove'],
  ["Mailbox doesn't exist: INBOX", 'userunknown', 'remove'],
  ['<ana@example.com> Mailbox unknown', 'userunknown', 'remove'],
  // suspend: a mailbox locked, suspended, deactivated or expired, and an address between the words (read
  // as an unknown user under 5.2.1, or as no failure without it)
  ['550 5.2.1 Mailbox is locked', 'suspend', 'remove'],
  ['Mailbox is locked', 'suspend', 'remove'],
  ['550 5.2.1 This mailbox has been suspended', 'suspend', 'remove'],
  ['This mailbox has been suspended', 'suspend', 'remove'],
  ['550 5.2.1 The account has been deactivated', 'suspend', 'remove'],
  ['550 5.2.1 User account is expired', 'suspend', 'remove'],
  ['User account is expired', 'suspend', 'remove'],
  ['550 sorry, the account ana@example.com is disabled (#5.2.1 - chkuser)', 'suspend', 'remove'],
  // mailboxfull: Gmail's words without its URL (read as the server's own storage), Postfix's mailbox_size_limit
  ["The recipient's inbox is out of storage space", 'mailboxfull', 'retry'],
  ['cannot update mailbox /var/mail/ana for user ana. error writing message: File too large', 'mailboxfull', 'retry'],
  // systemfull: the server's disk or resources (Dovecot, Exchange's back pressure), without a code
  ['Not enough disk space', 'systemfull', 'retry'],
  ['Insufficient system resources', 'systemfull', 'retry'],
  // emailtoolarge (a bare 554, or no failure without a code)
  ["Sorry, I don't accept messages larger than 10000000 bytes", 'emailtoolarge', 'fix-your-side'],
  ['554 Maximum email size exceeded', 'emailtoolarge', 'fix-your-side'],
  ['Maximum message size exceeded', 'emailtoolarge', 'fix-your-side'],
];

for (const [line, reason, action] of CASES) {
  test(`${reason}: ${line.split('\n').join(' ').slice(0, 90)}`, () => {
    const result = explainText(line, { lang: 'en' });
    assert.equal(result.reason, reason, line);
    if (action) assert.equal(result.listAction, action, line);
  });
}

test("the sender's own account, disabled by its provider, is no recipient's disabled account", () => {
  assert.equal(explainText('550 5.7.1 Your account is disabled', { lang: 'en' }).reason, 'rejected');
  assert.equal(explainText('550 5.7.1 Your account has been deactivated', { lang: 'en' }).reason, 'rejected');
});
