// Who acts on a refusal of the sending IP, network or server itself (a provider's block, a public block
// list): only the sending side can clean up and ask for removal; nobody at the recipient's can lift it.
import type { Actor } from '../../types.js';

export const SENDING_SIDE: readonly Actor[] = ['sender-provider'];
