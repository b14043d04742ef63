// Apple iCloud Mail (icloud.com, me.com, mac.com; MX hosts mx0N.mail.icloud.com, *.me.com).
//
// iCloud's rejections link to Apple's postmaster page (support.apple.com HT204137) when a policy is
// involved; the others are short Postfix-like replies, so those rows need the host to be sure.
import { SENDING_SIDE } from './actors.js';
import type { Signature } from './types.js';

const SOURCE = 'https://support.apple.com/en-us/HT204137';
const APPLE_HOSTS = ['icloud.com', 'me.com', 'mac.com', 'apple.com'];

export const appleSignatures = [
  {
    // 554 5.7.1 "Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137".
    id: 'apple:dmarc-policy',
    provider: 'apple',
    text: [['dmarc', 'support.apple.com'], ['dmarc', 'ht204137']],
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    // 554 5.7.1 "[CS01] Message rejected due to local policy. Please visit https://support.apple.com/...".
    id: 'apple:local-policy',
    provider: 'apple',
    text: [['local policy', 'support.apple.com'], ['local policy', 'ht204137']],
    reason: 'policyviolation',
    // a consumer service's own rule: the recipient has no IT team to ask, and the sending side fixes
    // its authentication or content (listAction fix-your-side, not a resend as it is)
    hintOnly: true,
    actors: ['sender', 'sender-provider'],
    source: SOURCE,
  },
  {
    // 554 "<host>.me.com ESMTP not accepting connections": iCloud refuses the sending IP at connect time.
    id: 'apple:not-accepting-connections',
    provider: 'apple',
    hosts: APPLE_HOSTS,
    text: ['not accepting connections'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: SOURCE,
  },
  {
    // 550 5.1.6 "recipient no longer on server": Sisimai says hasmoved (5.1.6 is "mailbox has moved"),
    // though iCloud gives no new address.
    id: 'apple:5.1.6-no-longer-on-server',
    provider: 'apple',
    hosts: APPLE_HOSTS,
    text: ['no longer on server'],
    reason: 'hasmoved',
    source: 'observed',
  },
  {
    // 552 5.2.2 "<x@icloud.com>: user is over quota".
    id: 'apple:5.2.2-over-quota',
    provider: 'apple',
    hosts: APPLE_HOSTS,
    status: ['X.2.2'],
    reason: 'mailboxfull',
    source: 'observed',
  },
  {
    // 550 5.1.1 "<x@icloud.com>: inactive email address" / "user does not exist".
    id: 'apple:5.1.1-inactive-or-unknown',
    provider: 'apple',
    hosts: APPLE_HOSTS,
    status: ['X.1.1'],
    reason: 'userunknown',
    source: 'observed',
  },
] as const satisfies readonly Signature[];
