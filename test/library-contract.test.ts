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
import { mailboxFull, mbox, plainMessage, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';
import { analyzeInput as engineAnalyzeInput } from '../src/analyze-input.js';

// resolved by package.json's "exports", as in library.test.ts: dist/ must be built
const entry = (name: string): Promise<unknown> => import(name);
const lib = (await entry('smtp-explain')) as typeof import('../src/index.js');
const root = fileURLToPath(new URL('..', import.meta.url));

const three = mbox([plainMessage(1), userUnknown('ana@example.com'), mailboxFull('bia@example.com')]);
const each = (rs: readonly import('../src/index.js').Result[]) => rs.map((r) => [r.file, r.recipient, r.listAction]);

test('analyze() and analyzeMessage() read every message of an mbox, as analyzeInput() does, not the first failure alone', async () => {
  const expected = [['#1', null, 'not-bounce'], ['#2', 'ana@example.com', 'remove'], ['#3', 'bia@example.com', 'retry']];
  assert.deepEqual(each(await lib.analyze(three, { lang: 'en' })), expected);
  assert.deepEqual(each(await lib.analyze(new TextEncoder().encode(three), { lang: 'en' })), expected);
  assert.deepEqual(each(await lib.analyzeMessage(three, { lang: 'en' })), expected);
  assert.deepEqual(each(await lib.analyze(three, { lang: 'en', file: 'box.mbox' })).map(([file]) => file), ['box.mbox#1', 'box.mbox#2', 'box.mbox#3']);
  assert.deepEqual(each((await lib.analyzeInput(three, { lang: 'en' })).results), expected);
  // analyze()'s own default: no cap, where analyzeInput() stops at 20,000; maxResults caps it as there
  const capped = await lib.analyze(three, { lang: 'en', maxResults: 1 });
  assert.equal(capped.length, 2);
  assert.equal(capped[1]!.listAction, 'error');
});

test('analyzeMessage() gives gzipped or binary bytes the error result analyze() gives, not "not a bounce"', async () => {
  const gz = gzipSync(userUnknown('ana@example.com'));
  const binary = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  for (const bytes of [gz, binary, new Uint8Array(0)]) {
    const [fromMessage, ...more] = await lib.analyzeMessage(bytes, { lang: 'en' });
    assert.equal(more.length, 0);
    assert.equal(fromMessage!.kind, 'error');
    assert.equal(fromMessage!.listAction, 'error');
    assert.deepEqual(fromMessage, (await lib.analyze(bytes, { lang: 'en' }))[0]);
  }
  // a bounce's own bytes are still one e-mail
  assert.deepEqual(each(await lib.analyzeMessage(Buffer.from(userUnknown('ana@example.com')), { lang: 'en' })), [[null, 'ana@example.com', 'remove']]);
});

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

test('a capped or unread input tells a program what to pass or call (maxResults, analyzePaths), not a request nor the command line', async () => {
  const capped = (await lib.analyzeInput(three, { lang: 'en', maxResults: 1 })).results.at(-1)!;
  assert.match(capped.error!, /maxResults is 1: pass a larger one, or Infinity/);
  assert.match(capped.advice, /maxResults: Infinity/);
  const pt = (await lib.analyzeInput(three, { maxResults: 1 })).results.at(-1)!;
  assert.match(pt.error!, /maxResults é 1/);
  // the API and the page (the engine, without the library's flag) still speak of the request
  assert.match((await engineAnalyzeInput(three, { lang: 'en', maxResults: 1 })).results.at(-1)!.error!, /one request gives at most 1\)/);
  // a .gz past MAX_UNPACKED_BYTES (32 MB) unpacked
  const bomb = gzipSync(Buffer.alloc(33 * 1024 * 1024, 0x41));
  const [tooLarge] = (await lib.analyzeInput(bomb, { lang: 'en' })).results;
  assert.match(tooLarge!.error!, /larger than 32 MB \(MAX_UNPACKED_BYTES\).*analyzePaths\(\) from smtp-explain\/node/);
  assert.doesNotMatch(tooLarge!.error!, /command line/);
});

