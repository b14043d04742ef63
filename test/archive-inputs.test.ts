// Zip and tar archives as inputs: the command line streams them (each file read as a file of its own,
// named "export.zip/folder/file.eml"), the library, the API and the page open them in memory. A file
// that cannot be unpacked gets an error of its own; the rest are read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { analyzeInput } from '../src/analyze-input.js';
import { MAX_UNPACKED_BYTES } from '../src/archive/gunzip.js';
import { MAX_MESSAGE_BYTES } from '../src/message/limits.js';
import { readInputs } from '../src/mailbox/read-inputs.js';
import type { MailItem } from '../src/mailbox/types.js';
import { REPORTS } from '../src/report/catalog.js';
import { gzipOf, tarOf, zipOf } from './archive-fixtures.js';
import { mailboxFull, mbox, runCli, tempDir, userUnknown } from './mailbox-helpers.js';

const LOG = 'Nov 28 10:00:00 mail postfix/smtp[1]: 4ABC: to=<log@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n';

/** An export as a newsletter sender would zip it: folders, an mbox, a rotated log, and what macOS adds. */
function export_(): Buffer {
  return zipOf([
    { name: 'bounces/', data: '' },
    { name: 'bounces/a.eml', data: userUnknown('ana@example.com') },
    { name: 'bounces/.DS_Store', data: 'junk' },
    { name: '__MACOSX/bounces/._a.eml', data: 'resource fork' },
    { name: 'Bounces.mbox', data: mbox([userUnknown('bia@example.com'), mailboxFull('caio@example.com')]), method: 0 },
    { name: 'mail.log.2.gz', data: gzipOf(LOG) },
    { name: 'locked.eml', data: userUnknown('x@example.com'), encrypted: true },
    { name: 'odd.eml', data: userUnknown('y@example.com'), method: 12 },
  ]);
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

async function collect(args: string[], stdin: string | Buffer = ''): Promise<MailItem[]> {
  const s = new PassThrough();
  s.end(stdin);
  const out: MailItem[] = [];
  for await (const item of readInputs(args, s, { chunkBytes: 64 })) out.push(item);
  return out;
}

/** Each item as "kind:file", errors with their problem; a path's own directory left out. */
function describe(items: MailItem[], dir: string): string[] {
  return items.map((item) => {
    const file = (item.file ?? '').replace(dir, '');
    return item.kind === 'error' ? `error:${item.scope}:${item.problem}:${file}` : item.kind === 'message' ? `${item.container}:${file}` : `${item.kind}:${file}`;
  });
}

test('command line: a zip\'s files in its order, each read as a file on its own; what cannot be unpacked says why', async () => {
  const path = write('export.zip', export_());
  const dir = join(path, '..');
  const items = await collect([path]);
  assert.deepEqual(describe(items, dir), [
    'file:/export.zip/bounces/a.eml',
    'mbox:/export.zip/Bounces.mbox#1',
    'mbox:/export.zip/Bounces.mbox#2',
    'log-line:/export.zip/mail.log.2.gz:1',
    'error:message:archive-encrypted:/export.zip/locked.eml',
    'error:message:archive-method:/export.zip/odd.eml',
  ]);
  const first = items[0] as MailItem & { kind: 'message' };
  assert.equal(Buffer.from(first.bytes).toString(), userUnknown('ana@example.com'));
  assert.equal((items[5] as { detail: string }).detail, 'bzip2');
});

test('command line: large files inside a zip are streamed (stored and deflated), a zip bomb is cut at the message cap', async () => {
  // 400 messages of random text: far past the one-call size, deflated and stored
  const messages = Array.from({ length: 400 }, (_, i) => userUnknown(`u${i}@example.com`, { bodyLine: randomBytes(300).toString('base64') }));
  const path = write('big.zip', zipOf([
    { name: 'big.mbox', data: mbox(messages) },
    { name: 'stored.mbox', data: mbox(messages.slice(0, 50)), method: 0 },
    // 40 MB of one letter packs into ~40 KB: unpacked in one call it would pass the cap
    { name: 'bomb.eml', data: `From: a@example.com\nSubject: x\n\n${'a'.repeat(40 * 1024 * 1024)}`, declaredSize: 100 },
  ]));
  const items = await collect([path]);
  assert.equal(items.filter((i) => i.kind === 'message' && i.file.includes('/big.mbox#')).length, 400);
  assert.equal(items.filter((i) => i.kind === 'message' && i.file.includes('/stored.mbox#')).length, 50);
  const bomb = items.at(-1) as MailItem & { kind: 'message' };
  assert.match(bomb.file, /bomb\.eml$/);
  assert.equal(bomb.truncated, true);
  assert.ok(bomb.bytes.length <= MAX_MESSAGE_BYTES);
});

test('command line: a .tgz and a .tar, read from their start; a zip inside a tar; an mbox without its end blocks', async () => {
  const tar = tarOf([
    { name: 'saved', type: '5' },
    { name: 'saved/one.eml', data: userUnknown('ana@example.com') },
    { name: 'saved/link', type: '2' },
    { name: 'saved/inner.zip', data: zipOf([{ name: 'two.eml', data: userUnknown('bia@example.com') }]) },
    { name: 'saved/box', data: mbox([userUnknown('caio@example.com'), userUnknown('davi@example.com')]) },
  ]);
  for (const [name, bytes] of [['saved.tgz', gzipOf(tar)], ['saved.tar', tar], ['cut.tar', tar.subarray(0, tar.length - 1024)]] as const) {
    const path = write(name, bytes);
    assert.deepEqual(describe(await collect([path]), join(path, '..')), [
      `file:/${name}/saved/one.eml`,
      `file:/${name}/saved/inner.zip/two.eml`,
      `mbox:/${name}/saved/box#1`,
      `mbox:/${name}/saved/box#2`,
    ], name);
  }
});

test('command line: a tar entry named in Latin-1 (tar keeps a name\'s bytes as the disk had them) is named as Windows-1252 reads it, not with U+FFFD', async () => {
  const latin1 = (name: string) => Buffer.from(name, 'latin1');
  const path = write('relatorios.tar', tarOf([
    { name: latin1('relatório \x96 cópia.eml'), data: userUnknown('ana@example.com') },
    { name: 'utf8-ó.eml', data: userUnknown('bia@example.com') },
  ]));
  assert.deepEqual(describe(await collect([path]), join(path, '..')), ['file:/relatorios.tar/relatório – cópia.eml', 'file:/relatorios.tar/utf8-ó.eml']);
});

test('command line: damaged, empty and too deeply nested archives, and a zip on standard input', async () => {
  const good = zipOf([{ name: 'a.eml', data: userUnknown('ana@example.com') }, { name: 'b.eml', data: userUnknown('bia@example.com') }]);
  const cut = write('cut.zip', good.subarray(0, good.length - 40));
  const empty = write('empty.zip', zipOf([{ name: 'folder/', data: '' }, { name: '.hidden', data: 'x' }]));
  const deep = write('deep.zip', zipOf([{ name: 'l1.zip', data: zipOf([{ name: 'l2.tgz', data: gzipOf(tarOf([{ name: 'x.eml', data: userUnknown('x@example.com') }])) }]) }]));
  const broken = Buffer.from(tarOf([{ name: 'a.eml', data: userUnknown('ana@example.com') }, { name: 'b.eml', data: 'x' }]));
  const second = 512 + Math.ceil(Buffer.byteLength(userUnknown('ana@example.com')) / 512) * 512;
  broken.write('7', second + 148); // a digit of the second header's checksum
  const badTar = write('bad.tar', broken);
  const items = await collect([cut, empty, deep, badTar, '-'], good);
  assert.deepEqual(items.map((i) => (i.kind === 'error' ? `error:${i.scope}:${i.problem}` : `${i.kind}:${i.file?.replace(/^.*\//, '')}`)), [
    'error:path:archive-damaged',
    'error:path:archive-empty',
    'error:message:archive-nested',
    'message:a.eml',
    'error:message:archive-damaged',
    'message:a.eml',
    'message:b.eml',
  ]);
  assert.match(items[2]!.file!, /deep\.zip\/l1\.zip\/l2\.tgz$/);
});

test('library: analyzeInput opens a zip in memory, names each result by its path, counts the messages and reports progress', async () => {
  const progress: string[] = [];
  const done = await analyzeInput(export_(), { lang: 'en', file: 'export.zip', onMessage: (d, t, unit) => { progress.push(`${d}/${t} ${unit ?? 'messages'}`); } });
  assert.deepEqual(done.results.map((r) => [r.file, r.error === null ? `${r.recipient} ${r.reason}` : r.error]), [
    ['export.zip/bounces/a.eml', 'ana@example.com userunknown'],
    ['export.zip/Bounces.mbox#1', 'bia@example.com userunknown'],
    ['export.zip/Bounces.mbox#2', 'caio@example.com mailboxfull'],
    ['export.zip/mail.log.2.gz:1', 'log@example.org userunknown'],
    ['export.zip/locked.eml', REPORTS.en.problem['archive-encrypted']('')],
    ['export.zip/odd.eml', REPORTS.en.problem['archive-method']('bzip2')],
  ]);
  assert.equal(done.messages, 6);
  // one step per file of the archive (the mbox's own steps come between)
  assert.deepEqual(progress.filter((p) => p.endsWith(' files')), ['1/5 files', '2/5 files', '3/5 files', '4/5 files', '5/5 files']);
});

test('library: a .tgz and a tar in memory; nested too deep, damaged, empty, and a file past the unpacking cap each get an error result', async () => {
  const tar = tarOf([{ name: 'a.eml', data: userUnknown('ana@example.com') }, { name: 'box', data: mbox([userUnknown('bia@example.com'), userUnknown('caio@example.com')]) }]);
  for (const bytes of [tar, gzipOf(tar)]) {
    const done = await analyzeInput(bytes, { lang: 'en', file: 'saved.tgz' });
    assert.deepEqual(done.results.map((r) => `${r.file} ${r.recipient}`), ['saved.tgz/a.eml ana@example.com', 'saved.tgz/box#1 bia@example.com', 'saved.tgz/box#2 caio@example.com']);
    assert.equal(done.messages, 3);
  }
  const deep = zipOf([{ name: 'l1.tar', data: tarOf([{ name: 'l2.zip', data: zipOf([{ name: 'x.eml', data: 'x' }]) }]) }]);
  const big = zipOf([{ name: 'huge.mbox', data: 'x', declaredSize: MAX_UNPACKED_BYTES + 1 }]);
  const cut = zipOf([{ name: 'a.eml', data: 'x' }]).subarray(0, 40);
  const empty = tarOf([{ name: 'folder', type: '5' }]);
  const errors = [];
  for (const bytes of [deep, big, cut, empty]) errors.push(...(await analyzeInput(bytes, { lang: 'pt-BR', file: 'in' })).results.map((r) => `${r.file}: ${r.error}`));
  const words = REPORTS['pt-BR'].problem;
  assert.deepEqual(errors, [
    `in/l1.tar/l2.zip: ${words['archive-nested']('')}`,
    `in/huge.mbox: ${words['archive-too-large'](String(MAX_UNPACKED_BYTES / 1024 / 1024))}`,
    `in: ${words['archive-damaged']('no end of central directory record')}`,
    `in: ${words['archive-empty']('')}`,
  ]);
});

test('command line: a zip gives results named by their path, and exit code 1 when one of its files could not be read', async () => {
  const path = write('export.zip', export_());
  const out = await runCli(['--format', 'ndjson', '--lang', 'en', path]);
  assert.equal(out.code, 1);
  const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; recipient: string; error?: string });
  assert.deepEqual(rows.map((r) => r.file.replace(join(path, '..'), '')), [
    '/export.zip/bounces/a.eml', '/export.zip/Bounces.mbox#1', '/export.zip/Bounces.mbox#2', '/export.zip/mail.log.2.gz:1',
    '/export.zip/locked.eml', '/export.zip/odd.eml',
  ]);
  assert.match(rows[4]!.error!, /password/);
});

