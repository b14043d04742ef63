// A group or mailing list that refused a post: it takes messages from its members (or from senders its
// owner allowed) only, or it no longer exists. Words of Google Groups' notice, of list managers and of
// groups elsewhere ("This group only accepts messages from members"), in English and Portuguese, as a
// mail client shows them. Google Groups' own rows (google.ts) come first; Microsoft 365's groups that
// take internal senders only are its rows in microsoft.ts. The reason is Sisimai's for Google Groups.
import type { Signature } from './types.js';

export const groupSignatures = [
  {
    id: 'group:members-only',
    provider: 'group',
    // "permission to post" and "not allowed to post" only with a group named after them: alone they are
    // also a forum's or a spoofed sender's words
    text: [
      'only accepts messages from members', 'only members can post', 'only members may post', 'group you tried to contact',
      ['permission to post', 'group'], ['not allowed to post', 'group'], ['permissão para postar', 'grupo'],
      ['permissao para postar', 'grupo'], 'só aceita mensagens de membros', 'so aceita mensagens de membros',
      'grupo com o qual você tentou', 'grupo com o qual voce tentou',
    ],
    reason: 'rejected',
    ownWords: true,
    retry: 'after-fix',
    actors: ['recipient-admin'],
    recipientRule: true,
    source: 'https://support.google.com/groups/answer/2464926',
  },
] as const satisfies readonly Signature[];
