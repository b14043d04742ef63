// The streams and environment a command runs with: the process's own, or fakes in tests.
import { once } from 'node:events';
import { fstatSync } from 'node:fs';
import { isatty } from 'node:tty';

export interface OutStream {
  write(chunk: string | Uint8Array): boolean;
  isTTY?: boolean;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  once(event: string, listener: (...args: unknown[]) => void): unknown;
  removeListener(event: string, listener: (...args: unknown[]) => void): unknown;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: NodeJS.ReadableStream;
  env: NodeJS.ProcessEnv;
  /**
   * True when standard input is a pipe or a redirected file (`cat bounce.eml | smtp-explain`), read
   * when no input is named; absent means a terminal (tests' fakes).
   */
  stdinPiped?: () => boolean;
  /** How long a job runs before the progress bar shows (default 1000 ms); for tests. */
  progressDelayMs?: number;
  /**
   * Calls `handler` on the first SIGINT or SIGTERM, after which a second one ends the process as usual;
   * returns the function that stops listening. Absent in tests' fakes that do not interrupt.
   */
  onInterrupt?: (handler: (signal: InterruptSignal) => void) => () => void;
}

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

/** A subcommand: its arguments (after its name) and the streams -> exit code. */
export type Command = (argv: string[], io: CliIo) => Promise<number>;

/**
 * The process's streams and environment, each stream made on first use: making process.stdin alone
 * costs a short run a tenth of its start-up, and most runs never read it.
 */
export function lazyProcessIo(): CliIo {
  return {
    get stdout() { return process.stdout; },
    get stderr() { return process.stderr; },
    get stdin() { return process.stdin; },
    env: process.env,
    stdinPiped,
    onInterrupt,
  };
}

function onInterrupt(handler: (signal: InterruptSignal) => void): () => void {
  // once heard, no listener is left: Node's default for the next signal ends the process
  const off = (): void => {
    process.off('SIGINT', heard);
    process.off('SIGTERM', heard);
  };
  const heard = (signal: InterruptSignal): void => {
    off();
    handler(signal);
  };
  process.on('SIGINT', heard);
  process.on('SIGTERM', heard);
  return off;
}

/**
 * A pipe or a regular file on descriptor 0, asked of the file system without making process.stdin; or a
 * socket, which is what Node's child_process (execFile, spawn with `input`) and others give as a pipe: a
 * program that runs us that way writes the input there. (Like any filter, we then wait until it ends
 * its input.) A terminal is no input; /dev/null is an empty one.
 */
function stdinPiped(): boolean {
  try {
    const stat = fstatSync(0);
    if (stat.isFIFO() || stat.isFile() || stat.isSocket()) return true;
    // /dev/null (`< /dev/null`, a cron job's or a service's input): an empty input, as an empty pipe
    // is, not a usage error; a terminal is no input
    return stat.isCharacterDevice() && !isatty(0);
  } catch {
    return false; // descriptor 0 closed
  }
}

/** Writes and waits when the stream's buffer is full, so a slow reader never makes us hold the output. */
export async function write(stream: OutStream, chunk: string | Uint8Array): Promise<void> {
  if (!chunk.length) return;
  if (!stream.write(chunk)) await once(stream as unknown as NodeJS.EventEmitter, 'drain');
}

/** Bytes an OutBuffer gathers before it asks to be written (kept under malloc's mmap threshold). */
const OUT_BYTES = 1 << 16;
/** An OutBuffer is due once fewer bytes than this are free. */
const OUT_SLACK = 1 << 14;

/**
 * Output gathered as UTF-8 bytes, each piece encoded once when it is added. Text gathered with `+=`
 * is a rope that node flattens before it writes, in two bytes a character as soon as one piece holds
 * a letter past Latin-1, and then measures before it encodes (over the corpus x10 this took 6% of the
 * main thread's time and 2,000 page faults).
 */
export class OutBuffer {
  private bytes = Buffer.allocUnsafe(OUT_BYTES);
  private used = 0;
  /** Pieces that did not fit: written as text after the bytes, in order. */
  private readonly tail: string[] = [];

  constructor(private readonly stream: OutStream) {}

  /** True when something is gathered and not written yet. */
  get pending(): boolean {
    return this.used > 0 || this.tail.length > 0;
  }

  /** True once the buffer should be written. */
  get due(): boolean {
    return this.tail.length > 0 || this.used > OUT_BYTES - OUT_SLACK;
  }

  add(text: string): void {
    if (!text) return;
    // a UTF-16 code unit takes at most 3 bytes in UTF-8
    if (this.tail.length || text.length * 3 > OUT_BYTES - this.used) this.tail.push(text);
    else this.used += this.bytes.write(text, this.used);
  }

  /** Writes what is gathered, waiting when the stream asks to. */
  async flush(): Promise<void> {
    if (this.used) {
      const chunk = this.bytes.subarray(0, this.used);
      // the stream may keep the chunk until it is written: the next bytes go to a new buffer
      this.bytes = Buffer.allocUnsafe(OUT_BYTES);
      this.used = 0;
      await write(this.stream, chunk);
    }
    for (const text of this.tail.splice(0)) await write(this.stream, text);
  }
}