test('library: an archive held in memory unpacks to MAX_ARCHIVE_UNPACKED_BYTES at most, its nested archives and .gz files counted in (a zip of zip bombs)', async () => {
  const { MAX_ARCHIVE_UNPACKED_BYTES } = await import('../src/archive/archive-entries.js');
  // each file unpacks to 30 MB of one letter from ~30 KB: the whole zip to far past the budget
  const bomb = `From: a@example.com\nSubject: x\n\n${'a'.repeat(30 * 1024 * 1024)}`;
  const count = Math.ceil(MAX_ARCHIVE_UNPACKED_BYTES / (30 * 1024 * 1024)) + 3;
  const names = Array.from({ length: count }, (_, i) => `bomb${i}.eml`);
  const flat = zipOf(names.map((name) => ({ name, data: bomb })));
  const nested = zipOf([{ name: 'inner.zip', data: zipOf(names.slice(0, 3).map((name) => ({ name, data: bomb }))) },
    ...names.slice(3).map((name) => ({ name: `${name}.gz`, data: gzipOf(bomb), method: 0 }))]);
  for (const [what, bytes] of [['flat', flat], ['nested', nested]] as const) {
    assert.ok(bytes.length < 2 * 1024 * 1024, what);
    const done = await analyzeInput(bytes, { lang: 'en', file: 'bombs.zip' });
    const last = done.results.at(-1)!;
    assert.equal(last.error, REPORTS.en.problem['archive-total'](String(MAX_ARCHIVE_UNPACKED_BYTES / 1024 / 1024)), what);
    assert.ok(done.results.length < count, what);
    assert.equal(done.results.filter((r) => r.error === last.error).length, 1, `${what}: said once`);
  }
  // a damaged file once most of the budget is spent is a damaged file, and the files after it are read
  const { bytesAccess, readZipDirectory, zipDataOffset } = await import('../src/archive/zip.js');
  const mostly = zipOf([...names.slice(0, 4).map((name) => ({ name, data: bomb })), { name: 'x.eml', data: `From: a@example.com\n\n${'z'.repeat(5000)}` },
    { name: 'last.eml', data: userUnknown('ana@example.com') }]);
  const dir = readZipDirectory(bytesAccess(mostly)) as { entries: import('../src/archive/zip.js').ZipEntry[] };
  mostly.fill(0xff, zipDataOffset(bytesAccess(mostly), dir.entries[4]!)!, zipDataOffset(bytesAccess(mostly), dir.entries[4]!)! + 8);
  const tail = (await analyzeInput(mostly, { lang: 'en', file: 'm.zip' })).results.slice(-2);
  assert.deepEqual(tail.map((r) => [r.file, r.error ?? r.recipient]), [
    ['m.zip/x.eml', REPORTS.en.problem['archive-entry-damaged']('data')],
    ['m.zip/last.eml', 'ana@example.com'],
  ]);
});

