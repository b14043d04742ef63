// A delivery report's Diagnostic-Code that says nothing beyond its Status, and the real reply the
// notice's text quotes instead. Exchange and Microsoft 365 write a fixed line in the DSN part of a delay
// warning, "Diagnostic-Code: smtp; 400 4.4.7 Message delayed" (a basic code of their own making), or of
// the final report, "550 4.4.7 QUEUE.Expired; message expired", while the text for people holds the
// receiving server's last reply: "Remote server returned '451 4.7.650 ... (S775)'", in Portuguese
// "O servidor remoto retornou '...'", or a list of the attempts, newest first.
import { enhancedFact } from '../knowledge/enhanced-codes.js';
import { foldSpace, joinReplyLines } from '../reply/clean-text.js';
import { normaliseStatus } from '../reply/find-codes.js';

/**
 * The generic words of such a line, lower-case letters only: the news of a delay or of an expiry, never
 * its cause. Any of them, one after another, make a placeholder (QUEUE.Expired; message expired).
 */
const GENERIC_WORDS: readonly string[] = [
  'message delivery delayed', 'message delayed', 'delivery delayed', 'delivery has been delayed', 'message expired', 'delivery expired',
  'queue expired',
];

/** Lower-case letters and digits only, one space between words ("QUEUE.Expired;" -> "queue expired"). */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * A diagnostic (without its codes, as a DSN reader keeps it) that says nothing beyond its status: only
 * GENERIC_WORDS, or the registered meaning of the status itself ("Delivery time expired" for 4.4.7).
 */
export function isPlaceholder(text: string, status: string): boolean {
  let rest = words(text);
  if (!rest) return false;
  const meaning = status ? enhancedFact(`X.${status.slice(2)}`)?.name : undefined;
  const known = meaning ? [...GENERIC_WORDS, words(meaning)] : GENERIC_WORDS;
  for (let cut = true; rest && cut;) {
    cut = false;
    for (const w of known) {
      if (rest === w || rest.startsWith(`${w} `)) {
        rest = rest.slice(w.length).trimStart();
        cut = true;
      }
    }
  }
  return rest === '';
}

/**
 * A failure reply quoted in running text: a 4xx or 5xx basic code followed by an enhanced code, not part
 * of a number, an address or a path ("returned '451 4.7.650 The mail server ...'").
 */
const QUOTED_REPLY = /(?<![\d.\w/,])([45]\d\d)[ -]([45]\.\d{1,3}\.\d{1,3})(?![\d.]\d)/g;

/** The reply a notice text quotes for a recipient, with its codes. */
export interface QuotedReply {
  text: string;
  replyCode: string;
  status: string;
}

/**
 * The first failure reply in a recipient's lines of the notice that is no placeholder itself (a list of
 * attempts repeats the expiry line first), up to the quote that closes it or the end of the lines.
 */
export function quotedReply(lines: string): QuotedReply | null {
  QUOTED_REPLY.lastIndex = 0;
  for (const m of lines.matchAll(QUOTED_REPLY)) {
    const quote = lines[m.index - 1];
    let end = lines.length;
    if (quote === "'" || quote === '"') {
      // the closing quote: followed by the end, a space or punctuation ("(S775)'", "...expired'<br>")
      for (let at = lines.indexOf(quote, m.index); at >= 0; at = lines.indexOf(quote, at + 1)) {
        if (!/[\p{L}\p{N}]/u.test(lines[at + 1] ?? '')) {
          end = at;
          break;
        }
      }
    }
    const text = lines.slice(m.index, end).trim();
    const status = normaliseStatus(m[2]!);
    if (isPlaceholder(joinReplyLines(text), status)) continue;
    return { text, replyCode: m[1]!, status };
  }
  return null;
}

/** The longest stretch of a notice read for one recipient's reply. */
const MAX_SPAN = 4000;

/**
 * The reply the notice quotes for `recipient`: after a line that names it, before the next line that
 * names another recipient of the report (Exchange lists them all first, then each with its reply).
 */
export function recipientReply(lines: readonly string[], recipient: string, others: readonly string[]): QuotedReply | null {
  const own = recipient.toLowerCase();
  const rest = others.map((o) => o.toLowerCase()).filter((o) => o && o !== own && !o.includes(own));
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.toLowerCase().includes(own)) continue;
    const span: string[] = [];
    let size = 0;
    for (let j = i; j < lines.length && size < MAX_SPAN; j++) {
      const lower = lines[j]!.toLowerCase();
      if (j > i && rest.some((o) => lower.includes(o))) break;
      span.push(lines[j]!);
      size += lines[j]!.length + 1;
    }
    const reply = quotedReply(foldSpace(span.join(' ')).slice(0, MAX_SPAN));
    if (reply) return reply;
  }
  return null;
}
