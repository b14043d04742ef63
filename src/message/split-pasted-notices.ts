// Two or more failure notices pasted one after the other into one box (a support agent pasting each
// bounce a customer forwarded): each is read on its own, or the second one's recipient is lost. A notice
// is known by its first line, as each MTA or provider writes it; the text is cut where a second such
// line starts. Lower case; looked for at the start of a line only.

/** First lines of failure notices (the templates of Exim, Postfix, qmail, Gmail, Yahoo, Microsoft 365). */
export const NOTICE_OPENINGS: readonly string[] = [
  'this message was created automatically by mail delivery software', // Exim
  'this is the mail system at host', // Postfix
  'hi. this is the qmail-send program', // qmail
  'delivery status notification', // Gmail
  'sorry, we were unable to deliver your message', // Yahoo
  'delivery has failed to these recipients or groups', // Exchange, Microsoft 365
  'esta mensagem foi criada automaticamente pelo software de entrega', // Exim, as Brazilian hosts translate it
  'notificação de status de entrega', // Gmail, in Portuguese
];

/** Longest text split: past it, one paste is not several notices but a mailbox or a log. */
export const MAX_SPLIT_CHARS = 200_000;

/** The notices of a pasted text, or null when it holds fewer than two. */
export function splitPastedNotices(text: string): string[] | null {
  if (text.length > MAX_SPLIT_CHARS) return null;
  const starts: number[] = [];
  let at = 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).trim().toLowerCase();
    if (line && NOTICE_OPENINGS.some((o) => line.startsWith(o))) starts.push(at);
    if (end < 0) break;
    at = end + 1;
  }
  if (starts.length < 2) return null;
  // whatever comes before the first notice stays with it
  starts[0] = 0;
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}
