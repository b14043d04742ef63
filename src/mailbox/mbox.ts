// mbox files (RFC 4155), read as a stream: messages are cut at "From " lines that follow a blank line
// (or start the file), and ">From " lines are unquoted (mboxrd; for mboxo this is also the right
// reading of the quoted lines). Only the current message is held in memory, cut at MAX_MESSAGE_BYTES.
// Browser-safe (bytes as Uint8Array, no Buffer): the command line reads mbox files and standard input
// with it, and the library's analyzeStream() a stream a program hands it (src/analyze-stream.ts).
import { joinBytes } from '../archive/join-bytes.js';
import { MAX_MESSAGE_BYTES } from '../message/limits.js';
import { binaryString, blankLineEndsAt, isSeparatorLine } from '../mbox-separator.js';

export interface MboxMessage {
  /** 1-based position in the mbox. */
  index: number;
  /** The message without its "From " separator line, ">From " lines unquoted. */
  bytes: Uint8Array;
  /** true when the message was longer than the cap and its end was dropped. */
  truncated: boolean;
}

const LF = 10;
const CR = 13;
const F = 0x46;
const GT = 0x3e;
const FROM_ = new Uint8Array([0x46, 0x72, 0x6f, 0x6d, 0x20]);

/** True for a space, tab, CR or LF byte: the bytes of the blank lines that may come before an mbox's first separator. */
function isBlankByte(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === CR || b === LF;
}

/**
 * True when the bytes start like an mbox file: a separator line first (a UTF-8 BOM allowed, and blank
 * or whitespace-only lines before it, as an export or a concatenation leaves them).
 */
