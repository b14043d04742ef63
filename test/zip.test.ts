// The zip directory reader: names in every encoding writers use, ZIP64 fields, and damage that must
// give a reason instead of a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bytesAccess, isZip, readZipDirectory, zipDataOffset, type ZipEntry } from '../src/archive/zip.js';
import { zipOf } from './archive-fixtures.js';
import { tempDir } from './mailbox-helpers.js';

function entriesOf(bytes: Uint8Array): ZipEntry[] {
  const dir = readZipDirectory(bytesAccess(bytes));
  assert.ok(!('damaged' in dir), 'damaged' in dir ? dir.damaged : '');
  return dir.entries;
}

test('names, sizes, methods and folders, in the directory\'s order; the data after each local header', () => {
  const zip = zipOf([
    { name: 'bounces/', data: '' },
    { name: 'bounces/one.eml', data: 'From: a@example.com\n\nhello hello hello' },
    { name: 'stored.txt', data: '550 5.1.1', method: 0 },
  ]);
  const entries = entriesOf(zip);
  assert.deepEqual(entries.map((e) => [e.name, e.directory, e.method, e.size]), [
    ['bounces/', true, 8, 0],
    ['bounces/one.eml', false, 8, 38],
    ['stored.txt', false, 0, 9],
  ]);
  const stored = entries[2]!;
  const at = zipDataOffset(bytesAccess(zip), stored)!;
  assert.equal(Buffer.from(zip.subarray(at, at + stored.compressedSize)).toString(), '550 5.1.1');
});

test('names: the UTF-8 flag, UTF-8 without it (macOS), Info-ZIP\'s Unicode path field, and else code page 850 (Windows in Brazil)', () => {
  const cp850 = Uint8Array.from([...Buffer.from('Devolu'), 0x87, 0xc6, 0x6f, ...Buffer.from('.eml')]); // "Devolução.eml"
  const zip = zipOf([
    { name: 'aviso-ç.eml', data: 'x' },
    { name: Buffer.from('aviso-é.eml', 'utf8'), data: 'x' },
    { name: cp850, data: 'x' },
  ]);
  assert.deepEqual(entriesOf(zip).map((e) => e.name), ['aviso-ç.eml', 'aviso-é.eml', 'Devolução.eml']);
});

test('ZIP64: the sizes and offsets of the ZIP64 extra field and end record are used', () => {
  const zip = zipOf([{ name: 'a.eml', data: 'first', zip64: true }, { name: 'b.eml', data: 'second one', zip64: true }], { zip64: true });
  const entries = entriesOf(zip);
  assert.deepEqual(entries.map((e) => [e.name, e.size]), [['a.eml', 5], ['b.eml', 10]]);
  assert.ok(entries[1]!.headerOffset > 0 && entries[1]!.headerOffset < zip.length);
  assert.notEqual(zipDataOffset(bytesAccess(zip), entries[1]!), null);
});

test('an archive comment after the end record, even one holding the record\'s signature, is skipped', () => {
  const zip = zipOf([{ name: 'a.eml', data: 'x' }], { comment: 'made by PK\x05\x06 a tool' });
  assert.deepEqual(entriesOf(zip).map((e) => e.name), ['a.eml']);
});

test('damage gives a reason, never an exception: cut short, no end record, a bad local header, random bytes', () => {
  const zip = zipOf([{ name: 'a.eml', data: 'x'.repeat(500) }, { name: 'b.eml', data: 'y' }]);
  assert.match((readZipDirectory(bytesAccess(zip.subarray(0, zip.length - 30))) as { damaged: string }).damaged, /end of central directory|cut/);
  assert.match((readZipDirectory(bytesAccess(zip.subarray(0, 100))) as { damaged: string }).damaged, /no end of central directory/);
  const broken = Buffer.from(zip);
  broken.writeUInt32LE(0, 0); // the first local header's signature
  const first = entriesOf(broken)[0]!;
  assert.equal(zipDataOffset(bytesAccess(broken), first), null);
  for (let seed = 1; seed <= 200; seed++) {
    const junk = Buffer.from(zip);
    for (let i = 0; i < 8; i++) junk[(seed * 7919 * (i + 1)) % junk.length] = (seed * 31 + i) & 0xff;
    const dir = readZipDirectory(bytesAccess(junk));
    if (!('damaged' in dir)) for (const e of dir.entries) zipDataOffset(bytesAccess(junk), e);
  }
});

test('isZip: a local header or an empty archive\'s end record; not a text or a gzip file', () => {
  assert.equal(isZip(zipOf([{ name: 'a', data: 'b' }])), true);
  assert.equal(isZip(zipOf([])), true);
  assert.equal(isZip(Buffer.from('PK is a name')), false);
  assert.equal(isZip(Uint8Array.from([0x1f, 0x8b, 8, 0])), false);
});

test('an archive written by the zip command is read as it lists it', { skip: !existsSync('/usr/bin/zip') }, () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'one.eml'), 'From: a@example.com\n\n' + 'hello '.repeat(1000));
  writeFileSync(join(dir, 'two.txt'), '550 5.1.1 User unknown');
  execFileSync('zip', ['-q', '-r', 'out.zip', 'one.eml', 'two.txt'], { cwd: dir });
  const zip = readFileSync(join(dir, 'out.zip'));
  assert.deepEqual(entriesOf(zip).map((e) => [e.name, e.size]), [['one.eml', 6021], ['two.txt', 22]]);
});
