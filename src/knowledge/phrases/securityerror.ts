// Phrases that mean: authentication or a security setting is needed.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const securityerror = {
  reason: 'securityerror',
  phrases: [
    'authentication required',
    'authentication is required',
    'auth required',
    'must be authenticated',
    'authentication failed',
    'invalid credentials',
    'bad credentials',
    'username and password not accepted',
    'smtp auth',
    'submission requires',
    'must issue a starttls',
    'unauthenticated senders not allowed', // SMTP AUTH required
  ],
  weak: [
    'password',
    'not authenticated',
    'security',
    'sender address invalid',
  ],
} as const satisfies PhraseSet;
