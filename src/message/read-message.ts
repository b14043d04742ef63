// Raw bytes or text of a bounce -> BounceDoc: headers, notification text, DSN and ARF parts, the returned message.
//
// The MIME reader of mime-reader.ts reads the message as postal-mime would, at a fraction of the cost;
// a message with a MIME feature it does not read exactly like postal-mime goes to postal-mime instead,
// slimmed first (MimeReader.slimCopy: the bodies of the parts we never read cut out and the limits of
// limits.ts applied), so that no message is slow or fatal either way. toDoc makes the BounceDoc of
// either reading; a body pasted without headers is all notification text, and a report wrapped in a
// message/rfc822 part is read inside it.
import PostalMime from './postal-mime.js';
import { headerBlock, looksLikeHeaders, opensWithHeaders } from './header-block.js';
import { htmlToText } from './html-to-text.js';
import { MAX_HEADER_BYTES, MAX_MESSAGE_BYTES, MAX_MIME_DEPTH, MAX_NOTICE_CHARS } from './limits.js';
import { decodeText } from './file-content.js';
import { findOriginalStart } from './original-boundary.js';
import { findForwardedNotice } from './forwarded-notice.js';
import { setNoticeLower } from './notice-views.js';
import { CR, LF } from './ascii.js';
import { ARF_TYPES, DSN_TYPES, ORIGINAL_TYPES } from './part-types.js';
import { MimeReader } from './mime-reader.js';
import { fixLatin1Text } from './windows-1252.js';
import type { Parsed } from './mime-reader.js';
import type { BounceDoc } from './types.js';

const utf8 = new TextDecoder('utf-8');
const utf8Encoder = new TextEncoder();

/** CR-only line ends (old Mac mail) are turned into LF, which postal-mime reads. */
function normaliseLineEnds(bytes: Uint8Array): Uint8Array {
  if (bytes.indexOf(LF) >= 0) return bytes;
  let cr = bytes.indexOf(CR);
  if (cr < 0) return bytes;
  // a copy with each CR made LF (a loop: a callback per byte costs ~10x more)
  const out = new Uint8Array(bytes);
  for (; cr >= 0; cr = out.indexOf(CR, cr + 1)) out[cr] = LF;
  return out;
}

/** A lone message saved from an mbox may keep its "From sender date" separator line: it is not a header. */
function dropMboxSeparator(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0x46 || utf8.decode(bytes.subarray(0, 5)) !== 'From ') return bytes;
  const nl = bytes.indexOf(10);
  return nl < 0 ? bytes : bytes.subarray(nl + 1);
}

function decodeBytes(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  return utf8.decode(content instanceof Uint8Array ? content : new Uint8Array(content));
}

/** The header block of a returned message, decoded without its body (a newsletter may be large). */
function originalHeaderBlock(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return headerBlock(content);
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  const end = blankLineAt(bytes);
  return headerBlock(utf8.decode(end < 0 ? bytes : bytes.subarray(0, end)));
}

/** Where the first empty line (LF LF, CRLF CRLF, LF CRLF, CRLF LF) starts, its CR included; -1 if none. */
function blankLineAt(b: Uint8Array): number {
  for (let i = b.indexOf(LF); i >= 0 && i + 1 < b.length; i = b.indexOf(LF, i + 1)) {
    if (b[i + 1] === LF || (b[i + 1] === CR && b[i + 2] === LF)) return i > 0 && b[i - 1] === CR ? i - 1 : i;
  }
  return -1;
}

export async function readMessage(input: Uint8Array | string, depth = 0): Promise<BounceDoc> {
  let bytes = typeof input === 'string' ? utf8Encoder.encode(input) : input;
  if (bytes.length > MAX_MESSAGE_BYTES) bytes = bytes.subarray(0, MAX_MESSAGE_BYTES);
  bytes = dropMboxSeparator(normaliseLineEnds(bytes));
  const head = utf8.decode(bytes.subarray(0, 4096));
  // a body without headers has no charset label: UTF-8, else Windows-1252 (streamed: a cut at the size
  // limit may split a character)
  if (!opensWithHeaders(head)) return pastedBody(decodeText(bytes, true));

  const reader = new MimeReader(bytes);
  const parsed = reader.read() ?? (await readWithPostalMime(reader.slimCopy()));
  const doc = toDoc(parsed);
  if (!doc.notice.trim() && !doc.deliveryStatus && !doc.feedbackReport) {
    // a boundary that matches nothing (a cut or hand-edited report): the raw body is the notice
    const body = bodyAfterHeaders(bytes);
    // (not when a limit stopped the reader: what lies past a limit stays unread)
    if (body.trim() && !reader.hitLimit()) return splitNotice({ ...doc, notice: body });
  }
  if (!doc.deliveryStatus && depth < MAX_NESTED_REPORTS) {
    // some gateways wrap the whole report in a message/rfc822 part: read the report inside
    const inner = parsed.attachments.find((a) => ORIGINAL_TYPES.has(a.mimeType.toLowerCase()) && isReport(a.content));
    if (inner) {
      const nested = await readMessage(inner.content instanceof Uint8Array ? inner.content : new Uint8Array(inner.content as ArrayBuffer), depth + 1);
      if (nested.deliveryStatus) return { ...doc, notice: doc.notice + '\n' + nested.notice, deliveryStatus: nested.deliveryStatus, originalHeaders: nested.originalHeaders ?? doc.originalHeaders };
    }
  }
  return doc;
}

