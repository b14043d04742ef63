// zlib for the readers of .gz files and zip archives, loaded on first use (see node-builtin.ts).
import type { Transform } from 'node:stream';
import { nodeBuiltin } from './node-builtin.js';

let zlibModule: typeof import('node:zlib') | null = null;
let streamModule: typeof import('node:stream') | null = null;

export function zlib(): typeof import('node:zlib') {
  return (zlibModule ??= nodeBuiltin('node:zlib'));
}

/**
 * Chunks through one of zlib's transforms (gunzip, raw inflate). An error of either side ends the
 * reading with it; a reader that stops early closes both, and so the stream and file under `chunks`.
 */
export async function* throughZlib(chunks: AsyncIterable<Buffer | string>, transform: Transform): AsyncGenerator<Buffer> {
  streamModule ??= nodeBuiltin('node:stream');
  const source = streamModule.Readable.from(chunks);
  source.on('error', (error) => transform.destroy(error));
  try {
    yield* source.pipe(transform) as AsyncIterable<Buffer>;
  } finally {
    source.destroy();
    transform.destroy();
  }
}
