// A challenge-response filter's request (phrases/challenge-response.ts), as decode-auto-reply.ts reads
// it: the recipient's system holds the message until the sender confirms once. Only for that decoder's
// reading (`rule`): a failure notice may use the same words in another sense ("550 not in the list of
// approved senders" is a refusal, nothing held).
import { challengeResponse } from '../phrases/challenge-response.js';
import { withUnaccented } from '../phrases/without-accents.js';
import type { Signature } from './types.js';

export const challengeResponseSignatures = [
  {
    id: 'challenge-response:held',
    provider: 'challenge-response',
    rule: 'challenge-response:held',
    text: withUnaccented(challengeResponse.phrases),
    reason: 'filtered',
    ownWords: true,
    // held, not refused: delivered once the sender confirms, discarded otherwise
    transient: true,
    held: true,
    retry: 'after-fix',
    actors: ['sender'],
    source: 'https://en.wikipedia.org/wiki/Challenge%E2%80%93response_spam_filtering',
  },
] as const satisfies readonly Signature[];
