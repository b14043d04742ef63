// An NDR dragged out of Outlook is a .msg file (a Compound File Binary container, not MIME text): it is
// reported as unreadable with how to get its text, never as "not a bounce".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { isCompoundFile } from '../src/message/file-content.js';
import { runCli, tempDir } from './mailbox-helpers.js';

/** The [MS-CFB] header's signature and a few bytes of what follows: enough to be told apart. */
function compoundFile(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 0x03, 0, 0xfe, 0xff, 0x09, 0]);
  return bytes;
}

test('the Compound File signature is told apart from mail, and only it', () => {
  assert.equal(isCompoundFile(compoundFile()), true);
  assert.equal(isCompoundFile(compoundFile().subarray(0, 7)), false);
  assert.equal(isCompoundFile(new TextEncoder().encode('From: a@example.com\n\nhi')), false);
  const almost = compoundFile();
  almost[7] = 0;
  assert.equal(isCompoundFile(almost), false);
});

test('an Outlook .msg file is unreadable, with what to do instead, in both languages', async () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    const [r, more] = await analyze(compoundFile(), { lang, file: 'aviso.msg' });
    assert.equal(more, undefined);
    assert.equal(r!.error, CATALOGS[lang].ui.outlookFile.error);
    assert.equal(r!.advice, CATALOGS[lang].ui.outlookFile.advice);
    assert.equal(r!.file, 'aviso.msg');
    assert.equal(r!.bounce, false);
  }
});

test('the command line says what to do with a .msg file, and counts it as unreadable', async () => {
  const dir = tempDir();
  const file = join(dir, 'aviso.msg');
  writeFileSync(file, compoundFile());
  const r = await runCli(['--lang', 'en', file]);
  assert.equal(r.code, 1);
  assert.ok(r.stdout.includes(CATALOGS.en.ui.outlookFile.advice), r.stdout);
});

test('piped in on standard input, a .msg file (or any file that is no text) is told apart as a file is', async () => {
  const r = await runCli(['--lang', 'en', '--format', 'ndjson', '-'], { stdin: Buffer.from(compoundFile()) });
  assert.equal(r.code, 1);
  const [result] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error: string; advice: string });
  assert.deepEqual([result!.file, result!.error, result!.advice], ['<stdin>', CATALOGS.en.ui.outlookFile.error, CATALOGS.en.ui.outlookFile.advice]);
  // a reply piped in is still a text, without a file name
  const text = await runCli(['--lang', 'en', '--format', 'ndjson', '-'], { stdin: '550 5.1.1 <ana@example.com>: User unknown\n' });
  assert.equal((JSON.parse(text.stdout) as { file: string | null; reason: string }).file, null);
});
