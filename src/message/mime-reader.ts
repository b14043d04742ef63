// A synchronous MIME reader for the mail bounces are made of. It follows postal-mime 4 step by step
// (lines, boundaries, header folding, structured fields, transfer and charset decoding, text assembly)
// and gives what postal-mime would give, at a fraction of the cost: it decodes only the parts the
// decoders look at (text, delivery-status, feedback report, the returned message: part-types.ts) and
// never an attachment, and it holds the limits of limits.ts (header line and header bytes, nesting,
// number of parts). A message with a MIME feature it does not read exactly like postal-mime (RFC 2231
// parameters, multipart/digest, plain and HTML text to convert into each other) it hands over: read()
// answers null, and slimCopy() is the message to give postal-mime instead.
import { decodeWords } from './encoded-words.js';
import { MAX_HEADER_BYTES, MAX_HEADER_LINE_BYTES, MAX_MIME_DEPTH, MAX_MIME_PARTS } from './limits.js';
import { CR, DASH, LF, SP, TAB } from './ascii.js';
import { ARF_TYPES, DSN_TYPES, ORIGINAL_TYPES } from './part-types.js';
import { parseStructured, stripComments, trimWsp } from './structured-field.js';
import type { Structured } from './structured-field.js';
import { BASE64, decodeBase64Units, decodeQuotedPrintable } from './transfer-decoding.js';
import { charsetDecoder, decodeMislabelled, headerText, utf8HeaderText, utf8Under1252Label } from './charset.js';
import { decodeFlowed } from './decode-flowed.js';

const utf8Encoder = new TextEncoder();

/** What the decoders need of a parsed message, whichever reader parsed it. */
export interface Parsed {
  headers: Map<string, string>;
  /** Subject with encoded words decoded, or undefined when there is none. */
  subject: string | undefined;
  text: string;
  html: string | undefined;
  attachments: Array<{ mimeType: string; filename: string | null; content: ArrayBuffer | Uint8Array | string }>;
}

type BodyKind = 'plain' | 'base64' | 'qp';

/**
 * Structured values already parsed, by their text: most parts of most bounces say the same few things
 * ("text/plain; charset=us-ascii", "message/delivery-status"). Shared between parts: nobody changes a
 * part's Structured. A multipart value is not kept (its boundary is new in every message), and once
 * MAX_STRUCTURED values are kept, later ones are parsed each time.
 */
const structuredFields = new Map<string, Structured>();
const MAX_STRUCTURED = 256;

function structuredField(raw: string): Structured {
  let parsed = structuredFields.get(raw);
  if (parsed) return parsed;
  parsed = parseStructured(stripComments(raw));
  if (structuredFields.size < MAX_STRUCTURED && !parsed.params.has('boundary')) structuredFields.set(raw, parsed);
  return parsed;
}

/** Header lines as text, and whether one of them holds a CR. */
interface HeaderLines {
  lines: string[];
  cr: boolean;
}

/** Text of CRLF-ended lines -> the lines, each without the CRs that ended it (as MimeReader.read strips them). */
function splitCrlf(text: string): HeaderLines {
  const lines = text.split('\n');
  let cr = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let end = line.length;
    while (end > 0 && line.charCodeAt(end - 1) === CR) end--;
    if (end < line.length) line = lines[i] = line.slice(0, end);
    cr ||= line.includes('\r');
  }
  return { lines, cr };
}

/** A MIME part as the reader meets it: its header fields, then where its body lies and how it is read. */
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

export class MimeReader {
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

