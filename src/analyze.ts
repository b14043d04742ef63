// The library's front door: any input a person has (a code, a reply, a log line, a pasted bounce body,
// a whole bounce e-mail) -> results, one per recipient.
import { explainText, type ExplainOptions } from './explain-text.js';
import { CATALOGS } from './i18n/catalog.js';
import { isCompoundFile } from './message/compound-file.js';
import { looksLikeHeaders } from './message/header-block.js';
import { analyzeMessage } from './message/analyze-message.js';
import { REPORTS } from './report/catalog.js';
import { errorResult, type Result } from './result.js';
import { DEFAULT_LOCALE } from './types.js';

/** Inputs longer than this many lines that are not a multi-line reply are read as a pasted bounce body. */
const PASTED_BODY_MIN_LINES = 3;

/** True when the text is best read as a whole message (headers, or a pasted multi-line body). */
export function isMessageLike(text: string): boolean {
  const head = text.slice(0, 8192);
  if (looksLikeHeaders(head.replace(/^From [^\n]*\n/, ''))) return true;
  const lines = head.split(/\r\n|\r|\n/).filter((l) => l.trim());
  if (lines.length < PASTED_BODY_MIN_LINES) return false;
  // a multi-line SMTP reply ("550-5.1.1 ..." lines) or pasted DSN fields are one reply
  const replyLines = lines.filter((l) => /^\s*[245]\d\d[ \-]/.test(l)).length;
  const fieldLines = lines.filter((l) => /^(?:diagnostic-code|status|final-recipient|original-recipient|action|remote-mta|reporting-mta)\s*:/i.test(l)).length;
  return replyLines < lines.length - 1 && fieldLines < lines.length - 1;
}

/**
 * DSN fields pasted from a bounce ("Final-Recipient: ...", "Status: ...") look like a header block, but
 * they are the body of a report: read with no header block. ("Status" and "Action" alone may start a
 * stored message's headers, so they do not count here.)
 */
const PASTED_DSN_START = /^(?:reporting-mta|final-recipient|original-recipient|x-actual-recipient|diagnostic-code|remote-mta|received-from-mta)[ \t]*:/i;

/** The first bytes of a file, enough to see its first line. */
function latin1Head(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length && i < 64; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

export async function analyze(input: string | Uint8Array, options: ExplainOptions = {}): Promise<Result[]> {
  if (typeof input !== 'string') {
    if (isCompoundFile(input)) return [outlookFileResult(options)];
    // a text saved in a file (a reply, a log line, a notice without its headers) reads as if pasted;
    // a file that opens with a field name is left to the message reader, which looks at its headers anyway
    const head = opensWithFieldName(input) ? null : utf8.decode(input.subarray(0, HEAD_BYTES));
    if (head !== null && !looksLikeHeaders(head.replace(/^From [^\n]*\n/, ''))) {
      if (looksBinary(head)) return [wordsResult('binaryFile', options)];
      const whole = utf8.decode(input);
      return whole.trim() ? analyze(whole, options) : [emptyResult(options)];
    }
  }
  const text = typeof input === 'string' ? input : null;
  if (text !== null && !isMessageLike(text)) return [askForDetails(explainText(text, options))];
  const pastedDsn = text !== null ? PASTED_DSN_START.test(text.trimStart()) : PASTED_DSN_START.test(latin1Head(input as Uint8Array).trimStart());
  if (pastedDsn) {
    const whole = text ?? new TextDecoder().decode(input as Uint8Array);
    return analyzeMessage('\n' + whole.trimStart(), options);
  }
  const results = await analyzeMessage(input, options);
  // a pasted body in which no recipient could be found is still worth explaining as one reply
  if (text !== null && results.length === 1 && !results[0]!.bounce && !results[0]!.error && !looksLikeHeaders(text)) {
    return [askForDetails(explainText(text, options))];
  }
  // a whole message pasted with its headers has no technical details left to paste
  return text !== null && !looksLikeHeaders(text) ? results.map(askForDetails) : results;
}

const utf8 = new TextDecoder();

/** Enough of a file's start to see whether a header block opens it (as src/message/read-message.ts looks). */
const HEAD_BYTES = 4096;

/** "Name:" at the start (after an mbox "From " line): the bytes of every e-mail, looked at without decoding. */
function opensWithFieldName(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0x46 && bytes[1] === 0x72 && bytes[2] === 0x6f && bytes[3] === 0x6d && bytes[4] === 0x20) {
    // "From " separator line
    const nl = bytes.indexOf(0x0a);
    if (nl < 0) return false;
    i = nl + 1;
  }
  const start = i;
  for (; i < bytes.length && i - start <= MAX_FIELD_NAME; i++) {
    const c = bytes[i]!;
    if (c === 0x3a) return i > start;
    // RFC 5322 §3.6.8: printable US-ASCII but ":" and space
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return false;
}

/** Longer names are not fields that open an e-mail. */
const MAX_FIELD_NAME = 76;

/** An empty file: nothing to explain. */
function emptyResult(options: ExplainOptions): Result {
  const lang = options.lang ?? DEFAULT_LOCALE;
  return errorResult(REPORTS[lang].problem['empty-message'](''), { lang, file: options.file ?? null });
}

/** An Outlook .msg file (or another Office document): unreadable here, with how to get its text. */
function outlookFileResult(options: ExplainOptions): Result {
  return wordsResult('outlookFile', options);
}

/** A file that cannot be read, with what to do instead. */
function wordsResult(which: 'outlookFile' | 'binaryFile', options: ExplainOptions): Result {
  const lang = options.lang ?? DEFAULT_LOCALE;
  const words = CATALOGS[lang].ui[which];
  return { ...errorResult(words.error, { lang, file: options.file ?? null }), advice: words.advice };
}

/**
 * Bytes that are no text in any charset a bounce uses (an image, a PDF, an archive): NUL bytes, or
 * many bytes that are neither valid UTF-8 nor printable. A Latin-1 notice has a few invalid bytes, not
 * one in ten.
 */
function looksBinary(head: string): boolean {
  if (!head.length) return false;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b)) odd++;
  }
  return odd * 10 > head.length;
}

/**
 * A pasted notice that says a message failed, with no code and no cause: the technical details a mail
 * client shows below the notice (Gmail's, Microsoft 365's) usually hold the server's reply.
 */
function askForDetails(r: Result): Result {
  if (r.reason !== 'undefined' || r.kind === 'success' || r.replyCode || (r.status && !r.statusDerived) || r.error !== undefined) return r;
  return { ...r, advice: `${CATALOGS[r.lang].ui.pasteTechnicalDetails} ${r.advice}` };
}
