// The input readers: mbox files, Maildir (cur/new), plain and mixed folders, stdin, texts, bad paths.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { nameText } from '../src/mailbox/fs-name.js';
import { inputBytes, readInputs } from '../src/mailbox/read-inputs.js';
import type { MailItem } from '../src/mailbox/types.js';
import { gzipOf, zipOf } from './archive-fixtures.js';
import { mbox, plainMessage, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';

function stdinOf(text: string): PassThrough {
  const s = new PassThrough();
  s.end(text);
  return s;
}

async function collect(args: string[], stdin = stdinOf('')): Promise<MailItem[]> {
  const out: MailItem[] = [];
  for await (const item of readInputs(args, stdin, { chunkBytes: 64 })) out.push(item);
  return out;
}

function describe(item: MailItem): string {
  if (item.kind === 'error') return `error:${item.scope}:${item.problem}:${item.file}`;
  if (item.kind === 'text') return `text:${item.text}`;
  if (item.kind === 'log-line') return `log-line:${item.file}`;
  if (item.kind === 'quiet-log') return `quiet-log:${item.file}:${item.deliveries}`;
  if (item.kind === 'esp-event') return `esp-event:${item.file}:${item.event.recipient}`;
  if (item.kind === 'quiet-events') return `quiet-events:${item.file}:${item.others}`;
  if (item.kind === 'empty-input') return `empty-input:${item.file}`;
  return `${item.container}:${item.file}`;
}

test('an mbox file yields its messages in order, each labelled path#n, with >From unquoted', async () => {
  const dir = tempDir();
  const path = join(dir, 'bounces');
  writeTree(dir, { bounces: mbox([userUnknown('ana@example.com', { bodyLine: 'From here on 10:00' }), plainMessage(2), userUnknown('caio@example.com')]) });
  const items = await collect([path]);
  assert.deepEqual(items.map(describe), [`mbox:${path}#1`, `mbox:${path}#2`, `mbox:${path}#3`]);
  const first = items[0] as MailItem & { kind: 'message' };
  const text = Buffer.from(first.bytes).toString('utf8');
  assert.match(text, /^From: Mail Delivery System/);
  assert.match(text, /\nFrom here on 10:00\n/, 'the quoted body line is unquoted');
  assert.doesNotMatch(text, /From MAILER-DAEMON Mon/, 'the separator line is not part of the message');
});

test('an mbox with a single message is labelled with the bare path', async () => {
  const dir = tempDir();
  writeTree(dir, { 'one.mbox': mbox([userUnknown('ana@example.com')]) });
  assert.deepEqual((await collect([join(dir, 'one.mbox')])).map(describe), [`mbox:${join(dir, 'one.mbox')}`]);
});

test('a corrupt message in the middle of an mbox is reported and the others still come', async () => {
  const dir = tempDir();
  const box = mbox([userUnknown('ana@example.com'), '\u0000\u0001garbage with no headers\n\nat all\n', userUnknown('bia@example.com')])
    + 'From MAILER-DAEMON Mon Jan  1 10:00:00 2024\n\n';
  writeTree(dir, { 'x.mbox': box });
  const p = join(dir, 'x.mbox');
  assert.deepEqual((await collect([p])).map(describe), [
    `mbox:${p}#1`, `error:message:no-headers:${p}#2`, `mbox:${p}#3`, `error:message:empty-message:${p}#4`,
  ]);
});

test('a Maildir: cur/ and new/ in name (delivery) order, tmp/ and hidden files skipped, Maildir++ folders after', async () => {
  const root = writeTree(tempDir(), {
    'cur/1700000002.M2P1.host:2,S': userUnknown('b@example.com'),
    'new/1700000001.M1P1.host': userUnknown('a@example.com'),
    'new/1700000003.M3P1.host': plainMessage(3),
    'tmp/1700000004.M4P1.host': userUnknown('in-progress@example.com'),
    'cur/.hidden': 'x',
    '.Sent/cur/1700000005.M5P1.host:2,S': plainMessage(5),
    '.Sent/new/.keep': '',
    'dovecot-uidlist': '3 V1 N4\n',
  });
  const items = await collect([root]);
  assert.deepEqual(items.map(describe), [
    `maildir:${join(root, 'new/1700000001.M1P1.host')}`,
    `maildir:${join(root, 'cur/1700000002.M2P1.host:2,S')}`,
    `maildir:${join(root, 'new/1700000003.M3P1.host')}`,
    `maildir:${join(root, '.Sent/cur/1700000005.M5P1.host:2,S')}`,
  ]);
});

test('a plain folder mixes .eml files, mbox files, text files and a Maildir, in name order; hidden files and Thunderbird\'s .msf indexes skipped', async () => {
  const root = writeTree(tempDir(), {
    'a.eml': userUnknown('a@example.com'),
    'b.mbox': mbox([userUnknown('b1@example.com'), userUnknown('b2@example.com')]),
    'c/inner.eml': plainMessage(1),
    'd-maildir/cur/1.M1.host:2,': userUnknown('d@example.com'),
    'd-maildir/new/.gitkeep': '',
    'e.txt': '550 5.1.1 <e@example.com>: Recipient address rejected: User unknown',
    '.DS_Store': 'junk',
    // Thunderbird's index of b.mbox: no mail
    'b.mbox.msf': '// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> // (f=iso-8859-1)\n',
  });
  symlinkSync(join(root, 'missing-target'), join(root, 'f-broken-link'));
  const items = await collect([root]);
  assert.deepEqual(items.map(describe), [
    `file:${join(root, 'a.eml')}`,
    `mbox:${join(root, 'b.mbox')}#1`,
    `mbox:${join(root, 'b.mbox')}#2`,
    `file:${join(root, 'c/inner.eml')}`,
    `maildir:${join(root, 'd-maildir/cur/1.M1.host:2,')}`,
    `file:${join(root, 'e.txt')}`,
    `error:path:unreadable-file:${join(root, 'f-broken-link')}`,
  ]);
});

test('Apple Mail\'s exported mailbox (a folder "X.mbox" with "mbox", "table_of_contents" and "Info.plist"): only the mbox is read', async () => {
  const dir = writeTree(tempDir(), {
    'Bounces.mbox/mbox': mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com')]),
    'Bounces.mbox/table_of_contents': Uint8Array.from([0, 0, 0, 1, 2, 3, 0, 0, 255]),
    'Bounces.mbox/Info.plist': '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict/></plist>\n',
  });
  assert.deepEqual((await collect([join(dir, 'Bounces.mbox')])).map((i) => describe(i).replace(dir, '')), [
    'mbox:/Bounces.mbox/mbox#1', 'mbox:/Bounces.mbox/mbox#2',
  ]);
});

test('links back up a folder, or twice to one folder, give each message once and end', { timeout: 10_000 }, async () => {
  const root = writeTree(tempDir(), {
    'a/one.eml': userUnknown('a@example.com'),
    'b/two.eml': userUnknown('b@example.com'),
  });
  // two links to the top in a/: followed blindly, 2^n paths until one is too long
  symlinkSync(root, join(root, 'a', 'up'));
  symlinkSync(root, join(root, 'a', 'up2'));
  symlinkSync(join(root, 'b'), join(root, 'c-same-as-b'));
  const items = await collect([root]);
  assert.deepEqual(items.map(describe), [`file:${join(root, 'a/one.eml')}`, `file:${join(root, 'b/two.eml')}`]);
});

test('texts, missing paths and a mix of arguments keep the order given', async () => {
  const root = writeTree(tempDir(), { 'x.eml': userUnknown('x@example.com') });
  const items = await collect(['550', join(root, 'x.eml'), 'missing/file.eml', '421 4.7.0 try later', 'nope.mbox']);
  assert.deepEqual(items.map(describe), [
    'text:550', `file:${join(root, 'x.eml')}`, 'error:path:not-found:missing/file.eml', 'text:421 4.7.0 try later', 'error:path:not-found:nope.mbox',
  ]);
});

test('stdin: an mbox is streamed message by message; anything else is one text', async () => {
  const box = mbox([userUnknown('a@example.com'), userUnknown('b@example.com')]);
  assert.deepEqual((await collect(['-'], stdinOf(box))).map(describe), ['mbox:<stdin>#1', 'mbox:<stdin>#2']);
  assert.deepEqual((await collect(['-'], stdinOf('550 5.1.1 user unknown\n'))).map(describe), ['text:550 5.1.1 user unknown\n']);
  const eml = await collect(['-'], stdinOf(userUnknown('c@example.com')));
  assert.equal(eml.length, 1);
  assert.equal(eml[0]!.kind, 'text');
});

test('stdin in many small chunks still detects the mbox', async () => {
  const s = new PassThrough();
  const box = mbox([userUnknown('a@example.com'), userUnknown('b@example.com'), userUnknown('c@example.com')]);
  const done = collect(['-'], s);
  for (let i = 0; i < box.length; i += 5) s.write(box.slice(i, i + 5));
  s.end();
  assert.deepEqual((await done).map(describe), ['mbox:<stdin>#1', 'mbox:<stdin>#2', 'mbox:<stdin>#3']);
});

test('files around the one-read size come whole and byte for byte, small mboxes split in memory too', async () => {
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (const size of [0, 1, 65535, 65536, 65537, 200000]) {
    const head = plainMessage(size);
    files[`m-${String(size).padStart(6, '0')}.eml`] = (head + '\n' + 'x'.repeat(size)).slice(0, Math.max(size, 1));
  }
  writeTree(dir, files);
  const items = await collect([dir]);
  assert.equal(items.length, 6);
  for (const item of items) {
    assert.equal(item.kind, 'message');
    if (item.kind !== 'message') continue;
    const name = item.file.split('/').pop()!;
    assert.equal(Buffer.from(item.bytes).toString('utf8'), files[name], name);
  }
});

test('a named pipe (the shell\'s <(zcat bounce.eml.gz)) is read as the file it stands for, under its name, gzip or not; a device is no file', { skip: process.platform === 'win32' }, async () => {
  const { spawnSync } = await import('node:child_process');
  const { createWriteStream } = await import('node:fs');
  const { gzipSync } = await import('node:zlib');
  const dir = tempDir();
  const fifo = join(dir, 'pipe');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const reading = collect([fifo]);
  const writer = createWriteStream(fifo);
  writer.end(gzipSync('550 5.1.1 <ana@example.com>: User unknown\n'));
  // (read as standard input was, it lost its name: a result with no file, and no closing line)
  assert.deepEqual((await reading).map(describe), [`file:${fifo}`]);
  const second = join(dir, 'pipe2');
  assert.equal(spawnSync('mkfifo', [second]).status, 0);
  const empty = collect([second]);
  createWriteStream(second).end('');
  assert.deepEqual((await empty).map(describe), [`empty-input:${second}`], 'a pipe that brought nothing is no error');
  assert.deepEqual((await collect(['/dev/null'])).map(describe), ['error:path:unreadable-file:/dev/null']);
});

/**
 * Writes `files` under `root` with their names' characters as Latin-1 bytes ("relatório" as
 * "relat\xf3rio", no UTF-8), as a folder copied from an old Windows machine holds them; a name ending
 * in "/" is a folder. Linux takes any bytes in a name.
 */
function writeLatin1Tree(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [rel, content] of Object.entries(files)) {
    const path = Buffer.concat([Buffer.from(`${root}/`), Buffer.from(rel, 'latin1')]);
    if (rel.endsWith('/')) mkdirSync(path, { recursive: true });
    else writeFileSync(path, content);
  }
}

