// Normalises reply text: continuation prefixes removed, white space folded, length capped.

/** Texts are cut to this many characters before matching: real replies are far shorter. */
export const MAX_TEXT_LENGTH = 16_384;

/** Folds runs of white space to one space and trims; linear. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Joins the lines of a multi-line reply ("550-5.1.1 The email account..." / "550 5.1.1 https://..."),
 * dropping each line's code prefix (RFC 5321 §4.2.1) and the repeated enhanced code.
 */
export function joinReplyLines(text: string): string {
  const lines = text.slice(0, MAX_TEXT_LENGTH).split(/\r\n|\r|\n/);
  const parts: string[] = [];
  for (const line of lines) {
    const m = /^[ \t>]*[245]\d\d[ \-](?:[245]\.\d{1,3}\.\d{1,3}(?:\s|$))?/.exec(line);
    parts.push(m ? line.slice(m[0].length) : line);
  }
  return foldSpace(parts.join(' '));
}
