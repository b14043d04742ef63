// The Compound File reader ([MS-CFB]) against files written by another implementation (the cfb
// package), and against damage: loops in the sector chains and the directory end, never hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readCompoundFile, type CompoundEntry } from '../src/message/compound-file.js';
import { compoundFileOf as written } from './msg-fixtures.js';

const small = Buffer.from('a short stream, kept in the mini stream');
const large = Buffer.alloc(10_000, 0x41).fill(0x42, 5_000);

function entryAt(root: CompoundEntry, path: string): CompoundEntry | undefined {
  let at: CompoundEntry | undefined = root;
  for (const name of path.split('/')) at = at?.children.get(name.toLowerCase());
  return at;
}

test('storages and streams by name (any case); small streams from the mini stream, large ones from sectors', () => {
  const file = readCompoundFile(written({ '/Small': small, '/Folder/Inner/Large': large, '/Folder/Other': Buffer.from('x') }))!;
  assert.ok(file);
  const folder = entryAt(file.root, 'folder')!;
  assert.equal(folder.storage, true);
  assert.deepEqual([...folder.children.keys()].sort(), ['inner', 'other']);
  assert.deepEqual(Buffer.from(file.read(entryAt(file.root, 'SMALL')!)!), small);
  assert.deepEqual(Buffer.from(file.read(entryAt(file.root, 'Folder/Inner/Large')!)!), large);
  // a read cut at maxBytes reads only the first sectors
  assert.deepEqual(Buffer.from(file.read(entryAt(file.root, 'Folder/Inner/Large')!, 600)!), large.subarray(0, 600));
  assert.equal(file.read(folder), null);
});

test('a file whose last sector is cut short: the streams before it are still read, the cut one is not', () => {
  const bytes = written({ '/Small': small, '/Large': large });
  // (the writer puts the mini stream, which holds the small stream, in the last sectors)
  const file = readCompoundFile(bytes.subarray(0, bytes.length - 600));
  assert.ok(file);
  assert.deepEqual(Buffer.from(file.read(entryAt(file.root, 'Large')!)!), large);
  assert.equal(file.read(entryAt(file.root, 'Small')!), null);
});

test('no Compound File, or a cut one: null', () => {
  assert.equal(readCompoundFile(new TextEncoder().encode('From: a@example.com\n\nhi')), null);
  const bytes = written({ '/Small': small });
  assert.equal(readCompoundFile(bytes.subarray(0, 511)), null);
  assert.equal(readCompoundFile(bytes.subarray(0, 600)), null);
});

/** The FAT sector numbers of a version 3 file, from its header's DIFAT. */
function fatEntryOffset(bytes: Uint8Array, sector: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const fatSector = view.getUint32(0x4c, true);
  return (fatSector + 1) * 512 + sector * 4;
}

test('a sector chain that loops back on itself ends; a directory whose siblings loop is read once', () => {
  const bytes = written({ '/Large': large, '/A': small, '/B': small, '/C': small });
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const file = readCompoundFile(bytes)!;
  const entry = entryAt(file.root, 'Large')!;
  // the stream's first sector points to itself
  const looped = bytes.slice();
  new DataView(looped.buffer).setUint32(fatEntryOffset(looped, entry.start), entry.start, true);
  const again = readCompoundFile(looped);
  const started = performance.now();
  const read = again?.read(entryAt(again.root, 'Large')!);
  assert.ok(read === undefined || read === null || read.length === large.length);
  assert.ok(performance.now() - started < 1000);
  // every directory entry's left and right sibling: entry 1 (a cycle through the tree)
  const tangled = bytes.slice();
  const dir = (view.getUint32(0x30, true) + 1) * 512;
  const tv = new DataView(tangled.buffer);
  for (let i = 1; i < 4; i++) {
    tv.setUint32(dir + i * 128 + 0x44, 1, true);
    tv.setUint32(dir + i * 128 + 0x48, 1, true);
  }
  const t = readCompoundFile(tangled);
  assert.ok(t === null || t.root.children.size <= 5);
});
