#!/usr/bin/env node
// Build step (npm run bundle:cli): writes dist/cli/quick-explain.cache, V8's compiled code of the quick
// path's bundle (see src/cli/load-quick.ts), after explaining a few texts in every quick format and
// language so that the functions a run needs are compiled into it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli');
const { writeQuickCache } = createRequire(import.meta.url)(join(dir, 'load-quick.cjs'));

const sink = { write: () => true, isTTY: false, on() {}, once() {}, removeListener() {} };
const io = { stdout: sink, stderr: sink, stdin: process.stdin, env: { LANG: 'C' } };
const TEXTS = ['550', '5.1.1', '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown', '421 4.7.0 Try again later'];

const bytes = await writeQuickCache(dir, async ({ quickExplain }) => {
  for (const lang of ['pt-BR', 'en']) {
    for (const format of ['text', 'json', 'ndjson']) {
      if ((await quickExplain(['--lang', lang, '--format', format, ...TEXTS], io)) !== 0) throw new Error('the quick path did not take a plain text');
    }
  }
});
console.error(`quick-cache: ${bytes} bytes`);