test('hostile and odd zips, on both paths: overlapping entries (a zip bomb) read once, a wrapped entry count, links, documents, "\\\\" between folders', async () => {
  const bounce = userUnknown('ana@example.com');
  const cases: Array<[string, Buffer, string[]]> = [
    // one local header, 200 directory entries pointing at it: the first is read, the others are not unpacked again
    ['bomb.zip', zipOf([{ name: 'k000.eml', data: bounce }, ...Array.from({ length: 200 }, (_, i) => ({ name: `k${String(i + 1).padStart(3, '0')}.eml`, sameAs: 0 }))]),
      ['k000.eml ok', ...Array.from({ length: 200 }, (_, i) => `k${String(i + 1).padStart(3, '0')}.eml archive-entry-damaged`)]],
    // 3 files, the end record says 1 (a writer without ZIP64 wraps the count past 65,535)
    ['wrapped.zip', zipOf(['a', 'b', 'c'].map((n) => ({ name: `${n}.eml`, data: bounce })), { count: 1 }), ['a.eml ok', 'b.eml ok', 'c.eml ok']],
    ['links.zip', zipOf([{ name: 'link.eml', data: '/etc/passwd', unixMode: 0o120777 }, { name: 'a.eml', data: bounce, unixMode: 0o100644 }]), ['a.eml ok']],
    ['report.docx', zipOf([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w:document/>' }]), [' archive-document']],
    ['windows.zip', zipOf([{ name: 'Bounces\\', data: '' }, { name: 'Bounces\\a.eml', data: bounce }]), ['Bounces/a.eml ok']],
  ];
  for (const [name, bytes, want] of cases) {
    const path = write(name, bytes);
    const problem = (file: string, what: string) => `${file.slice(file.indexOf(name) + name.length + 1)} ${what}`;
    const streamed = (await collect([path])).map((i) => problem(i.file!, i.kind === 'error' ? i.problem : 'ok'));
    assert.deepEqual(streamed, want, `${name} streamed`);
    const words = REPORTS.en.problem;
    const inMemory = (await analyzeInput(bytes, { lang: 'en', file: name })).results.map((r) => {
      const what = r.error === null ? 'ok' : (Object.keys(words) as (keyof typeof words)[]).find((k) => r.error!.startsWith(words[k]('').slice(0, 25)))!;
      return problem(r.file!, what);
    });
    assert.deepEqual(inMemory, want, `${name} in memory`);
  }
});

test('command line: a gzip file inside a tar is unpacked whatever the chunks its bytes come in; the files of damaged archives are closed', async () => {
  const { Readable } = await import('node:stream');
  const tar = tarOf([{ name: 'mail.log.2.gz', data: gzipOf(LOG) }]);
  for (const cut of [512, 513, 514]) {
    const stdin = Readable.from([tar.subarray(0, cut), tar.subarray(cut)]);
    const items: MailItem[] = [];
    for await (const item of readInputs(['-'], stdin)) items.push(item);
    assert.deepEqual(items.map((i) => `${i.kind} ${i.file}`), ['log-line <stdin>/mail.log.2.gz:1'], `cut at ${cut}`);
  }
  if (process.platform !== 'linux') return;
  const { readdirSync, readlinkSync } = await import('node:fs');
  const broken = Buffer.from(tarOf([{ name: 'a.eml', data: userUnknown('ana@example.com') }, { name: 'b.eml', data: 'x' }, { name: 'c.eml', data: 'y'.repeat(1 << 20) }]));
  broken.write('x', 512 + Math.ceil(Buffer.byteLength(userUnknown('ana@example.com')) / 512) * 512 + 148);
  const paths = [write('damaged.tar', broken), write('damaged.tgz', gzipOf(broken))];
  await collect(paths);
  // (a stream closes its file a turn or two after it is destroyed; one left for the garbage collector never does)
  await new Promise((resolve) => setTimeout(resolve, 200));
  const open = readdirSync('/proc/self/fd').map((fd) => { try { return readlinkSync(`/proc/self/fd/${fd}`); } catch { return ''; } });
  assert.deepEqual(open.filter((p) => paths.includes(p)), []);
});

test('command line: progress counts a zip\'s bytes up to its size, whatever it holds', async () => {
  const path = write('mixed.zip', zipOf([{ name: 'd/', data: '' }, { name: 'a.eml', data: userUnknown('ana@example.com') }, { name: '.hidden', data: 'x' },
    { name: 'big.mbox', data: mbox(Array.from({ length: 300 }, (_, i) => userUnknown(`u${i}@example.com`, { bodyLine: randomBytes(200).toString('hex') }))) }]));
  let counted = 0;
  const s = new PassThrough();
  s.end();
  for await (const item of readInputs([path], s, { onBytes: (n) => { counted += n; } })) void item;
  const { statSync } = await import('node:fs');
  assert.equal(counted, statSync(path).size);
});

test('a Google Takeout export: its index page is left out; every result of an archive in memory says what to do with it', async () => {
  const zip = zipOf([
    { name: 'Takeout/archive_browser.html', data: '<!DOCTYPE html><html><body>Your data: Mail, filtered messages included</body></html>' },
    { name: 'Takeout/Mail/Todos os e-mails.mbox', data: mbox([userUnknown('ana@example.com')]) },
    { name: 'Takeout/Mail/locked.mbox', data: 'x', encrypted: true },
  ]);
  assert.deepEqual(describe(await collect([write('takeout.zip', zip)]), '').map((d) => d.replace(/^.*takeout\.zip\//, '')),
    ['Takeout/Mail/Todos os e-mails.mbox', 'Takeout/Mail/locked.mbox']);
  const done = await analyzeInput(zip, { lang: 'pt-BR', file: 'takeout.zip' });
  assert.deepEqual(done.results.map((r) => [r.file, r.listAction]), [
    ['takeout.zip/Takeout/Mail/Todos os e-mails.mbox', 'remove'],
    ['takeout.zip/Takeout/Mail/locked.mbox', 'error'],
  ]);
});

test('library: a .gz cut short, or unpacking past MAX_UNPACKED_BYTES, says so (not "the file is compressed, unpack it first")', async () => {
  const { gzipSync } = await import('node:zlib');
  const words = REPORTS.en.problem;
  const whole = gzipOf(mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com')]));
  const cut = whole.subarray(0, whole.length - 12);
  const bomb = gzipSync(Buffer.alloc(MAX_UNPACKED_BYTES + 1024));
  const errors = [];
  for (const bytes of [cut, bomb]) errors.push(...(await analyzeInput(new Uint8Array(bytes), { lang: 'en', file: 'x.gz' })).results.map((r) => [r.error, r.listAction]));
  assert.deepEqual(errors, [
    [words['unreadable-file']('Z_DATA_ERROR'), 'error'],
    [words['archive-too-large'](String(MAX_UNPACKED_BYTES / 1024 / 1024)), 'error'],
  ]);
  assert.match(errors[0]![0]!, /incomplete or damaged/);
});
