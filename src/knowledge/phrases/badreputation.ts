// Phrases that mean: the sender has a poor reputation at the receiver.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const badreputation = {
  reason: 'badreputation',
  phrases: [
    'low reputation',
    'poor reputation',
    'bad reputation',
    'reputation of',
    'sender reputation',
    'ip reputation',
    'domain reputation',
    // "rejected due to example.com's reputation", "due to your domain's reputation"
    ['due to ', "'s reputation"],
    'reputation is',
    'has been temporarily rate limited due to ip reputation',
    'poor-reputation',
    'sender score',
    // a gateway naming the check that refused ("Mail rejected by <gateway> - Reputation", "rejected by
    // reputation filter")
    ['rejected by', 'reputation'],
    // Portuguese
    'má reputação',
    'reputação negativa',
    'too many complaints',
    'complaint rate',
    'muitas reclamações',
    'baixa reputação',
    'reputação do remetente',
    'reputação do ip',
    'reputação do domínio',
  ],
} as const satisfies PhraseSet;
