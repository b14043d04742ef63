// Raw bytes or text of a bounce -> BounceDoc: headers, notification text, DSN and ARF parts, the returned message.
import PostalMime from 'postal-mime';
import { headerBlock, looksLikeHeaders } from './header-block.js';
import { MAX_HEADER_BYTES, MAX_MESSAGE_BYTES, MAX_MIME_DEPTH, MAX_NOTICE_CHARS } from './limits.js';
import { findOriginalStart } from './original-boundary.js';
import type { BounceDoc } from './types.js';
import { htmlToText } from './html-to-text.js';

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ARF_TYPES = new Set(['message/feedback-report']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers', 'message/partial']);

/** CR-only line ends (old Mac mail) are turned into LF, which postal-mime reads. */
function normaliseLineEnds(bytes: Uint8Array): Uint8Array {
  if (bytes.indexOf(10) >= 0 || bytes.indexOf(13) < 0) return bytes;
  return bytes.map((b) => (b === 13 ? 10 : b));
}

function decodeBytes(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  return new TextDecoder('utf-8').decode(bytes);
}

export async function readMessage(input: Uint8Array | string): Promise<BounceDoc> {
  let bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  if (bytes.length > MAX_MESSAGE_BYTES) bytes = bytes.subarray(0, MAX_MESSAGE_BYTES);
  bytes = normaliseLineEnds(bytes);
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  if (!looksLikeHeaders(head.replace(/^From [^\n]*\n/, ''))) return pastedBody(new TextDecoder('utf-8').decode(bytes));

  const email = await PostalMime.parse(bytes, {
    attachmentEncoding: 'arraybuffer',
    maxNestingDepth: MAX_MIME_DEPTH,
    maxHeadersSize: MAX_HEADER_BYTES,
    rfc822Attachments: true,
  });
  const headers = new Map<string, string>();
  for (const h of email.headers) if (!headers.has(h.key)) headers.set(h.key, h.value);

  let deliveryStatus: string | null = null;
  let feedbackReport: string | null = null;
  let originalHeaders: string | null = null;
  const extraText: string[] = [];
  for (const a of email.attachments) {
    const type = a.mimeType.toLowerCase();
    if (DSN_TYPES.has(type)) deliveryStatus = (deliveryStatus ? deliveryStatus + '\n\n' : '') + decodeBytes(a.content);
    else if (ARF_TYPES.has(type)) feedbackReport ??= decodeBytes(a.content);
    else if (ORIGINAL_TYPES.has(type)) originalHeaders ??= headerBlock(decodeBytes(a.content));
    else if (type === 'text/plain' && !a.filename) extraText.push(decodeBytes(a.content));
  }
  let text = email.text ?? '';
  if (!text.trim() && email.html) text = htmlToText(email.html);
  if (extraText.length) text += '\n' + extraText.join('\n');
  return splitNotice({
    headers,
    subject: email.subject ?? headers.get('subject') ?? '',
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
  const at = findOriginalStart(notice.toLowerCase());
  if (at >= 0) {
    const rest = notice.slice(at);
    const nl = rest.indexOf('\n');
    const after = nl >= 0 ? rest.slice(nl + 1).replace(/^\s*\n/, '') : '';
    if (!doc.originalHeaders && looksLikeHeaders(after)) doc.originalHeaders = headerBlock(after);
    notice = notice.slice(0, at);
  }
  doc.notice = notice;
  if (!doc.deliveryStatus && /^(?:final-recipient|original-recipient)\s*:/im.test(notice)) doc.deliveryStatus = notice;
  return doc;
}