/** Reports wrapped in reports are followed this deep. */
const MAX_NESTED_REPORTS = 2;

function isReport(content: ArrayBuffer | Uint8Array | string): boolean {
  if (typeof content === 'string') return false;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  return utf8.decode(bytes.subarray(0, 16_384)).toLowerCase().includes('message/delivery-status');
}

/** The bytes after the header block, as text. */
function bodyAfterHeaders(bytes: Uint8Array): string {
  const text = utf8.decode(bytes.subarray(0, MAX_NOTICE_CHARS * 2));
  const m = /\r?\n\r?\n/.exec(text);
  return m ? text.slice(m.index + m[0].length) : '';
}

async function readWithPostalMime(bytes: Uint8Array): Promise<Parsed> {
  const email = await PostalMime.parse(bytes, {
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: MAX_MIME_DEPTH,
    maxHeadersSize: MAX_HEADER_BYTES,
    rfc822Attachments: true,
    // a returned message is evidence, never part of the notice (Microsoft's complaints attach it inline)
    forceRfc822Attachments: true,
  });
  const headers = new Map<string, string>();
  for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value);
  // postal-mime decodes with the runtime's TextDecoder, which in Node 20 reads Windows-1252 as Latin-1
  const fix = <T extends string | undefined>(t: T): T => (t ? fixLatin1Text(t, bytes) : t) as T;
  return {
    headers,
    subject: fix(email.subject),
    text: fix(email.text ?? ''),
    html: fix(email.html),
    attachments: email.attachments.map((a) => ({ mimeType: a.mimeType, filename: a.filename, content: a.content })),
  };
}

function toDoc(email: Parsed): BounceDoc {
  let deliveryStatus: string | null = null;
  let feedbackReport: string | null = null;
  let originalHeaders: string | null = null;
  const extraText: string[] = [];
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    if (DSN_TYPES.has(type)) deliveryStatus = (deliveryStatus ? deliveryStatus + '\n\n' : '') + decodeBytes(a.content);
    else if (ARF_TYPES.has(type)) feedbackReport ??= decodeBytes(a.content);
    else if (ORIGINAL_TYPES.has(type)) originalHeaders ??= originalHeaderBlock(a.content);
    else if (type === 'text/plain' && !a.filename) extraText.push(decodeBytes(a.content));
  }
  let text = email.text;
  if (!text.trim() && email.html) text = htmlToText(email.html);
  if (extraText.length) text += '\n' + extraText.join('\n');
  return splitNotice({
    headers: email.headers,
    subject: email.subject ?? email.headers.get('subject') ?? '',
    notice: text,
    deliveryStatus,
    feedbackReport,
    originalHeaders,
    pasted: false,
  });
}

/** A body pasted without headers: all of it is the notification. */
function pastedBody(text: string): BounceDoc {
  return splitNotice({
    headers: new Map(), subject: '', notice: text, deliveryStatus: null, feedbackReport: null,
    originalHeaders: null, pasted: true,
  });
}

/** Cuts the returned message off the notification text, keeping its headers. */
function splitNotice(doc: BounceDoc): BounceDoc {
  let notice = doc.notice.length > MAX_NOTICE_CHARS ? doc.notice.slice(0, MAX_NOTICE_CHARS) : doc.notice;
  let lower = notice.toLowerCase();
  // lower-casing keeps every offset but for a few letters ("İ" becomes two characters)
  const aligned = lower.length === notice.length;
  // a bounce a person forwarded: the notice is the forwarded one, not the note above it
  const forwarded = aligned ? findForwardedNotice(notice, lower) : null;
  if (forwarded) {
    notice = notice.slice(forwarded.start, forwarded.end);
    lower = lower.slice(forwarded.start, forwarded.end);
    doc.forwardedParties = forwarded.parties;
    doc.forwarded = { sender: forwarded.sender, subject: forwarded.subject };
  }
  const at = findOriginalStart(lower);
  if (at >= 0) {
    const rest = notice.slice(at);
    const nl = rest.indexOf('\n');
    const after = nl >= 0 ? rest.slice(nl + 1).replace(/^\s*\n/, '') : '';
    if (!doc.originalHeaders && looksLikeHeaders(after)) doc.originalHeaders = headerBlock(after);
    notice = notice.slice(0, at);
    lower = lower.slice(0, at);
  }
  doc.notice = notice;
  // the decoders' lower case of the notice, made once
  if (aligned) setNoticeLower(doc, lower);
  if (!doc.deliveryStatus && (lower.includes('final-recipient') || lower.includes('original-recipient')) &&
    /^(?:final-recipient|original-recipient)\s*:/im.test(notice)) doc.deliveryStatus = notice;
  return doc;
}
