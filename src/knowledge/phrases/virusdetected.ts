// Phrases that mean: a virus was found in the message.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const virusdetected = {
  reason: 'virusdetected',
  phrases: [
    'virus',
    'malware',
    'infected',
    'trojan',
    'worm',
    'contains a virus',
    'virus detected',
    // "Message contains a malicious attachment" (before policyviolation's 'attachment'); not a malicious link,
    // which is phishing
    'malicious attachment',
    'malicious file',
    'malicious code',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'vírus',
    'virus encontrado',
    'contém vírus',
    'anexo infectado',
    'arquivo infectado',
    'mensagem infectada',
    'código malicioso',
    'software malicioso', // malware
    'anexo malicioso',
    'arquivo malicioso',
  ],
} as const satisfies PhraseSet;
