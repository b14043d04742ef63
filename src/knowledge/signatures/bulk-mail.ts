// What receivers ask of bulk senders: a one-click unsubscribe (RFC 8058; Gmail's and Yahoo's 2024
// rules for bulk senders), links to domains not on URI block lists (URIBL, SURBL), and respect for
// those who unsubscribed.
import type { Signature } from './types.js';

export const bulkMailSignatures = [
  {
    id: 'bulk:list-unsubscribe',
    provider: 'bulk',
    // the refusal's words, never the bare header name: a returned copy of a newsletter carries the header itself
    text: [
      'list-unsubscribe header', 'missing list-unsubscribe', 'no list-unsubscribe', 'without list-unsubscribe', 'requires list-unsubscribe',
      'list-unsubscribe is required', 'list-unsubscribe required', 'one-click unsubscribe', 'one click unsubscribe',
    ],
    reason: 'policyviolation',
    actors: ['sender'],
    source: 'https://www.rfc-editor.org/rfc/rfc8058',
  },
  {
    // "URL in message body listed on multi.uribl.com", "... blocked by SURBL": a domain of the links
    id: 'bulk:uri-listed',
    provider: 'bulk',
    text: ['uribl', 'surbl', 'uri blacklist', 'uri blocklist', 'uri block list'],
    reason: 'spamdetected',
    actors: ['sender'],
    source: 'https://uribl.com/',
  },
  {
    // "Recipient has unsubscribed from this sender": the receiver keeps the unsubscribe itself
    id: 'bulk:recipient-unsubscribed',
    provider: 'bulk',
    text: ['has unsubscribed', 'unsubscribed from this sender', 'se descadastrou', 'descadastrou-se'],
    reason: 'suppressed',
    ownWords: true,
    retry: 'never',
    actors: ['sender'],
    source: 'observed',
  },
] as const satisfies readonly Signature[];