  /**
   * The part's header lines as text, without their line ends, and whether any line still holds a CR
   * (a lone CR inside a line; nearly never). Lines that follow each other are decoded at once: one
   * decoder call instead of one per line.
   */
  private headerLines(part: Part): HeaderLines {
    const r = part.headerRanges;
    if (!r.length) return { lines: [], cr: false };
    const b = this.bytes;
    let contiguous = true;
    let crlf = false;
    for (let i = 2; i < r.length && contiguous; i += 2) {
      // between two lines: the CRs stripped off the first one, then its LF (a cut line leaves other bytes)
      const lf = r[i]! - 1;
      if (b[lf] !== LF) contiguous = false;
      for (let j = r[i - 1]!; j < lf && contiguous; j++) {
        if (b[j] === CR) crlf = true;
        else contiguous = false;
      }
    }
    if (contiguous && !crlf) {
      const text = headerText(b.subarray(r[0]!, r[r.length - 1]!));
      return { lines: text.split('\n'), cr: text.includes('\r') };
    }
    if (contiguous) {
      // CRLF line ends: valid UTF-8 reads the same whole or line by line; else each line gets its own
      // fallback below, as a lone line would
      const text = utf8HeaderText(b.subarray(r[0]!, r[r.length - 1]!));
      if (!text.includes('\uFFFD')) return splitCrlf(text);
    }
    const lines: string[] = [];
    let cr = false;
    for (let i = 0; i < r.length; i += 2) {
      const line = headerText(b.subarray(r[i]!, r[i + 1]!));
      cr ||= line.includes('\r');
      lines.push(line);
    }
    return { lines, cr };
  }

  private processHeaders(part: Part): void {
    const { lines, cr } = this.headerLines(part);
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
        // (lines hold no LF; the check is skipped when none holds a CR: it would join folded values)
        if (cr && value.includes('\r')) value = value.replace(/[\r\n]+/g, ' ');
        value = trimWsp(value);
      }
      if (root && !this.headers.has(key)) this.headers.set(key, value);
      if (key === 'content-type') contentType ??= value;
      else if (key === 'content-transfer-encoding') encoding ??= value;
      else if (key === 'content-disposition') disposition ??= value;
    }

    let exotic = false;
    if (contentType !== null) part.contentType = structuredField(contentType);
    if (disposition !== null) part.disposition = structuredField(disposition);
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
    const walk = (part: Part, alternative: Part | null): void => {
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
      for (const child of part.children) walk(child, alternative);
    };
    walk(this.root, null);

    // postal-mime turns HTML into text (and back) where one kind is missing: that is its job
    const entries = [...texts.values()];
    let text = '';
    let html: string | undefined;
    if (types.has('plain')) {
      const joined = joinTexts(entries, 'plain');
      if (joined === null) return null;
      text = joined;
    }
    if (types.has('html') && !text.trim()) {
      const joined = joinTexts(entries, 'html');
      if (joined === null) return null;
      html = joined || undefined;
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

/**
 * The texts of one kind of every entry, joined by LF; null when an entry lacks that kind. A loop, not
 * flatMap and join: V8's flatMap took about a microsecond a message for the one or two texts most have.
 */
function joinTexts(entries: ReadonlyArray<{ plain?: string[]; html?: string[] }>, kind: 'plain' | 'html'): string | null {
  let out = '';
  let first = true;
  for (const entry of entries) {
    const texts = entry[kind];
    if (!texts) return null;
    for (const t of texts) {
      out = first ? t : out + '\n' + t;
      first = false;
    }
  }
  return out;
}

/** A text part's body as text: by its charset label (or its true encoding when the label lies), then unflowed. */
function textContent(part: Part): string {
  if (!part.content) return '';
  const params = part.contentType.params;
  const decoder = charsetDecoder(params.get('charset'));
  let text = decoder.decode(part.content);
  if (text.includes('\uFFFD')) text = decodeMislabelled(part.content, decoder.encoding) ?? text;
  else if (decoder.encoding === 'windows-1252') text = utf8Under1252Label(part.content) ?? text;
  if (/^flowed$/i.test(params.get('format') ?? '')) text = decodeFlowed(text, /^yes$/i.test(params.get('delsp') ?? ''));
  return text;
}