export function looksLikeMbox(head: Uint8Array): boolean {
  let text = binaryString(head.subarray(0, 1024));
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

function startsWith(buf: Uint8Array, at: number, end: number, prefix: Uint8Array): boolean {
  if (end - at < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (buf[at + i] !== prefix[i]) return false;
  return true;
}

/** ">From ", ">>From "...: a quoted From line of mboxrd (or mboxo). */
function isQuotedFrom(buf: Uint8Array, at: number, end: number): boolean {
  let i = at;
  while (i < end && buf[i] === GT) i++;
  return i > at && startsWith(buf, i, end, FROM_);
}

/** The bytes in an array of their own: a view of a chunk keeps the whole chunk alive while it is held. */
function ownCopy(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

/** The pieces joined, in an array of their own (a lone piece copied too: it is a view of a chunk). */
function concat(parts: readonly Uint8Array[], size = parts.reduce((n, p) => n + p.length, 0)): Uint8Array {
  return parts.length === 1 ? ownCopy(parts[0]!) : joinBytes(parts, size);
}

/**
 * The line end at or after `from` and before `last` whose next line starts with `byte` (F of "From ", or
 * ">"), the rest of that line's start being `rest` ("rom "): Infinity for none. The byte is looked for
 * (a native search), not every line end.
 */
function lineStartingWith(buf: Uint8Array, byte: number, rest: Uint8Array | null, from: number, last: number): number {
  for (let i = buf.indexOf(byte, from + 1); i >= 0 && i - 1 < last; i = buf.indexOf(byte, i + 1)) {
    if (buf[i - 1] === LF && (rest === null || startsWith(buf, i + 1, last + 1, rest))) return i - 1;
  }
  return Infinity;
}
const ROM_ = FROM_.subarray(1);

/**
 * Incremental splitter: push() chunks, get finished messages back; end() returns the last one.
 * Keeps only the partial last line of a chunk and the parts of the current message.
 */
export class MboxSplitter {
  private carry: Uint8Array | null = null;
  /** Chunks that came after `carry` without a line end. */
  private waiting: Uint8Array[] = [];
  private parts: Uint8Array[] = [];
  private size = 0;
  private truncated = false;
  private prevBlank = true;
  private inMessage = false;
  private count = 0;
  private first = true;
  /** Still in the blank lines before the first separator: skipped. */
  private leading = true;

  constructor(private readonly cap = MAX_MESSAGE_BYTES) {}

  push(chunk: Uint8Array): MboxMessage[] {
    const out: MboxMessage[] = [];
    if (this.carry && chunk.indexOf(LF) < 0) {
      // a line still without its end: its pieces are joined once, when the end comes (joined at every
      // chunk, one line of 64 MB took 44 s)
      this.waiting.push(ownCopy(chunk));
      return out;
    }
    let buf = this.carry ? concat([this.carry, ...this.waiting, chunk]) : chunk;
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
      this.carry = ownCopy(buf);
      return out;
    }
    let segStart = 0;
    /** The line starting at `at` (a line start), after a blank line or not. */
    const visit = (at: number, afterBlank: boolean): void => {
      const b = buf[at];
      if (b === F) {
        if (!afterBlank || !startsWith(buf, at, end, FROM_)) return;
        const nl = buf.indexOf(LF, at);
        if (!isSeparatorLine(binaryString(buf.subarray(at, nl)))) return;
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
    let nextFrom = lineStartingWith(buf, F, ROM_, 0, last);
    let nextQuote = lineStartingWith(buf, GT, null, 0, last);
    for (;;) {
      const at = Math.min(nextFrom, nextQuote);
      if (at === Infinity) break;
      visit(at + 1, blankEndingAt(at));
      if (at === nextFrom) nextFrom = lineStartingWith(buf, F, ROM_, at + 1, last);
      else nextQuote = lineStartingWith(buf, GT, null, at + 1, last);
    }
    this.append(buf, segStart, end);
    this.prevBlank = blankEndingAt(last);
    if (end < buf.length) this.carry = ownCopy(buf.subarray(end));
    return out;
  }

  /** The messages still open at the end of the input (one, or none for an empty input). */
  end(): MboxMessage[] {
    const out: MboxMessage[] = [];
    const rest = this.carry && this.waiting.length ? concat([this.carry, ...this.waiting]) : this.carry;
    this.carry = null;
    this.waiting = [];
    if (rest) {
      // a separator on the last line, without a line end, ends the message before it and starts none:
      // nothing follows it (read as an empty message, it gave an 'empty message' error the library's
      // splitter, src/analyze-input.ts, did not give)
      if (!(this.prevBlank && startsWith(rest, 0, rest.length, FROM_) && isSeparatorLine(binaryString(rest)))) {
        this.append(rest, isQuotedFrom(rest, 0, rest.length) ? 1 : 0, rest.length);
      }
    }
    const done = this.finish();
    if (done) out.push(done);
    return out;
  }

  private append(buf: Uint8Array, start: number, end: number): void {
    if (!this.inMessage || end <= start) return;
    const room = this.cap - this.size;
    if (room <= 0) { this.truncated = true; return; }
    if (end - start > room) { end = start + room; this.truncated = true; }
    this.parts.push(buf.subarray(start, end));
    this.size += end - start;
  }

  private finish(): MboxMessage | null {
    if (!this.inMessage) return null;
    const msg: MboxMessage = { index: ++this.count, bytes: concat(this.parts, this.size), truncated: this.truncated };
    this.parts = [];
    this.size = 0;
    this.truncated = false;
    this.inMessage = false;
    return msg;
  }
}

/** Splits a stream of bytes (an mbox file, standard input, a program's stream) into messages, in order. */
export async function* readMbox(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<MboxMessage & { last: boolean }> {
  const splitter = new MboxSplitter();
  const encoder = new TextEncoder();
  let pending: MboxMessage | null = null;
  try {
    for await (const chunk of chunks) {
      for (const msg of splitter.push(typeof chunk === 'string' ? encoder.encode(chunk) : chunk)) {
        if (pending) yield { ...pending, last: false };
        pending = msg;
      }
    }
  } catch (error) {
    // the stream broke: the message held (whole: the next one's separator came) is given before the error
    if (pending) yield { ...pending, last: false };
    throw error;
  }
  for (const msg of splitter.end()) {
    if (pending) yield { ...pending, last: false };
    pending = msg;
  }
  if (pending) yield { ...pending, last: true };
}
