// Node's own modules that the readers of files load on first use: loading node:zlib, node:fs/promises
// or node:stream costs a short run ~1.5 ms each, node:net ~17 ms, and most runs need none of them.
// Taken with process.getBuiltinModule (Node 20.16 and later), which works however the code is bundled:
// createRequire(import.meta.url), used before, throws in a CommonJS bundle made of the library
// (esbuild --format=cjs, as AWS Lambda's functions are), where import.meta is empty, and every .gz or
// large file gave "cannot read the file (ERR_INVALID_ARG_VALUE)"; import() cannot be used either, since
// the CLI's bundles run as vm scripts, where import() needs a loader of its own. createRequire remains
// for an older Node 20.
import { createRequire } from 'node:module';

interface Builtins {
  'node:zlib': typeof import('node:zlib');
  'node:fs/promises': typeof import('node:fs/promises');
  'node:stream': typeof import('node:stream');
  'node:net': typeof import('node:net');
}

export function nodeBuiltin<K extends keyof Builtins>(id: K): Builtins[K] {
  const get = (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule;
  return (typeof get === 'function' ? get(id) : createRequire(import.meta.url)(id)) as Builtins[K];
}
