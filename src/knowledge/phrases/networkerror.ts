// Phrases that mean: a network or DNS problem stopped the delivery.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const networkerror = {
  reason: 'networkerror',
  phrases: [
    'host not reachable',
    'not reachable',
    'connection timed out',
    // Portuguese
    'não foi possível conectar',
    'tempo de conexão esgotado',
    'conexão expirou',
    'connection reset',
    'lost connection',
    'no route to host',
    'network is unreachable',
    'could not connect',
    'unable to connect',
    'connection refused',
    'name server',
    'temporary lookup failure',
    'host is unreachable',
    'broken pipe',
    'connection dropped',
    'too many hops',
    'message probably in a routing loop', // Lotus Domino, after "Maximum hop count exceeded"
    'hop count exceeded', // X.4.6: a routing loop between servers
  ],
  weak: [
    'timed out',
    'timeout',
    'connect to',
    'dns',
    'unreachable',
    'connection closed',
  ],
} as const satisfies PhraseSet;
