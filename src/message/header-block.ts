// Reads an RFC 5322 header block from text (used for returned messages and pasted bounces).
import { readFields } from '../reply/parse-dsn-fields.js';

/** The header block at the start of `text`: the lines up to the first empty line. */
export function headerBlock(text: string): string {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** True when the text starts with at least two header lines ("Name: value"). */
export function looksLikeHeaders(text: string): boolean {
  const lines = text.trimStart().split(/\r\n|\r|\n/, 6);
  let fields = 0;
  for (const line of lines) {
    if (/^[A-Za-z][A-Za-z0-9-]{0,60}:[ \t]?/.test(line) || /^From [^ ]/.test(line)) fields++;
    else if (!/^[ \t]/.test(line)) break;
  }
  return fields >= 2;
}

/** True when a message's start opens with a header block, after the "From " line of an mbox if any. */
export function opensWithHeaders(head: string): boolean {
  return looksLikeHeaders(head.replace(/^From [^\n]*\n/, ''));
}

export function readHeaderFields(text: string, only?: ReadonlySet<string>): Map<string, string> {
  return readFields(headerBlock(text), only);
}