test('mailboxReport() names a result that is none, and reads results stored without their evidence', () => {
  assert.throws(() => lib.mailboxReport([null] as never, { messages: 1, lang: 'en' }), /^TypeError: smtp-explain mailboxReport\(\): results\[0\] is a result .*not null$/);
  assert.throws(() => lib.mailboxReport([{ evidence: 'x' }] as never, { messages: 1, lang: 'en' }), /results\[0\]\.evidence is an array/);
  assert.doesNotThrow(() => lib.mailboxReport([{}] as never, { messages: 1, lang: 'en' }));
  const results = [lib.explainText('550 5.1.1 <ana@example.com>: User unknown', { lang: 'en' })];
  const stored = results.map(({ evidence: _, ...kept }) => kept);
  assert.deepEqual(lib.mailboxReport(stored as never, { messages: 1, lang: 'en' }), lib.mailboxReport(results, { messages: 1, lang: 'en' }));
  assert.deepEqual(lib.mailboxReport(stored as never, { messages: 1, lang: 'en' }).removeAll, ['ana@example.com']);
});

test('mailboxReport() takes its options as an object { messages, lang, deliveries }, checked as the other functions\' (the positional form still taken)', async () => {
  const read = await lib.analyzeInput(three, { lang: 'en' });
  const deliveries = { delivered: 2, failed: 1, deferred: 0 };
  const report = lib.mailboxReport(read.results, { messages: read.messages, lang: 'en', deliveries });
  assert.deepEqual([report.messages, report.removeAll, report.deliveries?.delivered], [3, ['ana@example.com'], 2]);
  assert.deepEqual(report, lib.mailboxReport(read.results, read.messages, 'en', deliveries));
  // pt-BR by default; an option given as undefined is one left out
  assert.deepEqual(lib.mailboxReport(read.results, { messages: 3 }), lib.mailboxReport(read.results, { messages: 3, lang: 'pt-BR', deliveries: undefined }));
  assert.equal(lib.mailboxReport(read.results, { messages: 3, lang: 'en-GB' }).deliveries, null);
  assert.throws(() => lib.mailboxReport(read.results, undefined as never), /^TypeError: smtp-explain mailboxReport\(\): messages is the number of messages read \(analyzeInput gives it\), a number, not absent$/);
  assert.throws(() => lib.mailboxReport(read.results, 'en' as never), /^TypeError: smtp-explain mailboxReport\(\): options is an object/);
  assert.throws(() => lib.mailboxReport(read.results, { messages: 1.5 }), /^RangeError: smtp-explain mailboxReport\(\): messages is .*a whole number from 0 up, not number 1.5$/);
  assert.throws(() => lib.mailboxReport(read.results, { messages: 3, lang: 'fr' }), /^RangeError: smtp-explain mailboxReport\(\): lang is/);
  assert.throws(() => lib.mailboxReport(read.results, { messages: 3, deliveries: { delivered: 1 } as never }), /^TypeError: smtp-explain mailboxReport\(\): deliveries is \{ delivered, failed, deferred \}/);
});

