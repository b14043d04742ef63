// Phrases that mean: sPF, DKIM or DMARC checks failed for the sender.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const authfailure = {
  reason: 'authfailure',
  phrases: [
    'spf check failed',
    'spf validation failed',
    'spf fail',
    'spf: fail',
    'fails spf',
    'failed spf',
    // "Sender not authorized by SPF", "rejected by SPF" (not "accepted by SPF but rejected as spam")
    ['not authorized', 'by spf'],
    ['rejected', 'by spf'],
    ['refused', 'by spf'],
    ['denied', 'by spf'],
    ['blocked', 'by spf'],
    // the same in Portuguese ("não autorizado pelo SPF"), and a record set up wrong
    ['não autorizad', 'pelo spf'],
    ['rejeitad', 'pelo spf'],
    ['recusad', 'pelo spf'],
    ['bloquead', 'pelo spf'],
    ['spf', 'mal configurado'],
    ['spf', 'configurado incorretamente'],
    ['dkim', 'mal configurad'],
    ['spf', 'misconfigured'],
    ['dkim', 'misconfigured'],
    'dkim signature',
    'dkim validation',
    'dkim fail',
    'dkim check',
    'failed dkim',
    'dmarc',
    'authentication information',
    'unauthenticated email',
    'sender policy framework',
    'fails to pass authentication',
    'not pass authentication',
    'authentication checks',
    'arc validation',
    ['not allowed to send from', 'spf record'], // "192.0.2.1 is not allowed to send from <example.org> per its SPF Record"
    // Portuguese
    'registro spf', // "não autorizado pelo registro SPF de example.org"
    'verificação spf',
    'verificação de spf',
    'verificação do spf',
    'autenticação spf', // before securityerror's 'falha na autenticação'
    'falha de spf',
    'falha no spf',
    'spf falhou',
    'assinatura dkim',
    'verificação dkim',
    'verificação de dkim',
    'autenticação dkim',
    'falha de dkim',
    'falha no dkim',
    'dkim falhou',
    'verificações de autenticação', // "authentication checks"
    'informações de autenticação', // "authentication information"
    'mensagem não autenticada',
    'e-mail não autenticado',
    'email não autenticado',
  ],
  weak: [
    'spf policy',
    'not authenticated',
    'does not pass',
    'is not authorized to send',
    'spf',
  ],
} as const satisfies PhraseSet;
