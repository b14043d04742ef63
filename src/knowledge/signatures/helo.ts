// The receiver refused the name the sending server gave in HELO/EHLO (RFC 5321 §4.1.1.1 wants a fully
// qualified domain name): Postfix's "Helo command rejected: need fully-qualified hostname" / "Host not
// found" / "Invalid name", Exim's and others' "invalid HELO name". A setting of the sending server, not
// a block list to be delisted from (Microsoft's S8001, a listed HELO name, is its row in microsoft.ts).
import { SENDING_SIDE } from './actors.js';
import type { Signature } from './types.js';

export const heloSignatures = [
  {
    id: 'helo:rejected',
    provider: 'helo',
    text: ['helo command rejected', 'ehlo command rejected', 'invalid helo', 'bad helo', 'helo name', 'helo host', 'helo/ehlo', 'ehlo/helo', 'your helo'],
    reason: 'blocked',
    ownWords: true,
    actors: SENDING_SIDE,
    source: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.1.1',
  },
] as const satisfies readonly Signature[];
