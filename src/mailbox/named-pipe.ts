// A named pipe given as an input (a FIFO, the shell's <(zcat mail.log.gz)), read so that a signal can
// always end the process. Node opens and reads files on libuv's thread pool, and at exit it waits for
// that pool's threads: an open() of a FIFO that no writer has opened yet, or a read() of a pipe whose
// writer is quiet (<(tail -f mail.log)), blocks such a thread, and then process.exit() itself never
// returns (a first SIGTERM or Ctrl-C was ignored). So the pipe is read as a socket is (net.Socket: the
// event loop polls it, no thread waits), and an open still waiting for a writer is released on a stop
// by opening the pipe's other end ourselves (without blocking) and closing it: the open returns, and
// the read that follows sees the end of the input.
import { closeSync, constants, open, openSync } from 'node:fs';
import { nodeBuiltin } from './node-builtin.js';

/** Paths of the named pipes whose open() waits for a writer. */
const opening = new Set<string | Buffer>();

/** The pipe at `path`, opened (as `cat` does, waiting for a writer) and read through the event loop. */
export async function openNamedPipe(path: string | Buffer): Promise<NodeJS.ReadableStream> {
  opening.add(path);
  let fd: number;
  try {
    fd = await new Promise<number>((resolve, reject) => open(path, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
  } finally {
    opening.delete(path);
  }
  // (node:net loaded only here: see node-builtin.ts)
  const { Socket } = nodeBuiltin('node:net');
  return new Socket({ fd, readable: true, writable: false });
}

/** Ends every open() of a named pipe still waiting for a writer (on a stop: see above). */
export function releaseNamedPipes(): void {
  for (const path of opening) {
    try {
      closeSync(openSync(path, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // the writer came meanwhile (or the pipe is gone): nothing waits any more
    }
  }
}
