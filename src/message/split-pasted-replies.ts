// Replies for different recipients pasted one per line ("550 5.1.1 <ana@example.com>: User unknown",
// then "452 4.2.2 <bia@example.com>: Mailbox full"; or the recipient lines of a Postfix notice,
// "<ana@example.com>: host mx.example.com said: 550 ..."): read whole, as one reply, they gave one
// result, one recipient's address with another's reason, and the other recipients were lost.
import { splitLines } from '../reply/clean-text.js';
import { findReplyCode, findStatus } from '../reply/find-codes.js';

/** Lines split at most: a longer paste is a log or a list, which other readers take. */
export const MAX_PASTED_REPLIES = 1000;

/**
 * The lines of a text whose every non-blank line names an address and a failure (a 4xx/5xx reply code
 * or enhanced status code); null when it has fewer than two such lines, or any other line. The caller
 * keeps the split only when each line names a recipient of its own.
 */
export function splitPastedReplies(text: string): string[] | null {
  if (!text.includes('\n') && !text.includes('\r')) return null;
  const lines = splitLines(text).map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2 || lines.length > MAX_PASTED_REPLIES) return null;
  for (const line of lines) {
    if (!line.includes('@')) return null;
    const code = findReplyCode(line);
    const status = findStatus(line);
    if (!(isFailure(code) || isFailure(status))) return null;
  }
  return lines;
}

function isFailure(code: string): boolean {
  return code[0] === '4' || code[0] === '5';
}
