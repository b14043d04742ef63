// Addresses a reply or a notice names that are not the recipient that failed: the new address of one
// who moved ("551 User has moved; please try <bia@x>"), the sender's own ("Sender address rejected", a
// callout's "Verification failed for <news@x>", a log's "from=<news@x>", Microsoft 365's "Sender
// Address:" / "Endereço do Remetente:" line, "not owned by user ana@x"), an address inside a URL's query
// (an SPF explanation's "Why?s=mfrom;id=news@x;ip=..."), the writer of a message a reply quotes ("Ana
// <ana@x> escreveu:").

/** Words just before an address (within NOT_RECIPIENT_WINDOW characters) that say it is another's. */
const NOT_RECIPIENT_BEFORE: readonly string[] = [
  // RFC 5321's "551 User not local; please try <forward-path>", Sendmail's "User has moved; please try
  // <new>" (not "..., please try again later: ana@x")
  '; please try', 'forward to', 'forwarded to', 'new address', 'new email address', 'new e-mail address', 'novo endereço',
  'novo endereco', 'novo e-mail', 'novo email', 'envie suas mensagens para',
  'send your messages to', 'verification failed for', 'sender address', 'sender <', 'from=', 'f=<',
  'endereço do remetente', 'endereco do remetente', 'remetente:', 'not owned by user', 'não pertence ao usuário',
  // a departed employee's automatic answer names whom to write to instead ("Please write to bia@x"):
  // someone else, or a new address, never the one that failed
  'please write to', 'write to me at', 'contact me at', 'please contact', 'escreva para', 'envie para',
  'envie seus e-mails para', 'entre em contato com', 'por favor, contate',
  // Mimecast: "Rejected by header based Anti-Spoofing policy: news@x"
  'anti-spoofing policy',
  // Microsoft 365: "554 5.2.252 SendAsDenied; news@x not allowed to send as info@x": both are the sender's
  'sendasdenied', 'allowed to send as',
];
/**
 * Words that name a check of the sender's address, further before it (within SENDER_CHECK_WINDOW):
 * "Sender address verification failed (callout): news@x", Amazon SES's "The following identities
 * failed the check in region US-EAST-1: news@x".
 */
const SENDER_CHECK_BEFORE: readonly string[] = [
  'sender address verification', 'sender verify', 'sender verification', 'identities failed the check',
];
const SENDER_CHECK_WINDOW = 80;
/** How far before an address those words are looked for. */
const NOT_RECIPIENT_WINDOW = 40;
/**
 * Words just after an address (past a few characters of punctuation: ">: ", Sendmail's ">... ") that say
 * it is the sender's: "<news@x>: Sender address rejected", "<news@x>... Sender unknown".
 */
const SENDER_AFTER: readonly string[] = [
  'sender address rejected', 'sender rejected', 'sender unknown', 'sender denied', 'sender verify failed',
  'sender address', 'sender domain',
  // Portuguese: "<news@x>: Domínio do remetente não encontrado", "<news@x>: Remetente rejeitado"
  'domínio do remetente', 'dominio do remetente', 'endereço do remetente', 'endereco do remetente', 'remetente rejeitado',
  'remetente recusado', 'remetente inválido', 'remetente invalido', 'remetente desconhecido', 'remetente bloqueado',
];
/** Lines that open the quoted message in a reply ("Em sáb., 28 de nov. ..., Ana <...> escreveu:"). */
export const QUOTE_INTRO_ENDS: readonly string[] = ['escreveu:', 'wrote:', 'escribió:', 'a écrit :', 'a écrit:', 'schrieb:'];
/** How many characters of punctuation or space may stand between the address and those words. */
const SENDER_AFTER_GAP = 6;

/**
 * Whether the word just before the address at `at` is "from": "A message from <news@x> to: -> ana@y"
 * (amavis), Sendmail's "The original message was received at <date>\nfrom news@x", "MAIL FROM:<news@x>".
 * Most often the sender's, but not always ("The reply from ana@x was: 550 ..."): a notice that names no
 * other address falls back to it (decode-text.ts). `from` bounds the words looked at, as below.
 */
export function namedAfterFrom(lower: string, at: number, from = 0): boolean {
  let end = at;
  // spaces, tabs, "<" and the colon of "MAIL FROM:<"
  while (end > from && ' \t<:'.includes(lower[end - 1]!)) end--;
  if (end - 4 < from || !lower.startsWith('from', end - 4)) return false;
  const c = lower.charCodeAt(end - 5);
  return !(c >= 97 && c <= 122); // "from" as a word of its own
}

/**
 * Whether the address at `at` in `lower` (lower case) is named as someone else's than the recipient's.
 * `from` bounds the words looked for before it: they lie after the previous address ("from=<a@x>
 * to=<b@y>": b is the recipient).
 */
export function namedAsAnother(lower: string, at: number, length: number, from = 0): boolean {
  const before = lower.slice(Math.max(from, at - NOT_RECIPIENT_WINDOW), at);
  if (NOT_RECIPIENT_BEFORE.some((w) => before.includes(w))) return true;
  const further = lower.slice(Math.max(from, at - SENDER_CHECK_WINDOW), at);
  if (SENDER_CHECK_BEFORE.some((w) => further.includes(w))) return true;
  // inside a URL's query: "...?s=mfrom;id=news@example.org;ip=..."
  const c = lower.charCodeAt(at - 1);
  if (c === 59 /* ; */ || c === 63 /* ? */ || c === 38 /* & */) return true;
  let after = at + length;
  for (const stop = after + SENDER_AFTER_GAP; after < stop && ' \t>.:,;'.includes(lower[after] ?? 'x'); after++);
  // the writer of a message a reply quotes: "Em qua., 25 de nov. ..., Ana <ana@x> escreveu:"
  return SENDER_AFTER.some((w) => lower.startsWith(w, after)) || QUOTE_INTRO_ENDS.some((w) => lower.startsWith(w, after));
}
