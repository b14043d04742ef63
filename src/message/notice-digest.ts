// A short digest of a message's bytes: tells one notice read twice (an overlapping export: the same
// message in an mbox and in a Maildir) from another, for the notices that have no Message-ID.
// Browser-safe (no node:crypto); not cryptographic: only the same bytes are to meet.

/**
 * 64 bits as 16 hex digits, over the bytes (or UTF-16 code units of a text) with each line end read as
 * LF (CRLF, or a CR alone), without the blank lines and spaces at the end: a Maildir file and the same
 * message of an mbox (whose separator leaves a blank line after it), or a copy saved with other line
 * ends, give the same digest.
 */
export function noticeDigest(input: Uint8Array | string): string {
  let end = input.length;
  while (end > 0 && isSpace(at(input, end - 1))) end--;
  // two FNV-1a hashes with other offsets and primes, one per half
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9747b28c;
  for (let i = 0; i < end; i++) {
    let c = at(input, i);
    if (c === 0x0d) {
      // CRLF is LF; a CR alone (old Mac mail, read as LF by read-message.ts) is a line end too
      if (i + 1 < end && at(input, i + 1) === 0x0a) continue;
      c = 0x0a;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return hex(h1) + hex(h2);
}

function at(input: Uint8Array | string, i: number): number {
  return typeof input === 'string' ? input.charCodeAt(i) : input[i]!;
}

function isSpace(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x20 || c === 0x09;
}

function hex(h: number): string {
  return (h >>> 0).toString(16).padStart(8, '0');
}
