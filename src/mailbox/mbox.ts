// mbox files (RFC 4155), read as a stream: messages are cut at "From " lines that follow a blank line
// (or start the file), and ">From " lines are unquoted (mboxrd; for mboxo this is also the right
// reading of the quoted lines). Only the current message is held in memory, cut at MAX_MESSAGE_BYTES.
import { MAX_MESSAGE_BYTES } from '../message/limits.js';
import { blankLineEndsAt, isSeparatorLine } from '../mbox-separator.js';

export interface MboxMessage {
  /** 1-based position in the mbox. */
  index: number;
  /** The message without its "From " separator line, ">From " lines unquoted. */
  bytes: Buffer;
  /** true when the message was longer than the cap and its end was dropped. */
  truncated: boolean;
}

const LF = 10;
const CR = 13;
const F = 0x46;
const GT = 0x3e;
const FROM_ = Buffer.from('From ');
const NL_FROM = Buffer.from('\nFrom ');
const NL_GT = Buffer.from('\n>');

/** True for a space, tab, CR or LF byte: the bytes of the blank lines that may come before an mbox's first separator. */
function isBlankByte(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === CR || b === LF;
}

/**
 * True when the bytes start like an mbox file: a separator line first (a UTF-8 BOM allowed, and blank
 * or whitespace-only lines before it, as an export or a concatenation leaves them).
 */
export function looksLikeMbox(head: Uint8Array): boolean {
  let text = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 1024)).toString('latin1');
  if (text.startsWith('\xef\xbb\xbf')) text = text.slice(3);
  let blank = 0;
  while (blank < text.length && isBlankByte(text.charCodeAt(blank))) blank++;
  text = text.slice(text.lastIndexOf('\n', blank) + 1);
  const nl = text.indexOf('\n');
  // CR-only line ends (old Mac files): one message, read whole; readMessage drops its "From " line
  if (nl < 0 && text.includes('\r')) return false;
  const first = (nl >= 0 ? text.slice(0, nl) : text).replace(/\r$/, '');
  return isSeparatorLine(first);
}

