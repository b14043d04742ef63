// DNS block lists (DNSBL/RBL) named in rejections: Spamhaus, SpamCop, Barracuda Reputation (BRBL),
// SORBS, UCEPROTECT, Trend Micro (in gateways.ts), and the generic "blocked using <list>" wording.
import type { Actor } from '../../types.js';
import { SENDING_SIDE } from './actors.js';
import type { Signature } from './types.js';

/** A listed domain (Spamhaus DBL: the From domain or one in the links) is its owner's, with the sending service's help. */
const DOMAIN_LISTED: readonly Actor[] = ['sender', 'sender-provider'];

/**
 * Spamhaus answers 127.255.255.252 (typo in the list name), .254 (query through a public/open resolver)
 * or .255 (too many queries) when it refuses to answer the receiver's query. A receiver that takes any
 * answer as "listed" then rejects everybody: the sender is NOT listed. These rows go first of all the
 * signatures (see index.ts), before anything that matches "spamhaus" or "blocked using".
 */
export const dnsblQueryErrorSignatures = [
  {
    id: 'spamhaus:query-refused',
    provider: 'spamhaus',
    text: [
      '127.255.255.25',
      'spamhaus.org/returnc',
      'error: open resolver',
      ['spamhaus', 'open resolver'],
      ['spamhaus', 'public resolver'],
      ['spamhaus', 'excessive number of queries'],
      ['spamhaus', 'query refused'],
      ['spamhaus', 'typing error in dnsbl name'],
    ],
    // The receiver's DNS setup is at fault, not the sender.
    reason: 'systemerror',
    source: 'https://www.spamhaus.org/returnc/pub/',
  },
] as const satisfies readonly Signature[];

/**
 * A listed IP is the sending server's to clean up and delist (SENDING_SIDE): the receiver only applies
 * the public list, so the reason's usual parties (the recipient's admin too) would mislead.
 */
export const blocklistSignatures = [
  {
    // Spamhaus DBL lists domains (the sender's domain or one in the message's links), not IPs.
    id: 'spamhaus:dbl-domain-listed',
    provider: 'spamhaus',
    text: ['dbl.spamhaus.org'],
    reason: 'blocked',
    // a domain, not the sending IP: the block's general words would send the sender after the IP
    ownWords: true,
    actors: DOMAIN_LISTED,
    source: 'https://check.spamhaus.org/',
  },
  {
    // "blocked using zen.spamhaus.org", "https://www.spamhaus.org/query/ip/192.0.2.1", SBL/XBL/PBL.
    id: 'spamhaus:ip-listed',
    provider: 'spamhaus',
    text: ['spamhaus'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: 'https://check.spamhaus.org/',
  },
  {
    id: 'spamcop:ip-listed',
    provider: 'spamcop',
    text: ['bl.spamcop.net', 'spamcop.net/bl', 'spamcop'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: 'https://www.spamcop.net/bl.shtml',
  },
  {
    // "blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?ip=..." (b.barracudacentral.org).
    id: 'barracuda:brbl-listed',
    provider: 'barracuda',
    text: ['barracuda reputation', 'barracudacentral.org', 'barracudanetworks.com/reputation'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: 'https://www.barracudacentral.org/',
  },
  {
    // SORBS (dnsbl.sorbs.net) closed in 2024; old rejections still name it. " sorbs" avoids "absorbs".
    id: 'sorbs:ip-listed',
    provider: 'sorbs',
    text: ['sorbs.net', ' sorbs'],
    reason: 'blocked',
    // the list is gone: only the receiver's admin, who still queries it, can fix this
    actors: ['recipient-admin'],
    source: 'observed',
  },
  {
    id: 'uceprotect:ip-listed',
    provider: 'uceprotect',
    text: ['uceprotect'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: 'https://www.uceprotect.net/',
  },
  {
    // Any other list: "Client host [192.0.2.1] blocked using bl.example.org", "listed at ...", "RBL".
    // "listed in" alone is not used: Domino says "not listed in Domino Directory" for an unknown user.
    id: 'dnsbl:listed',
    provider: 'dnsbl',
    text: [
      'blocked using ',
      'dnsbl',
      ' rbl ',
      ' rbl.',
      ' rbl,',
      ' rbl;',
      ' rbl:',
      '(rbl',
      '/rbl',
      'rbl+',
      'realtime blackhole',
      ' listed at ',
      ['listed in', 'block list'],
      ['listed in', 'blocklist'],
      ['listed in', 'blacklist'],
      ['listed on', 'block list'],
      ['listed on', 'blocklist'],
      ['listed on', 'blacklist'],
      // an anti-spam list named as such: "Connection refused. 192.0.2.1 is listed in FortiGuard AntiSpam"
      ['listed in', 'antispam'],
      ['listed in', 'anti-spam'],
      ['listed on', 'antispam'],
      ['listed on', 'anti-spam'],
      'mailspike', // bl.mailspike.net: "Rejected: 192.0.2.1 is listed by Mailspike"
    ],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: 'observed',
  },
] as const satisfies readonly Signature[];
