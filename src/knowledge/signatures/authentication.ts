// Which of the sender-authentication checks failed, when a receiver without a row of its own says so:
// SPF (RFC 7208), DKIM (RFC 6376) or DMARC (RFC 7489). Each needs its own fix, where the reason's words
// can only list all three ("publish SPF, sign with DKIM, publish DMARC"). After the providers' rows
// (Gmail's, Microsoft's, Yahoo's say more), before the block lists.
import type { Signature } from './types.js';

export const authenticationSignatures = [
  {
    // "Permanent error evaluating DMARC policy", "DMARC permerror": the record (or SPF's 10 lookups) is broken
    id: 'dmarc:permerror',
    provider: 'dmarc',
    text: [['permanent error', 'dmarc'], ['dmarc', 'permerror'], ['dmarc', 'syntax error'], ['dmarc', 'erro permanente']],
    reason: 'authfailure',
    source: 'https://www.rfc-editor.org/rfc/rfc7489#section-6.6.3',
  },
  {
    // the domain publishes p=reject (or quarantine) and neither SPF nor DKIM passed aligned with the From
    id: 'dmarc:policy-reject',
    provider: 'dmarc',
    text: ['dmarc policy', 'dmarc reject', 'dmarc check failed', 'dmarc verification', 'dmarc validation', 'failed dmarc', 'fails dmarc', 'dmarc fail', 'dmarc=fail', 'política dmarc', 'politica dmarc', 'falha no dmarc', 'falha de dmarc', 'dmarc falhou'],
    reason: 'authfailure',
    source: 'https://www.rfc-editor.org/rfc/rfc7489',
  },
  {
    id: 'spf:fail',
    provider: 'spf',
    text: [
      'spf check failed', 'spf validation failed', 'spf fail', 'spf: fail', 'spf=fail', 'fails spf', 'failed spf',
      ['not authorized', 'by spf'], 'rejected by spf', 'refused by spf', 'denied by spf', 'blocked by spf',
      'not designated as permitted sender', 'not allowed to send mail from', ['not allowed to send from', 'spf record'],
      ['não autorizad', 'pelo spf'], 'pelo registro spf', 'falha no spf', 'falha de spf', 'spf falhou',
      'falha na verificação spf', 'falha na verificação de spf', 'falha na verificação do spf',
      'rejeitada pelo spf', 'rejeitado pelo spf', 'recusada pelo spf', 'recusado pelo spf',
    ],
    reason: 'authfailure',
    source: 'https://www.rfc-editor.org/rfc/rfc7208',
  },
  {
    id: 'dkim:fail',
    provider: 'dkim',
    text: [
      'dkim signature verification failed', 'dkim verification failed', 'dkim validation failed', 'dkim check failed',
      'dkim fail', 'dkim=fail', 'failed dkim', 'fails dkim', 'bad dkim signature', 'invalid dkim', 'dkim signature invalid',
      'dkim signature is invalid', 'assinatura dkim inválida', 'assinatura dkim invalida', 'falha no dkim', 'falha de dkim',
      'dkim falhou', 'falha na verificação dkim', 'falha na verificação de dkim', 'falha na verificação do dkim',
    ],
    reason: 'authfailure',
    source: 'https://www.rfc-editor.org/rfc/rfc6376',
  },
] as const satisfies readonly Signature[];
