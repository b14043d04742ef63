// Loads the quick path (quick-explain.ts) with V8's code cache. Compiling its bundle took ~20 ms of a
// ~120 ms run, and Node 20 keeps no code cache for ES modules (module.enableCompileCache is Node 22):
// the build makes the quick path a CommonJS bundle (dist/cli/quick-explain.cjs) and a cache of its
// compiled code, made after a few warm-up runs (dist/cli/quick-explain.cache, scripts/quick-cache.mjs).
// A cache that V8 rejects (another Node version, other flags) only costs the compile it would have saved.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

export type QuickModule = typeof import('./quick-explain.js');

export interface LoadedQuick {
  module: QuickModule;
  /** What became of the code cache. */
  cache: 'used' | 'rejected' | 'missing';
}

const BUNDLE = 'quick-explain.cjs';
const CACHE = 'quick-explain.cache';

function compile(dir: string): { script: Script; loaded: LoadedQuick } {
  const file = join(dir, BUNDLE);
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(join(dir, CACHE));
  } catch {
    cachedData = undefined;
  }
  // the wrapper CommonJS gives a module, so that the bundle's own require() finds node's modules
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} as QuickModule };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dir);
  const cache = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';
  return { script, loaded: { module: module.exports, cache } };
}

/** The quick path's module, from the bundle in `dir` (dist/cli). */
export function loadQuick(dir: string): LoadedQuick {
  return compile(dir).loaded;
}

/** Build step: compiles the bundle, runs `warmUp` (so that its functions are compiled too), writes the cache. */
export async function writeQuickCache(dir: string, warmUp: (quick: QuickModule) => Promise<void>): Promise<number> {
  const { script, loaded } = compile(dir);
  await warmUp(loaded.module);
  const data = script.createCachedData();
  writeFileSync(join(dir, CACHE), data);
  return data.length;
}
