#!/usr/bin/env node
// Build step of the library (npm run build), after tsc: dist/lib/, what package.json's "exports" load.
//   index.js   `smtp-explain` (browser-safe: no node: module)
//   node.js    `smtp-explain/node` (files and folders, node:fs)
//   chunk-*.js the engine both share, once
// One file per entry instead of tsc's ~230 modules: `await import('smtp-explain')` took 170 to 230 ms,
// most of it finding and compiling modules, and takes ~70 ms bundled. The types stay tsc's (dist/*.d.ts).
// Node loads these; a bundler loads tsc's modules (package.json's "module" condition, dist/*.js), since one
// shared chunk cannot be cut: with them and "sideEffects": false, importing matchLocale alone costs a few
// hundred bytes where the chunk cost 130 KB (test/library-contract.test.ts).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noteBundledPackages } from './third-party-notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'lib');
rmSync(out, { recursive: true, force: true });
const lib = await build({
  entryPoints: ['src/index.ts', 'src/node.ts'],
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  // neutral: the main entry must stay loadable by a browser's bundler; node: modules stay imports
  platform: 'neutral',
  mainFields: ['module', 'main'],
  external: ['node:*'],
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
});
// tsc's modules import postal-mime through src/message/postal-mime.ts: its tsc copy is replaced by a bundle
// of the package, so that a bundler taking tsc's modules needs no package installed beside smtp-explain
const postalMime = await build({
  entryPoints: ['src/message/postal-mime.ts'],
  outfile: join(root, 'dist', 'message', 'postal-mime.js'),
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  target: 'node20',
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
});
noteBundledPackages(root, 'dist/lib', [lib.metafile]);
noteBundledPackages(root, 'dist/message/postal-mime.js', [postalMime.metafile]);
