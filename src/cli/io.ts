// The streams and environment a command runs with: the process's own, or fakes in tests.
import { once } from 'node:events';

export interface OutStream {
  write(chunk: string): boolean;
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
  /** How long a job runs before the progress bar shows (default 1000 ms); for tests. */
  progressDelayMs?: number;
}

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
  };
}

/** Writes and waits when the stream's buffer is full, so a slow reader never makes us hold the output. */
export async function write(stream: OutStream, text: string): Promise<void> {
  if (!text) return;
  if (!stream.write(text)) await once(stream as unknown as NodeJS.EventEmitter, 'drain');
}
