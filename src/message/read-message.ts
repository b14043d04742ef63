// Raw bytes or text of a bounce -> BounceDoc: headers, notification text, DSN and ARF parts, the returned message.
//
// A synchronous MIME reader (below) reads the mail bounces are made of exactly as postal-mime reads it,
// at a fraction of the cost: it decodes only the parts the decoders look at (text, delivery-status,
// feedback report, the returned message) and never an attachment, and it holds the limits of
// limits.ts (header line and header bytes, nesting, number of parts). A message with a MIME feature it
// does not read exactly like postal-mime (RFC 2231 parameters, multipart/digest, an inline
// message/rfc822 part, plain and HTML text to convert into each other) goes to postal-mime instead,
// slimmed first: the bodies of the parts we never read are cut out and the limits applied, so that no
// message is slow or fatal either way.
import PostalMime, { decodeWords } from 'postal-mime';
import { headerBlock, looksLikeHeaders, opensWithHeaders } from './header-block.js';
import { htmlToText } from './html-to-text.js';
import {
  MAX_HEADER_BYTES, MAX_HEADER_LINE_BYTES, MAX_MESSAGE_BYTES, MAX_MIME_DEPTH, MAX_MIME_PARTS, MAX_NOTICE_CHARS,
} from './limits.js';
import { decodeText } from './file-content.js';
import { findOriginalStart } from './original-boundary.js';
import { setNoticeLower } from './notice-views.js';
import { CR, DASH, LF, SP, TAB } from './ascii.js';
import { parseStructured, stripComments, trimWsp } from './structured-field.js';
import type { Structured } from './structured-field.js';
import { BASE64, decodeBase64Units, decodeQuotedPrintable } from './transfer-decoding.js';
import { charsetDecoder, decodeMislabelled, headerText } from './charset.js';
import { decodeFlowed } from './decode-flowed.js';
import type { BounceDoc } from './types.js';

const DSN_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const ARF_TYPES = new Set(['message/feedback-report']);
const ORIGINAL_TYPES = new Set(['message/rfc822', 'message/global', 'text/rfc822-headers', 'message/rfc822-headers', 'message/global-headers', 'message/partial']);

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

