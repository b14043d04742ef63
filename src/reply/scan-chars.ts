// Character tests and small readers for the hand-written scans of reply text (src/reply/*.ts): a look
// at each character is cheaper than a regular expression run per text, and linear by construction.

export const DOT = 46;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** White space as \s means it. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && isUnicodeSpace(c));
}

/** The white space of \s above ASCII. */
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Line terminators as a regular expression's multiline ^ and $ know them. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** True when the text holds a line terminator (isLineBreak): the native searches beat a loop in JavaScript. */
export function hasLineBreak(text: string): boolean {
  return text.includes('\n') || text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/**
 * Where the code "C.SSS.DDD" that starts at `at` ends (C a class 2, 4 or 5, each number a whole run of
 * 1 to 3 digits, as STATUS_RE's bounded repeats read it), or -1 when none starts there.
 */
export function statusEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if ((c !== 50 && c !== 52 && c !== 53) || text.charCodeAt(at + 1) !== DOT) return -1;
  const subject = digitRunEnd(text, at + 2);
  if (subject < 0 || text.charCodeAt(subject) !== DOT) return -1;
  return digitRunEnd(text, subject + 1);
}

/** The end of the run of digits at `from` when it holds 1 to 3 of them, else -1. */
function digitRunEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i > from && i - from <= 3 ? i : -1;
}
