// Addresses a reply or a notice names that are not the recipient that failed: the new address of one
// who moved ("551 User has moved; please try <bia@x>"), the sender's own ("Sender address rejected", a
// callout's "Verification failed for <news@x>", a log's "from=<news@x>", Microsoft 365's "Sender
// Address:" / "Endereço do Remetente:" line, "not owned by user ana@x"), an address inside a URL's query
// (an SPF explanation's "Why?s=mfrom;id=news@x;ip=...").

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
];
/** How far before an address those words are looked for. */
const NOT_RECIPIENT_WINDOW = 40;
/** Words just after an address that say it is the sender's: "<news@x>: Sender address rejected". */
const SENDER_AFTER = 'sender address rejected';

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
  // inside a URL's query: "...?s=mfrom;id=news@example.org;ip=..."
  const c = lower.charCodeAt(at - 1);
  if (c === 59 /* ; */ || c === 63 /* ? */ || c === 38 /* & */) return true;
  return lower.slice(at + length, at + length + SENDER_AFTER.length + 4).includes(SENDER_AFTER);
}
