// Where an mbox (RFC 4155) cuts its messages: one rule for every reader, the CLI's streaming one
// (src/mailbox/mbox.ts, on Node's Buffers) and the library's, the page's and the API's (src/analyze-input.ts,
// on strings and bytes). Browser-safe: no Node-only API here.

/**
 * True for a separator line such as "From MAILER-DAEMON  Mon Jan  1 10:00:00 2024" (its line end or not).
 * RFC 4155 puts a date after the address; we ask for a time or a year so that "From the team," in an
 * unquoted body does not cut a message in two.
 */
export function isSeparatorLine(line: string): boolean {
  return /^From \S/.test(line) && /\d:\d\d|\b(?:19|20)\d\d\b/.test(line);
}

/**
 * True when the line that ends with the LF at `lf` is blank (empty, or a lone CR): a separator line
 * counts only after one, or at the input's start. `code(i)` is the byte (or char code) at i; the input
 * starts at a line start.
 */
export function blankLineEndsAt(lf: number, code: (i: number) => number | undefined): boolean {
  return lf === 0 || code(lf - 1) === 0x0a || (code(lf - 1) === 0x0d && (lf === 1 || code(lf - 2) === 0x0a));
}

/** A string holding one char per byte (code units 0-255), so byte offsets and string offsets agree. */
export function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[]);
  }
  return s;
}
