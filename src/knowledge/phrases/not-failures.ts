// Phrases of texts that are not delivery failures at all: an auto-reply (out of office) or an abuse
// report, pasted by a person without the headers that would say so (RFC 3834 Auto-Submitted, the
// RFC 5965 report part). Tried only on a text that carries no reply code, status or DSN action.
import type { PhraseSet } from './types.js';
import { phraseSetWithUnaccented } from './without-accents.js';

export const vacation = {
  reason: 'vacation',
  phrases: [
    'out of the office', 'out of office', 'i am currently away', "i'm currently away", 'i am away from',
    "i'm away from", 'i am on vacation', "i'm on vacation", 'i am on holiday', "i'm on holiday", 'on annual leave',
    'on parental leave', 'this is an automatic reply', 'this is an automated reply', 'automatic reply:',
    // Portuguese, Spanish, French, German
    'estou de férias', 'estou em férias', 'estou fora do escritório', 'fora do escritório', 'estou ausente',
    'estarei ausente', 'resposta automática', 'mensagem automática de ausência', 'mensagem de ausência',
    'aviso de ausência', 'estou de licença', 'estou em licença', 'estou afastado', 'estou afastada', 'estoy de vacaciones',
    'fuera de la oficina', 'respuesta automática', 'je suis absent', 'absent du bureau', 'réponse automatique',
    'bin ich nicht im büro', 'abwesenheitsnotiz', 'im urlaub',
  ],
} as const satisfies PhraseSet;

export const feedback = {
  reason: 'feedback',
  phrases: [
    'email abuse report', 'email abuse complaint', 'this is an abuse report', 'abuse report for an email message', 'feedback loop report',
    'this is a spam report', 'spam complaint', 'complaint about a message', 'reported as spam by',
    'marked as spam by the recipient', 'denúncia de spam', 'marcou como spam',
    // the first line of an RFC 5965 report's text part names its type: "This is an opt-out report (an
    // authentication failure report, a fraud report...) for an email message received from IP ..."
    'report for an email message received from',
    // Apple Mail's unsubscribe request (an ARF report of type "opt-out" in its headers)
    'sent this email to unsubscribe from the message',
  ],
} as const satisfies PhraseSet;

/**
 * An automatic reply that says the address is no longer used ("este endereço não é mais utilizado;
 * envie para bia@example.com", a departed employee's mailbox): the message may have arrived, but nobody
 * reads that address any more. Sisimai has no reason for it; we say hasmoved, an address to replace.
 */
export const retiredAddress = {
  reason: 'hasmoved',
  phrases: [
    'não é mais utilizado', 'não é mais usado', 'não está mais em uso', 'não está mais ativo', 'não é mais válido',
    'deixou a empresa', 'não faz mais parte da empresa', 'não trabalha mais', 'no longer in use', 'no longer active',
    'no longer valid', 'no longer monitored', 'is no longer with', 'has left the company', 'no longer works',
    'am no longer with', "i'm no longer with", 'no longer employed', 'não estou mais na', 'não faço mais parte',
    // the person in the first person, and an address about to be closed ("Não trabalho mais na empresa e
    // este endereço será desativado em breve": read as an absence, nothing to do)
    'não trabalho mais', 'i no longer work', 'será desativado', 'será desativada', 'será encerrado', 'será encerrada',
    'will be deactivated', 'will be disabled soon', 'will be closed soon', 'will soon be closed', 'will soon be deactivated',
    // the person's own new address ("My new address is bia@x"): the result carries it (newAddress)
    'my new address is', 'my new email address is', 'my new e-mail address is', 'meu novo endereço é', 'meu novo e-mail é',
  ],
} as const satisfies PhraseSet;

/**
 * In this order: an abuse report may quote an out-of-office text, never the reverse; a retired address
 * outranks an absence. Each also without its accents, as people type them ("Estou de ferias").
 */
export const NOT_FAILURE_ORDER: readonly PhraseSet[] = [feedback, retiredAddress, vacation].map(phraseSetWithUnaccented);

/**
 * How an automatic reply's subject starts, lower case, when no header says it is one (RFC 3834 §3.1.5
 * suggests "Auto:"; Outlook writes "Automatic reply:", older versions "Out of Office:", Portuguese ones
 * "Resposta automática:"). A word a person also puts in a subject ("Vacation schedule for July",
 * "Estarei ausente amanhã") counts only with its colon: "Férias:", "Ausente:". A "Fwd:" or "ENC:" before
 * it is a person's forward (see decode-auto-reply.ts).
 */
export const autoReplySubjectPrefixes: readonly string[] = [
  'automatic reply', 'automated reply', 'auto reply', 'auto-reply', 'autoreply', 'automatic response', 'automated response',
  'auto response', 'auto-response', 'autoresponse', 'auto:', 'out of office:', 'out of office autoreply', 'out of office reply',
  'out of the office:', 'away:', 'vacation:', 'vacation reply', 'vacation notice', 'absence:', 'absent:',
  // Portuguese, Spanish, French, Italian, German, Japanese
  'resposta automática', 'mensagem automática', 'ausência temporária', 'ausência:', 'ausente:', 'férias:', 'mensagem de ausência',
  'aviso de ausência', 'fora do escritório:', 'respuesta automática', 'fuera de la oficina', 'réponse automatique',
  'risposta automatica', 'automatische antwort', 'abwesenheitsnotiz', 'abwesend:', '自動応答', '自動返信', '不在',
];

/**
 * Sentences of automatic replies that a person's own message about an absence seldom writes: said by a
 * message whose subject only mentions one ("Ausente", "Vacation") and no header marks as automatic.
 */
export const autoReplyBodyPhrases = {
  reason: 'vacation',
  phrases: [
    'i am out of the office until', "i'm out of the office until", 'i will be out of the office until', 'i am currently out of the office',
    "i'm currently out of the office", 'i am on vacation until', "i'm on vacation until", 'i am away until', "i'm away until",
    'i am on leave until', 'with limited access to e-mail', 'with limited access to my e-mail', 'without access to e-mail',
    'i will respond when i return', 'i will reply when i return', 'i will respond to your message when i return',
    'i will respond to your e-mail when i return', 'upon my return', 'this is an automatic reply', 'this is an automated reply',
    'this is an automatic response', 'this is an automated response',
    'estou de férias até', 'estou em férias até', 'estou fora do escritório até', 'estarei fora do escritório até',
    'estou ausente até', 'estarei ausente até', 'estou afastado até', 'estou afastada até', 'estou de licença até',
    'responderei quando voltar', 'responderei quando retornar', 'responderei assim que voltar', 'responderei assim que retornar',
    'responderei ao retornar', 'com acesso restrito ao e-mail', 'com acesso limitado ao e-mail', 'sem acesso ao e-mail',
    'esta é uma resposta automática', 'esta é uma mensagem automática', 'estoy de vacaciones hasta', 'je suis absent jusqu',
  ],
} as const satisfies PhraseSet;
