// What a program that uses the library meets (the library audit): an mbox given to analyze(), bytes that
// are no e-mail given to analyzeMessage(), the library bundled to CommonJS, the words of a capped input,
// results stored without their evidence, the declared types under exactOptionalPropertyTypes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { mbox, plainMessage, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';

// dist/ must be built, as for library.test.ts
const root = fileURLToPath(new URL('..', import.meta.url));

test('smtp-explain/node bundled to CommonJS (esbuild --format=cjs, as for AWS Lambda) reads .gz and large files', async () => {
  const { build } = await import('esbuild');
  const dir = tempDir();
  writeFileSync(join(dir, 'entry.mjs'), `export { analyzePaths } from ${JSON.stringify(join(root, 'dist/lib/node.js'))};\n`);
  await build({ entryPoints: [join(dir, 'entry.mjs')], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'out.cjs'), logLevel: 'silent' });
  const { analyzePaths } = createRequire(import.meta.url)(join(dir, 'out.cjs')) as typeof import('../src/node.js');
  // past MAX_MESSAGE_BYTES (4 MB) an mbox is streamed through node:fs/promises
  const big = mbox([userUnknown('ana@example.com'), plainMessage(2) + `${'y'.repeat(76)}\n`.repeat(60_000)]);
  writeTree(dir, { 'bounce.eml.gz': gzipSync(userUnknown('bia@example.com')), 'big.mbox': big });
  const results = [];
  for await (const r of analyzePaths([join(dir, 'bounce.eml.gz'), join(dir, 'big.mbox')], { lang: 'en' })) results.push(r);
  assert.deepEqual(results.map((r) => [r.recipient, r.listAction, r.error]), [
    ['bia@example.com', 'remove', null], ['ana@example.com', 'remove', null], [null, 'not-bounce', null],
  ]);
});