/** What the decoders need of a parsed message, whichever reader parsed it. */
interface Parsed {
  headers: Map<string, string>;
  /** Subject with encoded words decoded, or undefined when there is none. */
  subject: string | undefined;
  text: string;
  html: string | undefined;
  attachments: Array<{ mimeType: string; filename: string | null; content: ArrayBuffer | Uint8Array | string }>;
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
  return {
    headers,
    subject: email.subject,
    text: email.text ?? '',
    html: email.html,
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

// ---------------------------------------------------------------------------------------------------
// The MIME reader. It follows postal-mime 4 step by step (lines, boundaries, header folding, structured
// fields, transfer and charset decoding, text assembly) for everything it does not hand over.

type BodyKind = 'plain' | 'base64' | 'qp';

class Part {
  readonly children: Part[] = [];
  /** Children already finalised (they are finalised in order). */
  finalised = 0;
  state: 'header' | 'body' | 'done' = 'header';
  /** [start, end) byte offsets of the header lines kept. */
  readonly headerRanges: number[] = [];
  contentType: Structured;
  multipart: string | null = null;
  disposition: Structured = { value: '', params: new Map() };
  boundary: Uint8Array | null = null;
  /** A multipart part past MAX_MIME_DEPTH: its body is not split into parts. */
  opaque = false;
  /** How the body is decoded, or null when nobody reads it. */
  read: BodyKind | null = null;
  /** [start, end) byte offsets of the body lines, when the body is read. */
  readonly lines: number[] = [];
  bodyStart = -1;
  bodyEnd = -1;
  content: Uint8Array | null = null;
  /** This part and all above it were read without anything only postal-mime reads right. */
  trusted: boolean;

  constructor(readonly parent: Part | null, readonly depth: number) {
    // RFC 2046 5.1.5: the parts of a multipart/digest are messages by default
    const type = parent?.multipart === 'digest' ? 'message/rfc822' : 'text/plain';
    this.contentType = { value: type, params: new Map() };
    this.trusted = parent ? parent.trusted : true;
  }
}

class MimeReader {
  private readonly root: Part;
  private current: Part;
  /** Parts whose boundary is live, outermost first. */
  private readonly open: Part[] = [];
  private readonly parts: Part[] = [];
  private headerBytes = 0;
  /** [start, end) byte ranges of header lines cut or dropped by the limits. */
  private readonly cuts: number[] = [];
  /** Where reading stopped (the end, or where MAX_MIME_PARTS was reached). */
  private stopAt: number;
  /** Set when postal-mime has to read the message. */
  private needsPostalMime = false;
  readonly headers = new Map<string, string>();

  /** True when a limit of limits.ts left something unread (parts too deep or too many, cut headers). */
  hitLimit(): boolean {
    return this.stopAt < this.bytes.length || this.cuts.length > 0 || this.parts.some((p) => p.opaque);
  }

  constructor(private readonly bytes: Uint8Array) {
    this.root = this.current = new Part(null, 0);
    this.parts.push(this.root);
    this.stopAt = bytes.length;
  }

  /** The message as postal-mime would give it, or null when postal-mime has to read it. */
  read(): Parsed | null {
    const b = this.bytes;
    const n = b.length;
    let pos = 0;
    while (pos < n) {
      const nl = b.indexOf(LF, pos);
      const next = nl < 0 ? n : nl + 1;
      let end = nl < 0 ? n : nl;
      while (end > pos && b[end - 1] === CR) end--;
      if (!this.line(pos, end, next)) {
        this.stopAt = pos;
        break;
      }
      pos = next;
    }
    this.finalise(this.root, this.stopAt);
    if (this.needsPostalMime) return null;
    return this.collect();
  }

  /** One line, [s, e) without its line end; `next` is where the next line starts. False: stop reading. */
  private line(s: number, e: number, next: number): boolean {
    const b = this.bytes;
    if (this.open.length && e - s > 2 && b[s] === DASH && b[s + 1] === DASH) {
      for (let i = this.open.length - 1; i >= 0; i--) {
        const node = this.open[i]!;
        const bnd = node.boundary!;
        const len = e - s;
        if (len < bnd.length + 2) continue;
        let same = true;
        for (let j = 0; j < bnd.length; j++) {
          if (b[s + 2 + j] !== bnd[j]) { same = false; break; }
        }
        if (!same) continue;
        let after = bnd.length + 2;
        let terminator = false;
        if (len >= bnd.length + 4 && b[s + after] === DASH && b[s + after + 1] === DASH) {
          terminator = true;
          after += 2;
        }
        let blank = true;
        for (let j = s + after; j < e; j++) {
          if (b[j] !== SP && b[j] !== TAB) { blank = false; break; }
        }
        if (!blank) continue;
        if (terminator) {
          this.finalise(node, s);
          this.current = node.parent ?? this.root;
        } else {
          this.finaliseChildren(node, s);
          if (this.parts.length >= MAX_MIME_PARTS) return false;
          const part = new Part(node, node.depth + 1);
          node.children.push(part);
          this.parts.push(part);
          this.current = part;
        }
        return true;
      }
    }
    const part = this.current;
    if (part.state === 'header') {
      if (s === e) {
        this.processHeaders(part);
        part.state = 'body';
        part.bodyStart = next;
        return true;
      }
      let keep = e;
      if (e - s > MAX_HEADER_LINE_BYTES) keep = s + MAX_HEADER_LINE_BYTES;
      // once the budget is spent, every later header line is dropped
      this.headerBytes += keep - s;
      if (this.headerBytes > MAX_HEADER_BYTES) {
        this.cuts.push(s, next);
        return true;
      }
      if (keep < e) this.cuts.push(keep, e);
      part.headerRanges.push(s, keep);
    } else if (part.state === 'body' && part.read) {
      part.lines.push(s, e);
    }
    return true;
  }

  private finaliseChildren(part: Part, at: number): void {
    while (part.finalised < part.children.length) this.finalise(part.children[part.finalised++]!, at);
  }

  private finalise(part: Part, at: number): void {
    if (part.state === 'done') return;
    if (part.state === 'header') {
      this.processHeaders(part);
      part.bodyStart = at;
    }
    const i = this.open.lastIndexOf(part);
    if (i >= 0) this.open.splice(i, 1);
    this.finaliseChildren(part, at);
    part.bodyEnd = at;
    if (part.read) part.content = this.decodeBody(part);
    part.state = 'done';
  }

  private headerLines(part: Part): string[] {
    const r = part.headerRanges;
    if (!r.length) return [];
    const b = this.bytes;
    let contiguous = true;
    for (let i = 2; i < r.length; i += 2) {
      if (r[i] !== r[i - 1]! + 1 || b[r[i - 1]!] !== LF) { contiguous = false; break; }
    }
    if (contiguous) return headerText(b.subarray(r[0]!, r[r.length - 1]!)).split('\n');
    const lines: string[] = [];
    for (let i = 0; i < r.length; i += 2) lines.push(headerText(b.subarray(r[i]!, r[i + 1]!)));
    return lines;
  }

  private processHeaders(part: Part): void {
    const lines = this.headerLines(part);
    const root = part === this.root;
    let contentType: string | null = null;
    let encoding: string | null = null;
    let disposition: string | null = null;
    for (let i = 0; i < lines.length;) {
      // a field and its continuation lines, unfolded: only SP and HTAB continue a field
      let unfolded = lines[i++]!;
      while (i < lines.length) {
        const c = lines[i]!.charCodeAt(0);
        if (c !== SP && c !== TAB) break;
        unfolded += lines[i++]!;
      }
      const sep = unfolded.indexOf(':');
      const key = trimWsp(sep < 0 ? unfolded : unfolded.slice(0, sep)).toLowerCase();
      // a part's other fields are never read: only the message's own are kept
      if (!root && !key.startsWith('content-')) continue;
      let value = '';
      if (sep >= 0) {
        value = unfolded.slice(sep + 1);
        if (value.includes('\r') || value.includes('\n')) value = value.replace(/[\r\n]+/g, ' ');
        value = trimWsp(value);
      }
      if (root && !this.headers.has(key)) this.headers.set(key, value);
      if (key === 'content-type') contentType ??= value;
      else if (key === 'content-transfer-encoding') encoding ??= value;
      else if (key === 'content-disposition') disposition ??= value;
    }

    let exotic = false;
    if (contentType !== null) part.contentType = parseStructured(stripComments(contentType));
    if (disposition !== null) part.disposition = parseStructured(stripComments(disposition));
    for (const key of part.contentType.params.keys()) if (key.includes('*')) exotic = true;
    for (const key of part.disposition.params.keys()) if (key.includes('*')) exotic = true;
    const type = part.contentType.value;
    if (/^multipart\//i.test(type)) part.multipart = type.slice(type.indexOf('/') + 1);
    if (part.multipart === 'digest') exotic = true;
    const token = encoding === null ? '8bit' : /[\w-]+/.exec(stripComments(encoding).toLowerCase())?.[0] ?? '';
    if (exotic) {
      this.needsPostalMime = true;
      part.trusted = false;
    }

    if (part.multipart) {
      const boundary = part.contentType.params.get('boundary');
      if (part.depth >= MAX_MIME_DEPTH) part.opaque = true;
      else if (boundary) {
        part.boundary = utf8Encoder.encode(boundary);
        this.open.push(part);
      }
      return;
    }
    if (this.wantsBody(part)) part.read = /base64/i.test(token) ? 'base64' : /quoted-printable/i.test(token) ? 'qp' : 'plain';
  }

  /** True for the parts toDoc reads: text, delivery-status, feedback report, the returned message. */
  private wantsBody(part: Part): boolean {
    const type = part.contentType.value;
    if (DSN_TYPES.has(type) || ARF_TYPES.has(type) || ORIGINAL_TYPES.has(type)) return true;
    if (type !== 'text/plain' && type !== 'text/html') return false;
    if (part.disposition.value !== 'attachment') return true;
    return type === 'text/plain' && !this.filenameOf(part);
  }

  private filenameOf(part: Part): string | null {
    const name = part.disposition.params.get('filename') || part.contentType.params.get('name') || null;
    return name ? decodeWords(name) : null;
  }

  private decodeBody(part: Part): Uint8Array {
    const b = this.bytes;
    const r = part.lines;
    if (part.read === 'base64') {
      let size = 0;
      for (let i = 0; i < r.length; i += 2) size += r[i + 1]! - r[i]!;
      const kept = new Uint8Array(size);
      let k = 0;
      for (let i = 0; i < r.length; i += 2) {
        for (let j = r[i]!; j < r[i + 1]!; j++) {
          const c = b[j]!;
          if (BASE64[c]) kept[k++] = c;
        }
      }
      return decodeBase64Units(kept, k);
    }
    if (part.read === 'qp') return decodeQuotedPrintable(b, r);
    // plain: the lines, each ended by LF; a view of the input when nothing was stripped
    if (!r.length) return new Uint8Array(0);
    let contiguous = true;
    for (let i = 1; i < r.length; i += 2) {
      if (b[r[i]!] !== LF || (i + 1 < r.length && r[i + 1] !== r[i]! + 1)) { contiguous = false; break; }
    }
    if (contiguous) return b.subarray(r[0]!, r[r.length - 1]! + 1);
    let size = 0;
    for (let i = 0; i < r.length; i += 2) size += r[i + 1]! - r[i]! + 1;
    const out = new Uint8Array(size);
    let k = 0;
    for (let i = 0; i < r.length; i += 2) {
      out.set(b.subarray(r[i]!, r[i + 1]!), k);
      k += r[i + 1]! - r[i]!;
      out[k++] = LF;
    }
    return out;
  }

  /** Walks the parts like postal-mime's collectNode and assembles text and attachments. */
  private collect(): Parsed | null {
    const texts = new Map<Part, { plain?: string[]; html?: string[] }>();
    const types = new Set<'plain' | 'html'>();
    const attachments: Parsed['attachments'] = [];
    const walk = (part: Part, alternative: Part | null): boolean => {
      if (!part.multipart) {
        const type = part.contentType.value;
        // as postal-mime with forceRfc822Attachments: a message/rfc822 part is always an attachment
        if (part.disposition.value !== 'attachment' && (type === 'text/plain' || type === 'text/html')) {
          const kind = type === 'text/html' ? 'html' : 'plain';
          const key = alternative ?? part;
          let entry = texts.get(key);
          if (!entry) texts.set(key, (entry = {}));
          (entry[kind] ??= []).push(textContent(part));
          types.add(kind);
        } else if (part.content) {
          attachments.push({ mimeType: type, filename: type === 'text/plain' ? this.filenameOf(part) : null, content: part.content });
        }
      } else if (part.multipart === 'alternative') {
        alternative = part;
      }
      for (const child of part.children) if (!walk(child, alternative)) return false;
      return true;
    };
    if (!walk(this.root, null)) return null;

    // postal-mime turns HTML into text (and back) where one kind is missing: that is its job
    const entries = [...texts.values()];
    let text = '';
    let html: string | undefined;
    if (types.has('plain')) {
      if (entries.some((e) => !e.plain)) return null;
      text = entries.flatMap((e) => e.plain!).join('\n');
    }
    if (types.has('html') && !text.trim()) {
      if (entries.some((e) => !e.html)) return null;
      html = entries.flatMap((e) => e.html!).join('\n') || undefined;
    }
    const subject = this.headers.get('subject');
    return { headers: this.headers, subject: subject ? decodeWords(subject) : undefined, text, html, attachments };
  }

  /**
   * The message for postal-mime: the bodies of the parts nobody reads cut out (as long as the
   * structure above them was read without doubt), header lines past the limits cut, and the
   * parts past MAX_MIME_PARTS dropped.
   */
  slimCopy(): Uint8Array {
    const drop = [...this.cuts];
    for (const p of this.parts) {
      const unread = p.multipart ? p.opaque : !p.read;
      if (unread && p.trusted && p.bodyStart >= 0 && p.bodyEnd > p.bodyStart) drop.push(p.bodyStart, p.bodyEnd);
    }
    const ranges: Array<[number, number]> = [];
    for (let i = 0; i < drop.length; i += 2) ranges.push([drop[i]!, drop[i + 1]!]);
    ranges.sort((x, y) => x[0] - y[0]);
    const keep: Uint8Array[] = [];
    let at = 0;
    for (const [s, e] of ranges) {
      if (s > at) keep.push(this.bytes.subarray(at, Math.min(s, this.stopAt)));
      at = Math.max(at, e);
      if (at >= this.stopAt) break;
    }
    if (at < this.stopAt) keep.push(this.bytes.subarray(at, this.stopAt));
    if (keep.length === 1) return keep[0]!;
    const out = new Uint8Array(keep.reduce((sum, k) => sum + k.length, 0));
    let k = 0;
    for (const piece of keep) {
      out.set(piece, k);
      k += piece.length;
    }
    return out;
  }
}

function textContent(part: Part): string {
  if (!part.content) return '';
  const params = part.contentType.params;
  const decoder = charsetDecoder(params.get('charset'));
  let text = decoder.decode(part.content);
  if (text.includes('\uFFFD')) text = decodeMislabelled(part.content, decoder.encoding) ?? text;
  if (/^flowed$/i.test(params.get('format') ?? '')) text = decodeFlowed(text, /^yes$/i.test(params.get('delsp') ?? ''));
  return text;
}
