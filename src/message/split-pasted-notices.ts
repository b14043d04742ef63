// Two or more failure notices pasted one after the other into one box (a support agent pasting each
// bounce a customer forwarded): each is read on its own, or the second one's recipient is lost. A notice
// is known by its first line, as each MTA or provider writes it; the text is cut where a second such
// line starts. Lower case; looked for at the start of a line only.
import { findFailureReplyCode, findFailureStatus } from '../reply/find-codes.js';

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

/**
 * Lines that open a notice as people paste it in part (Gmail's headline, its "technical details" line,
 * in English and as Gmail writes them in Portuguese), but that also stand inside a notice, below its
 * subject line or its recipient: they start another notice only once the text before them, since the
 * last start, has given a failure reply (a 4xx/5xx code). Two "Detalhes técnicos do erro permanente:"
 * snippets, or one and then a whole "Endereço não encontrado" notice, are each read on their own.
 */
export const SNIPPET_OPENINGS: readonly string[] = [
  'address not found',
  'message not delivered',
  'technical details of permanent failure:',
  'technical details of temporary failure:',
  'endereço não encontrado',
  'a mensagem não foi entregue',
  'detalhes técnicos do erro permanente:',
  'detalhes técnicos do erro temporário:',
];

/** Whether a line gives a failure reply: a 4xx/5xx reply code or a 4.x.x/5.x.x enhanced code. */
function givesFailureReply(line: string): boolean {
  return /^[45]/.test(findFailureReplyCode(line)) || /^[45]/.test(findFailureStatus(line));
}

/**
 * The line a notice of a split starts with: its opening line, past what was pasted before the first one
 * ("Oi, segue o erro:"), else its first line that is not blank.
 */
export function noticeFirstLine(notice: string): string {
  const lines = notice.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');
  const opens = (l: string) => [...NOTICE_OPENINGS, ...SNIPPET_OPENINGS].some((o) => l.toLowerCase().startsWith(o));
  return lines.find(opens) ?? lines[0] ?? '';
}

/** Longest text split: past it, one paste is not several notices but a mailbox or a log. */
export const MAX_SPLIT_CHARS = 200_000;

/** The notices of a pasted text, or null when it holds fewer than two. */
export function splitPastedNotices(text: string): string[] | null {
  if (text.length > MAX_SPLIT_CHARS) return null;
  const starts: number[] = [];
  let at = 0;
  // the text since the last start has given a failure reply
  let replied = false;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end).trim().toLowerCase();
    if (line && NOTICE_OPENINGS.some((o) => line.startsWith(o))) {
      starts.push(at);
      replied = false;
    } else if (line && replied && SNIPPET_OPENINGS.some((o) => line.startsWith(o))) {
      // what came before gave its reply: a notice of its own, even when no opening line started it
      if (!starts.length) starts.push(0);
      starts.push(at);
      replied = false;
    }
    if (line) replied ||= givesFailureReply(line);
    if (end < 0) break;
    at = end + 1;
  }
  if (starts.length < 2) return null;
  // whatever comes before the first notice stays with it
  starts[0] = 0;
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length));
}
