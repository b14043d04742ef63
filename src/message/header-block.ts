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

/** Header fields of which a stored or pasted message's header block holds at least one. */
const MAIL_FIELDS = /^(?:from|to|subject|date|received|message-id|return-path|mime-version|content-type|delivered-to|reply-to|x-[a-z0-9-]+)[ \t]*:/im;

/**
 * True when a text that looks like headers (looksLikeHeaders) has a mail header field among its first
 * lines: "Data: ...\nErro: 550 ..." pasted by a person looks like a header block, and is a reply.
 */
export function hasMailHeaders(text: string): boolean {
  return MAIL_FIELDS.test(text.trimStart().split(/\r?\n\r?\n/, 1)[0]!.slice(0, 4096));
}

/** True when a message's start opens with a header block, after the "From " line of an mbox if any. */
export function opensWithHeaders(head: string): boolean {
  return looksLikeHeaders(head.replace(/^From [^\n]*\n/, ''));
}

export function readHeaderFields(text: string, only?: ReadonlySet<string>): Map<string, string> {
  return readFields(headerBlock(text), only);
}
