// Phrases that mean: the receiver's policy refused the message.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const policyviolation = {
  reason: 'policyviolation',
  phrases: [
    'header error',
    'protocol violation',
    'content presents a potential security issue', // Gmail: attachments or links it refuses
    'due to content restrictions', // Exchange's default text for a transport rule that rejects
    // "554 5.7.7 Email policy violation detected" (Zoho), "550 5.7.0 Local Policy Violation", "Message refused
    // by local policy" (an SPF policy violation is authfailure's, tried first)
    'policy violation',
    'local policy',
    // "550 5.2.1 Message rejected: content policy", "Message blocked due to content policy"
    'content policy',
    // "554 5.7.1 Blocked by policy" (before blocked's weak 'blocked by'), "Message rejected by policy"
    'blocked by policy',
    'rejected by policy',
    'refused by policy',
    'denied by policy',
    // Exim's default words for a refusal of its access control lists
    'administrative prohibition',
    // Portuguese: "Mensagem bloqueada pela política de segurança"
    'política de segurança',
    'viola a política',
    'violação de política',
    'violação da política',
    'violação das políticas',
    'violação de políticas',
    'viola as políticas',
    'viola nossa política',
    'viola nossas políticas',
    'tipo de arquivo não permitido',
    'anexo não permitido',
    'extensão de arquivo não permitida',
    // an attachment refused by its type: "Attachment with .exe extension not allowed"
    ['attachment', 'not allowed'],
    // "Mensagem recusada: anexos do tipo .exe não são permitidos", "anexo não permitido"
    ['anexos', 'não são permitidos'],
    ['anexo', 'não é permitido'],
    ['attachment', 'not permitted'],
    ['anexo', 'não permitid'],
    ['extensão', 'não permitid'],
    'restrições de conteúdo', // "due to content restrictions"
    // Amavis: an attachment of a banned type ("554 5.7.0 Reject, id=12345-01 - BANNED: ...")
    ['reject, id=', 'banned:'],
  ],
  weak: [
    'policy',
    'not authorized',
    'prohibited',
    'not permitted',
    'attachment',
    'file type',
    'encrypted',
    'política',
  ],
} as const satisfies PhraseSet;
