// Normalises reply text: continuation prefixes removed, white space folded, length capped.
import { isDigit, isSpace, statusEnd } from './scan-chars.js';

/** Texts are cut to this many characters before matching: real replies are far shorter. */
export const MAX_TEXT_LENGTH = 16_384;

/** Lines at LF, CRLF or CR; one split without a regular expression when there is no CR. */
export function splitLines(text: string): string[] {
  return text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
}

/** Folds runs of white space to one space and trims; linear. */
export function foldSpace(text: string): string {
  // most texts are folded already: a look at each character is cheaper than the replacement
  return isFolded(text) ? text.trim() : text.replace(/\s+/g, ' ').trim();
}

/**
 * foldSpace(text).slice(0, max), reading only as much of the text as that takes: a decoder that keeps
 * the start of a long text for each of many recipients must not fold all of it each time.
 */
export function foldSpacePrefix(text: string, max: number): string {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  // count the folded characters up to one past `max`: the text up to there folds to the same start
  let count = 0;
  let inSpace = false;
  for (; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      inSpace = true;
      continue;
    }
    count += inSpace ? 2 : 1;
    inSpace = false;
    if (count > max) return foldSpace(text.slice(0, i + 1)).slice(0, max);
  }
  return foldSpace(text).slice(0, max);
}

/**
 * True when the only white space of the text (as \s means it) is lone spaces: folding changes nothing.
 * A regex: irregexp's native scan beats a loop over charCodeAt here (2-3x on the bench's lines).
 */
function isFolded(text: string): boolean {
  return !UNFOLDED_SPACE.test(text);
}

/** White space other than a space, or two spaces in a row. */
const UNFOLDED_SPACE = /[^\S ]| {2}/;

/** The text up to its first line break (\r\n, \r or \n), without a regular expression. */
export function firstLine(text: string): string {
  const n = text.indexOf('\n');
  const r = text.indexOf('\r');
  const end = r < 0 ? n : n < 0 ? r : Math.min(n, r);
  return end < 0 ? text : text.slice(0, end);
}

/**
 * Joins the lines of a multi-line reply ("550-5.1.1 The email account..." / "550 5.1.1 https://..."),
 * dropping each line's code prefix (RFC 5321 §4.2.1) and the repeated enhanced code.
 */
export function joinReplyLines(text: string): string {
  const cut = text.slice(0, MAX_TEXT_LENGTH);
  // one line (the usual paste): no split
  if (!cut.includes('\n') && !cut.includes('\r')) return foldSpace(withoutReplyPrefix(cut));
  return foldSpace(cut.split(/\r\n|\r|\n/).map(withoutReplyPrefix).join(' '));
}

/**
 * A line without its "550-5.1.1 " prefix: what /^[ \t>]*[245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}(?:\s|$))?/
 * matches, read by hand (every line of every reply comes here).
 */
function withoutReplyPrefix(line: string): string {
  let at = 0;
  for (let c = line.charCodeAt(0); c === 32 || c === 9 || c === 62; c = line.charCodeAt(++at));
  const c = line.charCodeAt(at);
  if ((c !== 50 && c !== 52 && c !== 53) || !isDigit(line.charCodeAt(at + 1)) || !isDigit(line.charCodeAt(at + 2))) return line;
  const sep = line.charCodeAt(at + 3);
  if (sep !== 32 && sep !== 45) return line;
  at += 4;
  // the enhanced code, when a space or the end follows it
  const end = statusEnd(line, at);
  if (end > 0 && (end === line.length || isSpace(line.charCodeAt(end)))) at = end + (end === line.length ? 0 : 1);
  return line.slice(at);
}
