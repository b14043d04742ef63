// A pasted text that holds several replies (an SMTP session copied from a terminal or a log: the greeting,
// "250 2.1.0 Ok" for MAIL FROM, then the refusal): the reply to explain is the one that failed, not the
// first one. Read by hand, line by line; only texts with a line break come here.
import { splitLines } from './clean-text.js';
import { isDigit, isLineBreak } from './scan-chars.js';
import { lowerCase } from './lower-case.js';

/**
 * The answer a server gives once every RCPT TO was refused ("554 5.5.1 Error: no valid recipients",
 * Postfix): it sums up the refusals before it, whose reply says why.
 */
const SUMMARY_REPLIES: readonly string[] = ['no valid recipients', 'no valid recipient', 'no recipients'];

/** Client commands of a session, as a transcript quotes them (upper or lower case), and the command each names. */
const CLIENT_COMMANDS: ReadonlyArray<readonly [string, string]> = [
  ['rcpt to', 'RCPT'], ['mail from', 'MAIL'], ['data', 'DATA'], ['bdat', 'DATA'],
  ['ehlo', 'EHLO'], ['helo', 'HELO'], ['starttls', 'STARTTLS'], ['auth', 'AUTH'],
];

export interface FailingReply {
  /** The failing reply's lines (and the lines without a code that continue it), as pasted. */
  text: string;
  /** The client's command the transcript quotes before it (RCPT, DATA...), when it quotes one. */
  command: string | null;
}

/**
 * In a text whose lines start with different reply codes, the reply that failed: the last 4xx/5xx one,
 * or the one before a summary of them ("no valid recipients"). Null when the text holds one reply (its
 * lines share one code, as a multi-line reply's do), or no failing one.
 */
export function failingReply(text: string): FailingReply | null {
  const lines = splitLines(text);
  if (lines.length < 2) return null;
  const codes = lines.map(lineCode);
  let distinct = '';
  let failing = false;
  for (const code of codes) {
    if (!code) continue;
    if (!distinct) distinct = code;
    else if (code !== distinct) distinct = '*';
    if (code[0] === '4' || code[0] === '5') failing = true;
  }
  if (distinct !== '*' || !failing) return null;
  // the replies: runs of lines with one code; lines without a code after a reply continue it (a wrapped
  // line), until a client command or another reply
  const replies: { first: number; last: number; code: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const code = codes[i]!;
    const open = replies[replies.length - 1];
    if (code) {
      if (open && open.code === code && open.last === i - 1) open.last = i;
      else replies.push({ first: i, last: i, code });
    } else if (open && open.last === i - 1 && !clientCommand(lines[i]!) && lines[i]!.trim()) {
      open.last = i;
    }
  }
  const failed = replies.filter((r) => r.code[0] === '4' || r.code[0] === '5');
  let chosen = failed[failed.length - 1]!;
  const words = (r: typeof chosen) => lowerCase(lines.slice(r.first, r.last + 1).join(' '));
  if (failed.length > 1 && SUMMARY_REPLIES.some((w) => words(chosen).includes(w))) {
    // the refusal it sums up: the last one before it that is no summary itself
    const earlier = failed.slice(0, -1).reverse().find((r) => !SUMMARY_REPLIES.some((w) => words(r).includes(w)));
    if (earlier) chosen = earlier;
  }
  let command: string | null = null;
  for (let i = chosen.first - 1; i >= 0 && command === null; i--) if (!codes[i]) command = clientCommand(lines[i]!);
  return { text: lines.slice(chosen.first, chosen.last + 1).join('\n'), command };
}

/** The reply code a line starts with (after spaces, tabs or '>' quoting), followed by ' ', '-' or the end; '' when none. */
function lineCode(line: string): string {
  let at = 0;
  for (let c = line.charCodeAt(0); c === 32 || c === 9 || c === 62; c = line.charCodeAt(++at));
  const c = line.charCodeAt(at);
  if (c < 50 || c > 53 || !isDigit(line.charCodeAt(at + 1)) || !isDigit(line.charCodeAt(at + 2))) return '';
  const after = line.charCodeAt(at + 3);
  if (after !== 32 && after !== 45 && at + 3 !== line.length && !isLineBreak(after)) return '';
  return line.slice(at, at + 3);
}

/** The command a transcript's client line sends ("RCPT TO:<ana@example.com>", "DATA", "."), or null. */
function clientCommand(line: string): string | null {
  // a session as some tools show it: ">>> RCPT TO:<...>", "C: DATA"
  const lower = lowerCase(line.trim()).replace(/^(?:>>>|<<<|c:)\s*/, '');
  // the line that ends the message's data
  if (lower === '.') return 'DATA';
  for (const [word, command] of CLIENT_COMMANDS) {
    if (!lower.startsWith(word)) continue;
    const next = lower.charCodeAt(word.length);
    if (Number.isNaN(next) || next === 32 || next === 58 /* : */) return command;
  }
  return null;
}
