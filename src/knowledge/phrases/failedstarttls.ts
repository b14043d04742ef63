// Phrases that mean: the TLS (encryption) negotiation failed or TLS was required.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const failedstarttls = {
  reason: 'failedstarttls',
  phrases: [
    'starttls',
    'tls is required',
    'tls required',
    'requires tls',
    'tls handshake',
    'tls negotiation',
    'must use tls',
    'encryption required',
    'requiretls',
    'tls connection',
  ],
  weak: [
    'ssl',
    'certificate',
  ],
} as const satisfies PhraseSet;
