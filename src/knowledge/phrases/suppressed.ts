// Phrases that mean: the sending service did not send: the address is on its suppression list.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const suppressed = {
  reason: 'suppressed',
  phrases: [
    'suppression list',
    'suppressed',
    'on the suppression',
    'account-level suppression',
    'address is suppressed',
    // e-mail sending services that did not even try, the address being on their list of earlier failures
    'previously bounced address', // Mailgun 605
    'bounced address', // SendGrid "dropped" events
    'unsubscribed address',
    'spam reporting address',
    // Mailgun: "Not delivering to a user who marked your messages as spam" (a complaint it keeps)
    'marked your messages as spam',
    // Postmark: "You tried to send to a recipient that has been marked as inactive. Found inactive
    // addresses: ... Inactive recipients are ones that have generated a hard bounce or a spam complaint."
    'found inactive addresses',
    // Portuguese
    'lista de supressão',
  ],
} as const satisfies PhraseSet;
