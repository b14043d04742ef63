// Loads a bundle of the command line with V8's code cache. Node 20 keeps no code cache for ES modules
// (module.enableCompileCache is Node 22), and compiling the CLI's code took ~20 ms of a ~120 ms run
// for one reply and more for a mailbox: the build (scripts/bundle-cli.mjs) makes each bundle a CommonJS
// file (dist/cli/NAME.cjs) plus a cache of its code compiled during a warm-up run (dist/cli/NAME.cache).
// A cache that V8 rejects (another Node version, other flags) only costs the compile it would have saved.
// V8 checks a cache's checksum only with --verify-snapshot-checksum (off in release builds, where a
// damaged cache is a fatal error): the flag is set here, before the cache is made and before it is read
// (it is part of the flags a cache must match). Hashing the cache ourselves took node:crypto, 15 ms.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { Locale } from '../types.js';

/**
 * quick-explain.pt-BR, quick-explain.en: replies typed on the command line (quick-explain.ts), with one
 * language's catalogs each; cli: everything else (run.ts).
 */
export type BundleName = `quick-explain.${Locale}` | 'cli';
export type QuickModule = typeof import('./quick-explain.js');
export type CliModule = typeof import('./run.js');

export interface LoadedBundle<T> {
  module: T;
  /** What became of the code cache (rejected: made by another Node version or damaged). */
  cache: 'used' | 'rejected' | 'missing';
}

let checksums = false;

function compile<T>(dir: string, name: BundleName): { script: Script; loaded: LoadedBundle<T> } {
  const file = join(dir, `${name}.cjs`);
  // the wrapper CommonJS gives a module, so that the bundle's own require() finds node's modules
  // the build makes the bundles ASCII (scripts/bundle-cli.mjs): read as Latin-1, a copy, not a UTF-8 decoding
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'latin1')}\n})`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(dir, `${name}.cache`));
  } catch {
    cachedData = undefined;
  }
  if (!checksums) {
    setFlagsFromString('--verify-snapshot-checksum');
    checksums = true;
  }
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dir);
  const cache = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  return { script, loaded: { module: module.exports, cache } };
}

/** The bundle NAME of `dir` (dist/cli). */
export function loadBundle<T>(dir: string, name: BundleName): LoadedBundle<T> {
  return compile<T>(dir, name).loaded;
}

/** Build step: compiles the bundle, runs `warmUp` (so that its functions are compiled too), writes the cache. */
export async function writeBundleCache<T>(dir: string, name: BundleName, warmUp: (module: T) => Promise<void>): Promise<number> {
  const { script, loaded } = compile<T>(dir, name);
  await warmUp(loaded.module);
  const data = script.createCachedData();
  writeFileSync(join(dir, `${name}.cache`), data);
  return data.length;
}
