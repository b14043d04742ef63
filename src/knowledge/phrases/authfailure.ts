// Phrases that mean: sPF, DKIM or DMARC checks failed for the sender.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const authfailure = {
  reason: 'authfailure',
  phrases: [
    // SPF's refusal in Portuguese: "O IP 192.0.2.10 não está listado no SPF de example.com.br"
    'listado no spf',
    'listado no registro spf',
    'spf check failed',
    // Gmail's bulk-sender rules: "rate limited because SPF authentication didn't pass" (4.7.27), "DKIM
    // does not pass" (5.7.30); codes the IANA registry gives other meanings (src/classify/status-reading.ts)
    "authentication didn't pass",
    'authentication did not pass',
    'spf does not pass',
    'does not pass spf', // "Domain of sender does not pass SPF" (before rejected's 'domain of sender')
    'did not pass spf',
    "doesn't pass spf",
    'dkim does not pass',
    "spf didn't pass",
    "dkim didn't pass",
    // Gmail 4.7.32: "the From: header (RFC5322) in this message isn't aligned with either the
    // authenticated SPF or DKIM organizational domain" (DMARC alignment, not the message's format)
    ["isn't aligned with either the authenticated spf", 'dkim'],
    ['not aligned with either the authenticated spf', 'dkim'],
    'spf validation failed',
    'spf fail',
    'spf: fail',
    'fails spf',
    'failed spf',
    // "Sender not authorized by SPF", "rejected by SPF" (not "accepted by SPF but rejected as spam", nor
    // "rejected as spam; sender authorized by SPF": the refusal is said of SPF itself, next to it)
    ['not authorized', 'by spf'],
    'rejected by spf',
    ['spf', 'policy violation'], // "Rejected: SPF policy violation" (before policyviolation's words)
    'refused by spf',
    'denied by spf',
    'blocked by spf',
    // the same in Portuguese ("não autorizado pelo SPF"), and a record set up wrong
    ['não autorizad', 'pelo spf'],
    'não está autorizado pelo spf', // "o IP 192.0.2.1 não está autorizado pelo SPF de example.com"
    'não está autorizado no spf',
    ['spf:', 'não autorizad'], // the check named, then its verdict: "SPF: remetente não autorizado para o domínio"
    // no record at all: "Remetente não autorizado: seu domínio não possui registro SPF" (not "verifique o registro SPF")
    'não possui registro spf',
    'não tem registro spf',
    'sem registro spf',
    'rejeitada pelo spf',
    'rejeitado pelo spf',
    'recusada pelo spf',
    'recusado pelo spf',
    'bloqueada pelo spf',
    'bloqueado pelo spf',
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
    // Sender ID (RFC 4406), SPF's checks on the purported responsible address, as Exchange's Sender ID
    // agent refuses: "550 5.7.1 Sender ID (PRA) Not Permitted" (read as a policy's "not permitted")
    'sender id (pra)',
    'fails to pass authentication',
    'not pass authentication',
    'authentication checks',
    'arc validation',
    ['not allowed to send from', 'spf record'], // "192.0.2.1 is not allowed to send from <example.org> per its SPF Record"
    // Portuguese
    // "não autorizado pelo registro SPF de example.org"; not the record or the check named alone, as in
    // "identificada como spam; verifique o registro SPF" or "passou na verificação SPF, mas..." (the weak
    // 'spf' still finds a text that says nothing else)
    'pelo registro spf',
    'falha na verificação spf',
    'falha na verificação de spf',
    'falha na verificação do spf',
    'verificação spf falhou',
    'verificação de spf falhou',
    'verificação do spf falhou',
    'não passou na verificação spf',
    'não passou na verificação de spf',
    'não passou na verificação do spf',
    'autenticação spf', // before securityerror's 'falha na autenticação'
    'falha de spf',
    'falha no spf',
    'spf falhou',
    'assinatura dkim',
    'falha na verificação dkim',
    'falha na verificação de dkim',
    'verificação dkim falhou',
    'verificação de dkim falhou',
    'não passou na verificação dkim',
    'não passou na verificação de dkim',
    'autenticação dkim',
    'falha de dkim',
    'falha no dkim',
    'dkim falhou',
    'dkim inválido', // "Mensagem rejeitada: DKIM inválido"
    'dkim inválida',
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
