// Normalises reply text: continuation prefixes removed, white space folded, length capped.

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

/** White space as \s means it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && isUnicodeSpace(c));
}

/** True when the only white space of the text (as \s means it) is lone spaces: folding changes nothing. */
function isFolded(text: string): boolean {
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    // every control character sends the text to the replacement (\t, \n, \v, \f and \r are \s)
    if (c < 32 || (c >= 0xa0 && isUnicodeSpace(c))) return false;
  }
  return true;
}

/** The white space of \s above ASCII. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

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

/** A line without its "550-5.1.1 " prefix. */
function withoutReplyPrefix(line: string): string {
  const m = /^[ \t>]*[245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}(?:\s|$))?/.exec(line);
  return m ? line.slice(m[0].length) : line;
}