const onLinux = { skip: process.platform !== 'linux' && 'names of any bytes are a Linux thing (APFS and NTFS keep Unicode)' };

test('a folder\'s entries whose names are no UTF-8 (Latin-1 from Windows) are opened by their bytes and shown decoded as Windows-1252, in name order', onLinux, async () => {
  const root = tempDir();
  const big = `${userUnknown('big@example.com')}\n${'x'.repeat(100_000)}\n`;
  writeLatin1Tree(root, {
    'a-relatório.eml': userUnknown('a@example.com'),
    'b-devoluções.mbox': mbox([userUnknown('b1@example.com'), userUnknown('b2@example.com')]),
    'c-grande-ç.eml': big,
    'd-é.eml.gz': gzipOf(userUnknown('d@example.com')),
    'e-pasta-ã/': '',
    'e-pasta-ã/dentro-ó.eml': userUnknown('e@example.com'),
    'e-pasta-ã/plain.eml': userUnknown('e2@example.com'),
    'f-arquivo-à.zip': zipOf([{ name: 'in.eml', data: userUnknown('f@example.com') }]),
  });
  writeTree(root, { 'g-utf8-ó.eml': userUnknown('g@example.com') });
  const items = await collect([root]);
  assert.deepEqual(items.map(describe), [
    `file:${join(root, 'a-relatório.eml')}`,
    `mbox:${join(root, 'b-devoluções.mbox')}#1`,
    `mbox:${join(root, 'b-devoluções.mbox')}#2`,
    `file:${join(root, 'c-grande-ç.eml')}`,
    `file:${join(root, 'd-é.eml.gz')}`,
    `file:${join(root, 'e-pasta-ã/dentro-ó.eml')}`,
    `file:${join(root, 'e-pasta-ã/plain.eml')}`,
    `file:${join(root, 'f-arquivo-à.zip/in.eml')}`,
    `file:${join(root, 'g-utf8-ó.eml')}`,
  ]);
  const big2 = items[3] as MailItem & { kind: 'message' };
  assert.equal(Buffer.from(big2.bytes).toString('utf8'), big, 'a file past the one-read size is read whole');
  // the progress bar's total counts them too
  const sizes = [userUnknown('a@example.com'), mbox([userUnknown('b1@example.com'), userUnknown('b2@example.com')]), big,
    gzipOf(userUnknown('d@example.com')), userUnknown('e@example.com'), userUnknown('e2@example.com'),
    zipOf([{ name: 'in.eml', data: userUnknown('f@example.com') }]), userUnknown('g@example.com')];
  assert.equal(await inputBytes([root]), sizes.reduce((n, x) => n + Buffer.byteLength(x), 0));
});

