// Phrases that mean: the receiver judged the message to be spam.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const spamdetected = {
  reason: 'spamdetected',
  phrases: [
    'rejected as spam',
    'marked as spam',
    'identified as spam',
    'detected as spam',
    'classified as spam',
    'due to spam classification', // Google Groups: "Your email to group x was rejected due to spam classification"
    'considered spam',
    'spam detected',
    'spam message',
    'unsolicited',
    'junk mail',
    'bulk mail',
    'bulk email', // "554 5.7.1 Bulk email not accepted"
    'bulk e-mail',
    'message content rejected',
    'mail content denied', // QQ Mail: "550 Mail content denied. http://service.mail.qq.com/..." (read as a block's "denied")
    'phishing',
    'not accepted due to domain',
    'lixo eletrônico',
    'scored as spam',
    'gtube', // the spam test pattern (Rspamd: "554 5.7.1 Gtube pattern")
    // a filter's policy named as the cause ("Mailbox unavailable: message blocked by spam policy"; a weak
    // "mailbox unavailable" before it read an unknown user, to remove)
    'blocked by spam policy', 'blocked by anti-spam policy', 'blocked by antispam policy', 'rejected by spam policy',
    'rejected by anti-spam policy', 'bloqueada pela política de spam', 'bloqueada pela política anti-spam',
    'bloqueada pela política antispam', 'rejeitada pela política de spam', 'rejeitada pela política anti-spam',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'rejeitada como spam', // "rejected as spam"
    'rejeitado como spam',
    'recusada como spam',
    'identificada como spam',
    'identificado como spam',
    'classificada como spam',
    'considerada spam',
    'mensagem de spam',
    'detectado como spam',
    'detectada como spam',
    'considerada como spam',
    'conteúdo suspeito',
    'suspeita de spam',
    'parece ser spam',
    'mensagem não solicitada',
    'mensagens não solicitadas',
    'e-mail não solicitado',
    'e-mails não solicitados',
    'pontuação de spam',
    'características de spam',
    'conteúdo da mensagem rejeitado', // "message content rejected"
    'conteúdo da mensagem recusado',
    // Spanish: "Mensaje identificado como correo no deseado" (junk mail); Russian: "отклонено как спам"
    'correo no deseado',
    // French, German, Italian: "contenu indésirable", "Unerwünschte Nachricht", "ritenuto spam"
    'contenu indésirable',
    'unerwünschte nachricht',
    'ritenuto spam',
    'как спам',
  ],
  weak: [
    'spam',
    'junk',
    'content rejected',
    'conteúdo rejeitado',
    'conteúdo recusado',
    'high probability of',
    'considered as',
    'detected as',
    'rejected as',
    'looks like',
    'classified as',
    'scored',
    'score',
    'suspicious',
    'blocked because its content',
    // "Your message was rejected because of its content", "Message rejected because of unacceptable content"
    'because of its content',
    'due to its content',
    'unacceptable content',
  ],
} as const satisfies PhraseSet;

/**
 * Content markers that name a list too ("blacklisted URL in message", URIBL): tried before the block-list
 * phrases of `blocked`, which they would otherwise match.
 */
export const spamdetectedContent = {
  reason: 'spamdetected',
  phrases: [
    'blacklisted url',
    'blocklisted url',
    'url in message',
    'uribl',
    'surbl',
    'blacklisted link',
    // "it contains a link to a site on a blocklist": the message's links, not the sending IP
    ['contains a link', 'blocklist'],
    ['contains a link', 'blacklist'],
    ['contains a link', 'block list'],
    ['contém um link', 'lista de bloqueio'],
    ['contém um link', 'lista negra'],
  ],
} as const satisfies PhraseSet;

/**
 * A content filter's own verdict that the message is spam, tried before the virus words: amavis's
 * notice ("was considered unsolicited bulk e-mail (UBE)") goes on to say it tries to avoid backscatter
 * "for infected mail", which is no virus found in this one.
 */
export const spamdetectedVerdict = {
  reason: 'spamdetected',
  phrases: ['considered unsolicited bulk e-mail', 'considered unsolicited bulk email'],
} as const satisfies PhraseSet;