test('an empty input is the same error named or not; a parsed webhook body is told to be given as its text; "a Uint8Array"', async () => {
  const unnamed = await lib.analyzeInput('', { lang: 'en' });
  const named = await lib.analyzeInputs([{ name: 'f.txt', input: '' }], { lang: 'en' });
  for (const read of [unnamed, named]) {
    assert.equal(read.unread, 1);
    assert.deepEqual(read.results.map((r) => [r.kind, r.listAction]), [['error', 'error']]);
  }
  assert.equal(unnamed.results[0]!.error, 'the text is empty');
  assert.equal(named.results[0]!.error, 'the file is empty');
  assert.equal((await lib.analyze('  \n', { lang: 'en' }))[0]!.error, 'the text is empty');
  await assert.rejects(lib.analyze([{ event: 'bounce', email: 'ana@example.com' }] as never), /not an array: a webhook's JSON is given as its text, the raw body \(or JSON\.stringify\(body\)\)/);
  await assert.rejects(lib.analyze({ Type: 'Notification' } as never), /not an Object: a webhook's JSON/);
  await assert.rejects(lib.analyze(new Map() as never), /not a Map$/);
  assert.throws(() => lib.explainText(new Uint8Array(1) as never), /not a Uint8Array$/);
});

test('the declared types take what the functions take (ArrayBuffer, an option given as undefined) and name what they give', async () => {
  const ts = (await import('typescript')).default;
  const dir = tempDir();
  const file = join(dir, 'usage.mts');
  writeFileSync(file, `
import { analyze, analyzeInputs, hasError, mailboxReport, type AliveWhy, type InboundRefusal, type OwnNotice, type AnalyzeOptions, type Result } from ${JSON.stringify(join(root, 'src/index.js'))};
const options: AnalyzeOptions = { lang: undefined, file: undefined, maxResults: undefined };
const results: Result[] = await analyze(new ArrayBuffer(8), options);
await analyzeInputs([{ name: 'a.eml', input: new ArrayBuffer(8) }], { lang: undefined });
for (const r of results) if (hasError(r)) { const why: string = r.error; void why; }
const why: AliveWhy | undefined = mailboxReport(results, { messages: 1 }).check[0]?.why;
const own: OwnNotice | null = null; const inbound: InboundRefusal | null = null;
void why; void own; void inbound;
`);
  const program = ts.createProgram([file], {
    strict: true, exactOptionalPropertyTypes: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
  });
  const errors = ts.getPreEmitDiagnostics(program).filter((d) => d.file?.fileName === file);
  assert.deepEqual(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), []);
});

test('a bundler given smtp-explain keeps what is imported: matchLocale() alone is a few hundred bytes, not the engine and both catalogs', async () => {
  const { build } = await import('esbuild');
  // the package imported by its name, as an application's bundler resolves it (esbuild --bundle --platform=browser --minify)
  const bundle = async (code: string, format: 'esm' | 'cjs' = 'esm') => {
    const out = await build({
      stdin: { contents: code, resolveDir: root, loader: 'js' }, bundle: true, platform: 'browser', format, minify: true,
      write: false, metafile: true, logLevel: 'silent',
    });
    const kept = Object.values(out.metafile.outputs)[0]!.inputs;
    return { text: out.outputFiles[0]!.text, inputs: Object.keys(kept).filter((f) => kept[f]!.bytesInOutput > 0) };
  };
  const match = await bundle(`import { matchLocale } from 'smtp-explain'; console.log(matchLocale('en-US'));`);
  assert.ok(match.text.length < 2048, `${match.text.length} bytes`);
  assert.deepEqual(match.inputs.filter((f) => f.includes('i18n/') && !f.endsWith('match-locale.js')), []);
  // the modules a bundler gets give what the Node bundle gives
  const dir = tempDir();
  const full = await bundle(`export { analyze, explainText, mailboxReport, describeCode } from 'smtp-explain';`, 'cjs');
  writeFileSync(join(dir, 'full.cjs'), full.text);
  const bundled = createRequire(import.meta.url)(join(dir, 'full.cjs')) as typeof lib;
  const reply = '550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown';
  for (const lang of ['en', 'pt-BR'] as const) {
    assert.deepEqual(bundled.explainText(reply, { lang }), lib.explainText(reply, { lang }));
    assert.deepEqual(bundled.describeCode('5.7.1', lang), lib.describeCode('5.7.1', lang));
    const results = await bundled.analyze(three, { lang });
    assert.deepEqual(results, await lib.analyze(three, { lang }));
    assert.deepEqual(bundled.mailboxReport(results, { messages: 3, lang }), lib.mailboxReport(results, { messages: 3, lang }));
  }
});
