// Phrases that mean: the TLS (encryption) negotiation failed or TLS was required.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const failedstarttls = {
  reason: 'failedstarttls',
  phrases: [
    'starttls',
    'tls is required',
    'tls required',
    'requires tls',
    'tls handshake',
    // a negotiation that failed, not any sentence that names one ("TLS negotiation succeeded, but...")
    'tls negotiation failed', 'tls negotiation failure', 'tls negotiation error', 'tls negotiation timed out',
    'failed tls negotiation', 'failure in tls negotiation', 'error during tls negotiation', 'error in tls negotiation',
    'must use tls',
    'encryption required',
    'requiretls',
    'tls connection',
    'cannot start tls', // Postfix client: "Cannot start TLS: handshake failure"
    'tls not available', // Postfix server: "454 4.7.0 TLS not available due to local problem"
    // an old TLS version refused: Microsoft 365's "421 4.7.66 TLS 1.0 and 1.1 are not supported"
    ['tls 1.', 'not supported'],
    ['tls version', 'not supported'],
    // a certificate the other side would not trust: Postfix's "Server certificate not verified" (dsn=4.7.5)
    'certificate not verified',
    'certificate verification failed',
    'certificate verify failed',
    'untrusted certificate',
    'certificate has expired',
    'certificate expired',
    'self-signed certificate',
    'self signed certificate',
    'certificado inválido',
    'certificado expirado',
    'certificado vencido',
    // Portuguese
    'tls é obrigatório',
    'tls obrigatório',
    'requer tls',
    'exige tls',
    // "o servidor de destino exige conexão segura (TLS)"
    'exige conexão segura',
    'exige uma conexão segura',
    'requer conexão segura',
    'requer uma conexão segura',
    // Spanish: "Se requiere conexión segura (TLS)"
    'requiere conexión segura',
    'requiere una conexión segura',
    // "Conexão segura (TLS) obrigatória", "É obrigatório o uso de TLS", "TLS indisponível"
    'conexão segura obrigatória',
    'conexão segura (tls) obrigatória',
    'tls obrigatória',
    'obrigatório o uso de tls',
    'uso obrigatório de tls',
    'tls indisponível',
    // "Falha ao iniciar TLS", "Falha na negociação TLS" ("cannot start TLS", "TLS negotiation failed")
    'falha ao iniciar tls',
    'falha ao iniciar o tls',
    'não foi possível iniciar tls',
    'não foi possível iniciar o tls',
    // a negotiation that failed, not one named ("a negociação TLS foi bem-sucedida, mas...")
    'falha na negociação tls', 'falha na negociação de tls', 'erro na negociação tls', 'erro na negociação de tls',
    ['negociação tls', 'falhou'], ['negociação de tls', 'falhou'],
    'tls não disponível',
    'tls unavailable',
  ],
  weak: [
    'ssl',
    'certificate',
  ],
} as const satisfies PhraseSet;
