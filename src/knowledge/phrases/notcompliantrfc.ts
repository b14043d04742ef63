// Phrases that mean: the message does not follow the e-mail format standard (RFC 5322).
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const notcompliantrfc = {
  reason: 'notcompliantrfc',
  phrases: [
    'rfc 5322',
    'rfc5322',
    'rfc 2822',
    'rfc2822',
    'rfc 822',
    'rfc822 compliant',
    'not compliant',
    'non-compliant',
    'multiple addresses in from',
    'duplicate header',
    'missing message-id',
    'message-id header',
    'messageid header', // Gmail: "Messages missing a valid messageId header are not accepted"
    // Gmail 5.7.1: "Messages missing a valid address in From: header, or having no From: header, are not accepted"
    'missing a valid address in from',
    'having no from: header',
    'improperly formatted',
    // a header the standard requires, missing: "Required header missing: Date", "missing required header"
    ['required header', 'missing'],
    'missing required header',
    // Portuguese
    'conformidade com a rfc',
    'conformidade com o rfc',
  ],
} as const satisfies PhraseSet;
