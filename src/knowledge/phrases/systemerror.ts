// Phrases that mean: the receiving system failed.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const systemerror = {
  reason: 'systemerror',
  phrases: [
    'system error',
    'internal error',
    'configuration error',
    'config error',
    'misconfigured',
    'routing loop',
    'mail loop',
    'loop detected',
    'too many hops',
    'hop count',
    'system problem',
    'mail system problem',
    'server failure',
    'internal server',
    'erro interno',
    'insufficient permission', // Sendmail: the local mailer exited with EX_NOPERM
    'queue file write error', // Postfix: the receiving server could not store the message
    'service currently unavailable',
    'temporary local problem', // Exim: "451 Temporary local problem - please try later"
    'internal resources are temporarily unavailable', // Mimecast 451
    'server configuration problem', // Postfix: "451 4.3.5 Server configuration problem"
    'i/o error', // Cyrus: "451 4.3.0 System I/O error"
    // qmail's words for its queue program failing on the receiving server, "451 qq temporary problem
    // (#4.3.0)", "451 qq trouble creating files in queue (#4.3.0)", "451 qq crashed (#4.3.0)" (read as no
    // reason, or "qq timeout" as a network's timeout); "qq write error or disk full" is systemfull's
    'qq temporary problem',
    'qq read error',
    'qq timeout',
    'qq trouble creating files',
    'qq trouble in home directory',
    'qq unable to read configuration',
    'qq internal bug',
    'qq crashed',
    'unable to exec qq',
    // Exchange's shadow redundancy: "Message failed to be made redundant due to A shadow copy was required..."
    'failed to be made redundant',
    // Portuguese
    'erro temporário no servidor',
    'erro temporário do sistema', // "451 4.3.0 Erro temporário do sistema"
    'erro temporário no sistema',
    'erro temporário de sistema',
    'erro temporário do servidor',
    'erro interno do servidor',
    'erro interno no servidor',
    // Gmail's notice in Portuguese: "... porque o servidor remoto está configurado incorretamente"
    'configurado incorretamente',
    'mal configurado',
    'erro de configuração',
    'erro de sistema',
    'erro do sistema',
    'erro no sistema', // "Erro no sistema de correio"
    'falha interna',
    // "Falha temporária no sistema", "Falha no sistema, tente novamente"
    'falha no sistema',
    'falha do sistema',
    'falha temporária no sistema',
    'falha temporária no servidor',
    'system failure',
    'loop de roteamento',
    'loop de e-mail',
    'loop de mensagens',
    'loop detectado',
    // Spanish, French, German, Italian: "Error interno (del servidor)", "Erreur interne du serveur"
    'error interno',
    'error temporal del servidor',
    'erreur interne du serveur',
    'interner serverfehler',
    'errore interno del server',
  ],
  weak: [
    'server error',
    'local error',
    'error in processing',
    'database',
    'shutting down', // "421 4.3.0 Service shutting down"
    'erro no servidor',
    'erro local',
    'erro no processamento',
    'erro ao processar', // "Erro ao processar a mensagem"
  ],
} as const satisfies PhraseSet;

/**
 * A virus scanner that failed or is out of service (Amavis: "451 4.5.0 Error in processing, id=...,
 * virus_scan FAILED: AV: ALL VIRUS SCANNERS FAILED"): the receiving system's error, not a virus found.
 * Tried before `virusdetected`, whose "virus" these hold.
 */
export const systemerrorVirusScanner = {
  reason: 'systemerror',
  phrases: [
    'virus scanners failed',
    'virus_scan failed',
    'virus scanner failure',
    'virus scanner failed',
    'virus scanner unavailable',
    'falha temporária no antivírus',
    'antivírus indisponível',
  ],
} as const satisfies PhraseSet;