test('a Maildir whose message names, and a Maildir++ folder\'s name, are no UTF-8 is read whole, in name order', onLinux, async () => {
  const root = tempDir();
  writeLatin1Tree(root, {
    'cur/': '', 'new/': '', 'tmp/': '',
    'cur/1700000002.M2P1.relatório:2,S': userUnknown('b@example.com'),
    'new/1700000001.M1P1.relatório': userUnknown('a@example.com'),
    '.Devoluções/': '', '.Devoluções/cur/': '', '.Devoluções/new/': '',
    '.Devoluções/new/1700000003.M3P1.ç': userUnknown('c@example.com'),
  });
  assert.deepEqual((await collect([root])).map(describe), [
    `maildir:${join(root, 'new/1700000001.M1P1.relatório')}`,
    `maildir:${join(root, 'cur/1700000002.M2P1.relatório:2,S')}`,
    `maildir:${join(root, '.Devoluções/new/1700000003.M3P1.ç')}`,
  ]);
});

test('a name shown: UTF-8 as it is (U+FFFD itself too, whose file opens), else Windows-1252', onLinux, async () => {
  assert.equal(nameText(Buffer.from('relatório.eml')), 'relatório.eml');
  assert.equal(nameText(Buffer.from('relat\xf3rio \x96 c\xf3pia.eml', 'latin1')), 'relatório – cópia.eml');
  assert.equal(nameText(Buffer.from('a\uFFFDb')), 'a\uFFFDb');
  // a UTF-8 name holding U+FFFD beside a Latin-1 one: the folder is listed as bytes, both open
  const root = tempDir();
  writeTree(root, { 'a\uFFFD.eml': userUnknown('a@example.com') });
  writeLatin1Tree(root, { 'b\xf3.eml': userUnknown('b@example.com') });
  assert.deepEqual((await collect([root])).map(describe), [`file:${join(root, 'a\uFFFD.eml')}`, `file:${join(root, 'bó.eml')}`]);
});

test('an argument that came with U+FFFD for bytes that are no UTF-8 is read by the bytes argBytes gives for it, the nth time as the nth', onLinux, async () => {
  const root = tempDir();
  writeLatin1Tree(root, { 'relatório.eml': userUnknown('o@example.com'), 'relatário.eml': userUnknown('a@example.com') });
  const bytes = ['relatário.eml', 'relatório.eml', 'relatério.eml'].map((n) => Buffer.concat([Buffer.from(`${root}/`), Buffer.from(n, 'latin1')]));
  const typed = bytes[0]!.toString('utf8');
  const argBytes = (arg: string) => (arg === typed ? bytes : []);
  const items: MailItem[] = [];
  for await (const item of readInputs([typed, typed, typed], stdinOf(''), { argBytes })) items.push(item);
  assert.deepEqual(items.map(describe), [
    `file:${join(root, 'relatário.eml')}`, `file:${join(root, 'relatório.eml')}`, `error:path:not-found:${join(root, 'relatério.eml')}`,
  ]);
  assert.equal(await inputBytes([typed, typed], { argBytes }), Buffer.byteLength(userUnknown('o@example.com')) + Buffer.byteLength(userUnknown('a@example.com')));
});