function startsWith(buf: Buffer, at: number, end: number, prefix: Buffer): boolean {
  if (end - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}

/** ">From ", ">>From "...: a quoted From line of mboxrd (or mboxo). */
function isQuotedFrom(buf: Buffer, at: number, end: number): boolean {
  let i = at;
  while (i < end && buf[i] === GT) i++;
  return i > at && startsWith(buf, i, end, FROM_);
}

/**
 * Incremental splitter: push() chunks, get finished messages back; end() returns the last one.
 * Keeps only the partial last line of a chunk and the parts of the current message.
 */
export class MboxSplitter {
  private carry: Buffer | null = null;
  /** Chunks that came after `carry` without a line end. */
  private waiting: Buffer[] = [];
  private parts: Buffer[] = [];
  private size = 0;
  private truncated = false;
  private prevBlank = true;
  private inMessage = false;
  private count = 0;
  private first = true;
  /** Still in the blank lines before the first separator: skipped. */
  private leading = true;

  constructor(private readonly cap = MAX_MESSAGE_BYTES) {}

  push(chunk: Buffer): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.carry && chunk.indexOf(LF) < 0) {
      // a line still without its end: its pieces are joined once, when the end comes (joined at every
      // chunk, one line of 64 MB took 44 s)
      this.waiting.push(Buffer.from(chunk));
      return out;
    }
    let buf = this.carry ? Buffer.concat([this.carry, ...this.waiting, chunk]) : chunk;
    this.carry = null;
    this.waiting = [];
    if (this.first && buf.length >= 3) {
      this.first = false;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    }
    if (this.leading) {
      // blank or whitespace-only lines before the first separator: dropped up to the last line end
      // among them, so that the separator starts the input (a partial line of spaces waits for its end)
      let at = 0;
      while (at < buf.length && isBlankByte(buf[at])) at++;
      if (at < buf.length) this.leading = false;
      if (at > 0) buf = buf.subarray(buf.lastIndexOf(LF, at - 1) + 1);
    }
    // only complete lines are read; the partial last line waits for the next chunk (it may be a separator)
    const end = buf.lastIndexOf(LF) + 1;
    if (end === 0) {
      this.carry = Buffer.from(buf);
      return out;
    }
    let segStart = 0;
    /** The line starting at `at` (a line start), after a blank line or not. */
    const visit = (at: number, afterBlank: boolean): void => {
      const b = buf[at];
      if (b === F) {
        if (!afterBlank || !startsWith(buf, at, end, FROM_)) return;
        const nl = buf.indexOf(LF, at);
        if (!isSeparatorLine(buf.toString('latin1', at, nl))) return;
        this.append(buf, segStart, at);
        const done = this.finish();
        if (done) out.push(done);
        this.inMessage = true;
        segStart = nl + 1;
      } else if (b === GT && isQuotedFrom(buf, at, buf.indexOf(LF, at))) {
        this.append(buf, segStart, at);
        segStart = at + 1;
      }
    };
    /** The line ending with the LF at `e` is empty (or a lone CR). Lines start at 0 in `buf`. */
    const blankEndingAt = (e: number): boolean => blankLineEndsAt(e, (i) => buf[i]);

    visit(0, this.prevBlank);
    // native searches find the few lines that matter: "From " ones and ">" ones
    const last = end - 1;
    const find = (needle: Buffer, from: number): number => {
      const at = buf.indexOf(needle, from);
      return at < 0 || at >= last ? Infinity : at;
    };
    let nextFrom = find(NL_FROM, 0);
    let nextQuote = find(NL_GT, 0);
    for (;;) {
      const at = Math.min(nextFrom, nextQuote);
      if (at === Infinity) break;
      visit(at + 1, blankEndingAt(at));
      if (at === nextFrom) nextFrom = find(NL_FROM, at + 1);
      else nextQuote = find(NL_GT, at + 1);
    }
    this.append(buf, segStart, end);
    this.prevBlank = blankEndingAt(last);
    if (end < buf.length) this.carry = Buffer.from(buf.subarray(end));
    return out;
  }

  /** The messages still open at the end of the input (one, or none for an empty input). */
  end(): MboxMessage[] {
    const out: MboxMessage[] = [];
    const rest = this.carry && this.waiting.length ? Buffer.concat([this.carry, ...this.waiting]) : this.carry;
    this.carry = null;
    this.waiting = [];
    if (rest) {
      if (this.prevBlank && startsWith(rest, 0, rest.length, FROM_) && isSeparatorLine(rest.toString('latin1'))) {
        // a separator on the last line, without a line end: it starts an empty message
        const done = this.finish();
        if (done) out.push(done);
        this.inMessage = true;
      } else {
        this.append(rest, isQuotedFrom(rest, 0, rest.length) ? 1 : 0, rest.length);
      }
    }
    const done = this.finish();
    if (done) out.push(done);
    return out;
  }

  private append(buf: Buffer, start: number, end: number): void {
    if (!this.inMessage || end <= start) return;
    const room = this.cap - this.size;
    if (room <= 0) { this.truncated = true; return; }
    if (end - start > room) { end = start + room; this.truncated = true; }
    this.parts.push(buf.subarray(start, end));
    this.size += end - start;
  }

  private finish(): MboxMessage | null {
    if (!this.inMessage) return null;
    const msg: MboxMessage = { index: ++this.count, bytes: Buffer.concat(this.parts, this.size), truncated: this.truncated };
    this.parts = [];
    this.size = 0;
    this.truncated = false;
    this.inMessage = false;
    return msg;
  }
}

/** Splits a stream of bytes (an mbox file, standard input) into messages, in order. */
export async function* readMbox(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<MboxMessage & { last: boolean }> {
  const splitter = new MboxSplitter();
  let pending: MboxMessage | null = null;
  for await (const chunk of chunks) {
    for (const msg of splitter.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)) {
      if (pending) yield { ...pending, last: false };
      pending = msg;
    }
  }
  for (const msg of splitter.end()) {
    if (pending) yield { ...pending, last: false };
    pending = msg;
  }
  if (pending) yield { ...pending, last: true };
}
