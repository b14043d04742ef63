// Loads a bundle of the command line with V8's code cache. Node 20 keeps no code cache for ES modules
// (module.enableCompileCache is Node 22), and compiling the CLI's code took ~20 ms of a ~120 ms run
// for one reply and more for a mailbox: the build (scripts/bundle-cli.mjs) makes each bundle a CommonJS
// file (dist/cli/NAME.cjs) plus a cache of its code compiled during a warm-up run (dist/cli/NAME.cache).
// A cache that V8 rejects (another Node version, other flags) only costs the compile it would have saved.
// V8 checks neither the cache's own bytes (a damaged cache is a fatal error) nor the source beyond its
// length, so each cache starts with a SHA-1 of the bundle's source and the cache's bytes, checked first.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** quick-explain: replies typed on the command line (quick-explain.ts); cli: everything else (run.ts). */
export type BundleName = 'quick-explain' | 'cli';
export type QuickModule = typeof import('./quick-explain.js');
export type CliModule = typeof import('./run.js');

export interface LoadedBundle<T> {
  module: T;
  /** What became of the code cache: damaged means it did not match its digest and was not used. */
  cache: 'used' | 'rejected' | 'damaged' | 'missing';
}

const DIGEST_BYTES = 20;

function digest(source: string, data: Uint8Array): Buffer {
  return createHash('sha1').update(source).update(data).digest();
}

function compile<T>(dir: string, name: BundleName): { script: Script; source: string; loaded: LoadedBundle<T> } {
  const file = join(dir, `${name}.cjs`);
  // the wrapper CommonJS gives a module, so that the bundle's own require() finds node's modules
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  let stored: Buffer | null = null;
  try {
    stored = readFileSync(join(dir, `${name}.cache`));
  } catch {
    stored = null;
  }
  const cachedData = stored && stored.length > DIGEST_BYTES ? stored.subarray(DIGEST_BYTES) : undefined;
  const intact = cachedData !== undefined && digest(source, cachedData).equals(stored!.subarray(0, DIGEST_BYTES));
  const script = new Script(source, { filename: file, cachedData: intact ? cachedData : undefined });
  const module = { exports: {} as T };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dir);
  const cache = stored === null ? 'missing' : !intact ? 'damaged' : script.cachedDataRejected ? 'rejected' : 'used';
  return { script, source, loaded: { module: module.exports, cache } };
}

/** The bundle NAME of `dir` (dist/cli). */
export function loadBundle<T>(dir: string, name: BundleName): LoadedBundle<T> {
  return compile<T>(dir, name).loaded;
}

/** Build step: compiles the bundle, runs `warmUp` (so that its functions are compiled too), writes the cache. */
export async function writeBundleCache<T>(dir: string, name: BundleName, warmUp: (module: T) => Promise<void>): Promise<number> {
  const { script, source, loaded } = compile<T>(dir, name);
  await warmUp(loaded.module);
  const data = script.createCachedData();
  writeFileSync(join(dir, `${name}.cache`), Buffer.concat([digest(source, data), data]));
  return data.length;
}
