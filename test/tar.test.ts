import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { isTar, MAX_LONG_NAME_BYTES, MAX_PAX_BYTES, TarParser, type TarEvent } from '../src/archive/tar.js';

const TAR = '/usr/bin/tar';
const needsTar = { skip: !existsSync(TAR) };
const CHUNK_SIZES = [0, 1, 7, 511]; // 0: the whole input in one push
const encoder = new TextEncoder();

// ---------------------------------------------------------------- helpers

/** Deterministic pseudo-random bytes (xorshift32). */
function randomBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** File contents whose last byte is not zero (so a cut after the padding is easy to find). */
function content(length: number, seed: number): Uint8Array {
  const out = randomBytes(length, seed);
  if (length > 0) out[length - 1] = 0x2a;
  return out;
}

/**
 * Runs a parser over `bytes` pushed in chunks of `chunkSize` (0: all at once). Each chunk is copied
 * into one reused buffer, as a stream reader does, and data events are copied right away, so a parser
 * that kept a view of an old chunk would read overwritten bytes.
 */
function feed(bytes: Uint8Array, chunkSize = 0): TarEvent[] {
  const parser = new TarParser();
  const size = chunkSize || Math.max(bytes.length, 1);
  const buffer = new Uint8Array(size);
  const events: TarEvent[] = [];
  const keep = (list: TarEvent[]): void => {
    for (const e of list) events.push(e.kind === 'data' ? { kind: 'data', bytes: e.bytes.slice() } : e);
  };
  for (let at = 0; at < bytes.length; at += size) {
    const n = Math.min(size, bytes.length - at);
    buffer.set(bytes.subarray(at, at + n));
    keep(parser.push(buffer.subarray(0, n)));
    buffer.fill(0xee); // what the next read would overwrite
  }
  keep(parser.end());
  return events;
}

interface Entry {
  name: string;
  size: number;
  file: boolean;
  data?: Uint8Array;
  /** 'end-entry' seen (files only). */
  ended?: boolean;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The entries of an event list, checking its grammar: a file's data then 'end-entry', nothing after 'damaged'. */
function entriesOf(events: TarEvent[]): { entries: Entry[]; damaged?: string } {
  const entries: Entry[] = [];
  let open: { entry: Entry; parts: Uint8Array[] } | null = null;
  const close = (ended: boolean): void => {
    if (!open) return;
    open.entry.data = concat(open.parts);
    open.entry.ended = ended;
    open = null;
  };
  for (const [i, e] of events.entries()) {
    switch (e.kind) {
      case 'entry':
        assert.equal(open, null, `entry ${e.name} begins before the previous file's end-entry`);
        entries.push({ name: e.name, size: e.size, file: e.file });
        if (e.file) open = { entry: entries.at(-1)!, parts: [] };
        break;
      case 'data':
        assert.ok(open, 'data outside a file');
        assert.ok(e.bytes.length > 0, 'empty data event');
        open.parts.push(e.bytes);
        break;
      case 'end-entry':
        assert.ok(open, 'end-entry outside a file');
        close(true);
        break;
      case 'damaged':
        assert.equal(i, events.length - 1, 'events after damaged');
        assert.equal(typeof e.detail, 'string');
        close(false);
        return { entries, damaged: e.detail };
    }
  }
  assert.equal(open, null, 'a file left open without damaged');
  return { entries };
}

/** Adjacent data events merged, to compare runs with different chunk sizes. */
function normalized(events: TarEvent[]): unknown[] {
  const out: unknown[] = [];
  for (const e of events) {
    const last = out.at(-1) as { kind: string; bytes: number[] } | undefined;
    if (e.kind === 'data' && last?.kind === 'data') for (const b of e.bytes) last.bytes.push(b);
    else out.push(e.kind === 'data' ? { kind: 'data', bytes: [...e.bytes] } : e);
  }
  return out;
}

// A hand-built tar writer, so the suite means something without /usr/bin/tar.

interface HeaderOptions {
  type?: string;
  prefix?: string;
  magic?: 'posix' | 'gnu' | 'none';
  /** Raw bytes of the 12-byte size field, instead of the octal of `size`. */
  sizeField?: number[];
  /** Checksum as old tars summed it, with signed chars. */
  signedChecksum?: boolean;
  /** A checksum field written as is (bypasses the computation). */
  checksumField?: string;
}

function put(block: Uint8Array, at: number, text: string | Uint8Array): void {
  block.set(typeof text === 'string' ? encoder.encode(text) : text, at);
}

function header(name: string | Uint8Array, size: number, options: HeaderOptions = {}): Uint8Array {
  const block = new Uint8Array(512);
  put(block, 0, name);
  put(block, 100, '0000644\0');
  put(block, 108, '0000000\0');
  put(block, 116, '0000000\0');
  if (options.sizeField) block.set(options.sizeField, 124);
  else put(block, 124, size.toString(8).padStart(11, '0') + '\0');
  put(block, 136, '14713172716\0');
  put(block, 156, options.type ?? '0');
  const magic = options.magic ?? 'posix';
  if (magic === 'posix') put(block, 257, 'ustar\x0000');
  if (magic === 'gnu') put(block, 257, 'ustar  \0');
  if (options.prefix) put(block, 345, options.prefix);
  let sum = 0;
  for (let i = 0; i < 512; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!;
    sum += options.signedChecksum && b >= 0x80 ? b - 0x100 : b;
  }
  put(block, 148, options.checksumField ?? sum.toString(8).padStart(6, '0') + '\0 ');
  return block;
}

function padded(data: Uint8Array): Uint8Array {
  return concat([data, new Uint8Array((512 - (data.length % 512)) % 512)]);
}

function fileEntry(name: string, data: Uint8Array, options: HeaderOptions = {}): Uint8Array {
  return concat([header(name, data.length, options), padded(data)]);
}

/** A pax extended header's records (POSIX pax: "LEN key=value\n", LEN counting the whole record). */
function paxData(records: Record<string, string>): Uint8Array {
  let text = '';
  for (const [key, value] of Object.entries(records)) {
    const body = ` ${key}=${value}\n`;
    const bodyLength = encoder.encode(body).length;
    let length = bodyLength + 1;
    while (String(length).length + bodyLength !== length) length++;
    text += length + body;
  }
  return encoder.encode(text);
}

function metaEntry(type: string, data: Uint8Array): Uint8Array {
  return concat([header('././@Meta', data.length, { type }), padded(data)]);
}

const END = new Uint8Array(1024);

function assertReads(bytes: Uint8Array, expected: Entry[], sortByName = false): void {
  const order = (list: Entry[]): Entry[] => (sortByName ? [...list].sort((a, b) => (a.name < b.name ? -1 : 1)) : list);
  const want = order(expected).map((e) => (e.file ? { ...e, ended: true } : e));
  for (const chunk of CHUNK_SIZES) {
    const { entries, damaged } = entriesOf(feed(bytes, chunk));
    assert.equal(damaged, undefined, `chunk ${chunk}: ${damaged}`);
    assert.deepEqual(order(entries), want, `chunk ${chunk}`);
  }
}

// ---------------------------------------------------------------- hand-built archives

test('a hand-built ustar archive: prefix joined, "./" stripped, data unpadded, other types skipped', () => {
  const big = content(700, 1);
  const bytes = concat([
    fileEntry('c.eml', encoder.encode('Subject: x\r\n'), { prefix: 'a/b' }),
    header('./dir/', 0, { type: '5' }),
    fileEntry('./dir/big.bin', big),
    header('link', 0, { type: '2' }),
    // a GNU dumpdir ('D') carries data that is no file: skipped
    fileEntry('dump/', encoder.encode('Nx\0'), { type: 'D' }),
    fileEntry('empty', new Uint8Array(0), { type: '\0' }),
    fileEntry('contiguous', encoder.encode('seven'), { type: '7' }),
    // old tars: typeflag NUL and a trailing slash is a directory
    header('old-dir/', 0, { type: '\0' }),
    END,
  ]);
  assert.equal(isTar(bytes), true);
  assertReads(bytes, [
    { name: 'a/b/c.eml', size: 12, file: true, data: encoder.encode('Subject: x\r\n') },
    { name: 'dir/', size: 0, file: false },
    { name: 'dir/big.bin', size: 700, file: true, data: big },
    { name: 'link', size: 0, file: false },
    { name: 'dump/', size: 3, file: false },
    { name: 'empty', size: 0, file: true, data: new Uint8Array(0) },
    { name: 'contiguous', size: 5, file: true, data: encoder.encode('seven') },
    { name: 'old-dir/', size: 0, file: false },
  ]);
});

test('GNU format: no prefix (those bytes are times there), long name L, long link K, base-256 size', () => {
  const longName = 'x'.repeat(300) + '-ç.eml';
  const data = content(5, 2);
  const bytes = concat([
    metaEntry('L', encoder.encode(longName + '\0')),
    fileEntry('truncated-name', data, { magic: 'gnu' }),
    metaEntry('K', encoder.encode('t'.repeat(200) + '\0')),
    header('sym', 0, { type: '2', magic: 'gnu' }),
    // base-256: 0x80 marker, big-endian value
    concat([header('b256', 0, { magic: 'gnu', sizeField: [0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5] }), padded(data)]),
    fileEntry('after', data, { magic: 'gnu', prefix: 'not/a/prefix' }),
  ]);
  assertReads(bytes, [
    { name: longName, size: 5, file: true, data },
    { name: 'sym', size: 0, file: false },
    { name: 'b256', size: 5, file: true, data },
    { name: 'after', size: 5, file: true, data },
  ]);
});

test('pax: x gives path and size to the next entry only; g is skipped; empty value deletes', () => {
  const data = content(1000, 3);
  const bytes = concat([
    metaEntry('g', paxData({ comment: 'global', path: 'ignored-global' })),
    metaEntry('x', paxData({ mtime: '1.5', path: 'pasta/devolução-ç.eml', size: '1000' })),
    // the header's own size field is wrong on purpose: pax size wins
    concat([header('ascii-name', 3), padded(data)]),
    fileEntry('next', data),
    metaEntry('x', paxData({ path: '' })),
    fileEntry('kept-header-name', data),
    // both a GNU long name and a pax path: pax wins
    metaEntry('L', encoder.encode('long-name\0')),
    metaEntry('x', paxData({ path: 'pax-name' })),
    fileEntry('header-name', data),
    END,
  ]);
  assertReads(bytes, [
    { name: 'pasta/devolução-ç.eml', size: 1000, file: true, data },
    { name: 'next', size: 1000, file: true, data },
    { name: 'kept-header-name', size: 1000, file: true, data },
    { name: 'pax-name', size: 1000, file: true, data },
  ]);
});

test('pax: a malformed record ends the reading of its block, the records before it stand', () => {
  const data = encoder.encode('abc');
  const records = concat([paxData({ path: 'good.eml' }), encoder.encode('99 size=3\n')]); // LEN past the end
  const bytes = concat([metaEntry('x', records), fileEntry('bad', data), END]);
  assertReads(bytes, [{ name: 'good.eml', size: 3, file: true, data }]);
  const badSize = concat([metaEntry('x', paxData({ size: '12x' })), fileEntry('f', data), END]);
  assert.match(entriesOf(feed(badSize)).damaged ?? '', /pax size at byte 0/);
});

test('checksums: signed sums accepted, a wrong one or a non-number is damaged at its offset', () => {
  const name = encoder.encode('ção.eml'); // bytes >= 0x80: the signed and unsigned sums differ
  const signed = concat([header(name, 2, { signedChecksum: true }), padded(encoder.encode('hi'))]);
  assert.equal(isTar(signed), true);
  assertReads(signed, [{ name: 'ção.eml', size: 2, file: true, data: encoder.encode('hi') }]);

  const good = fileEntry('a', encoder.encode('hi'));
  const second = concat([good, good]);
  second[512 + 512 + 20] = 0x01; // a name byte (a NUL) of the second header
  const { entries, damaged } = entriesOf(feed(second));
  assert.equal(entries.length, 1);
  assert.equal(entries[0]!.ended, true);
  assert.equal(damaged, 'bad header checksum at byte 1024');

  const notNumber = header('a', 0, { checksumField: 'zzzzzz\0 ' });
  assert.equal(isTar(notNumber), false);
  assert.deepEqual(feed(notNumber), [{ kind: 'damaged', detail: 'not a tar header at byte 0' }]);
});

test('size fields: octal with leading spaces; no number, negative or past 2^53 base-256 are damaged', () => {
  const data = encoder.encode('12345');
  const spaced = concat([header('s', 0, { sizeField: [...encoder.encode('        5 \0')] }), padded(data)]);
  assertReads(spaced, [{ name: 's', size: 5, file: true, data }]);
  const cases: [string, number[]][] = [
    ['octal with a letter', [...encoder.encode('0000000009a\0')]],
    ['negative base-256', [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfb]],
    // sign bit set, small magnitude bits: negative, not 5
    ['negative base-256 (sign bit)', [0xc0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5]],
    ['base-256 past MAX_SAFE_INTEGER', [0x80, 0, 0, 0, 0x00, 0x20, 0, 0, 0, 0, 0, 0]],
  ];
  for (const [what, sizeField] of cases) {
    const events = feed(concat([header('s', 0, { sizeField }), padded(data), END]));
    assert.deepEqual(events, [{ kind: 'damaged', detail: 'size field is no number at byte 0' }], what);
  }
  // the largest safe base-256 size is read (the input then ends inside the data)
  const max = [0x80, 0, 0, 0, 0, 0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
  const [entry] = feed(header('s', 0, { sizeField: max }));
  assert.deepEqual(entry, { kind: 'entry', name: 's', size: Number.MAX_SAFE_INTEGER, file: true });
});

test('limits: a pax block of MAX_PAX_BYTES and a long name of MAX_LONG_NAME_BYTES are read, one byte more is damaged', () => {
  const data = encoder.encode('x');
  const comment = 'c'.repeat(MAX_PAX_BYTES - 17); // "1048576 comment=" + value + "\n"
  const pax = paxData({ comment });
  assert.equal(pax.length, MAX_PAX_BYTES);
  const atLimit = concat([metaEntry('x', pax), fileEntry('after-pax', data), END]);
  assertReads(atLimit, [{ name: 'after-pax', size: 1, file: true, data }]);

  const longName = 'n'.repeat(MAX_LONG_NAME_BYTES); // no NUL: the whole record is the name
  const longAtLimit = concat([metaEntry('L', encoder.encode(longName)), fileEntry('short', data), END]);
  const { entries } = entriesOf(feed(longAtLimit, 511));
  assert.equal(entries[0]?.name, longName);

  for (const [type, limit] of [['x', MAX_PAX_BYTES], ['g', MAX_PAX_BYTES], ['L', MAX_LONG_NAME_BYTES], ['K', MAX_LONG_NAME_BYTES]] as const) {
    // only the header: the limit is checked before any data is read
    const events = feed(header('././@Meta', limit + 1, { type }));
    assert.equal(events.length, 1, type);
    assert.equal(events[0]!.kind, 'damaged', type);
    assert.match((events[0] as { detail: string }).detail, /over the limit/, type);
  }
});

test('the end marker: one zero block ends the archive, what follows is ignored', () => {
  const data = encoder.encode('data');
  const bytes = concat([fileEntry('a', data), new Uint8Array(512), fileEntry('b', data), randomBytes(1000, 4)]);
  assertReads(bytes, [{ name: 'a', size: 4, file: true, data }]);
  const parser = new TarParser();
  assert.equal(parser.push(bytes.subarray(0, 2048)).length, 3);
  assert.deepEqual(parser.push(fileEntry('c', data)), []);
  assert.deepEqual(parser.end(), []);
});

test('end(): [] at a header boundary; damaged when cut in a header, data, padding or an extended header', () => {
  const data = content(600, 5);
  const bytes = concat([fileEntry('one', data), metaEntry('x', paxData({ path: 'two' })), fileEntry('x', data)]);
  const afterOne = 512 + 1024;
  const afterTwo = bytes.length;
  assert.deepEqual(feed(bytes.subarray(0, afterOne)).at(-1), { kind: 'end-entry' });
  assert.deepEqual(feed(bytes.subarray(0, afterTwo)).at(-1), { kind: 'end-entry' });
  assert.deepEqual(feed(new Uint8Array(0)), []);
  // a pax header with no entry after it: GNU tar reads that as a complete archive, so do we
  assert.deepEqual(feed(bytes.subarray(0, afterOne + 1024)).at(-1), { kind: 'end-entry' });

  // [cut, detail, the last entry's name and the data bytes it received when the cut is inside a file]
  const cuts: [number, string, string | null, number][] = [
    [100, 'input ends inside the header at byte 0', null, 0],
    [512 + 300, "input ends inside a file's data at byte 812", 'one', 300],
    [512 + 600, "input ends inside a file's padding at byte 1112", 'one', 600],
    [afterOne + 512 + 5, 'input ends inside an extended header at byte 2053', null, 0],
    [afterOne + 600, "input ends inside an entry's data at byte 2136", null, 0], // the pax record's padding
    [afterOne + 1024 + 512 + 599, "input ends inside a file's data at byte 3671", 'two', 599],
  ];
  for (const [cut, detail, openFile, received] of cuts) {
    for (const chunk of CHUNK_SIZES) {
      const events = feed(bytes.subarray(0, cut), chunk);
      assert.deepEqual(events.at(-1), { kind: 'damaged', detail }, `cut ${cut} chunk ${chunk}`);
      const { entries } = entriesOf(events);
      const unfinished = entries.filter((e) => e.file && !e.ended);
      if (openFile === null) {
        assert.deepEqual(unfinished, [], `cut ${cut}`);
        continue;
      }
      // no end-entry, and the data received before the cut was passed on
      assert.deepEqual(unfinished, [{ name: openFile, size: 600, file: true, data: data.subarray(0, received), ended: false }], `cut ${cut} chunk ${chunk}`);
    }
  }
});

test('after damaged, push and end return nothing', () => {
  const parser = new TarParser();
  const bad = header('a', 0);
  bad[0] = 0x62; // 'b' where the checksum counted 'a'
  assert.equal(parser.push(bad)[0]?.kind, 'damaged');
  assert.deepEqual(parser.push(fileEntry('b', encoder.encode('b'))), []);
  assert.deepEqual(parser.end(), []);
});

test('isTar: ustar and GNU magics with a right checksum only', () => {
  assert.equal(isTar(header('a', 0)), true);
  assert.equal(isTar(header('a', 0, { magic: 'gnu' })), true);
  assert.equal(isTar(header('a', 0, { magic: 'none' })), false); // a v7 header: no magic to go by
  assert.equal(isTar(header('a', 0).subarray(0, 511)), false);
  assert.equal(isTar(new Uint8Array(0)), false);
  assert.equal(isTar(new Uint8Array(1024)), false);
  const wrongSum = header('a', 0);
  wrongSum[300] = 1;
  assert.equal(isTar(wrongSum), false);
  for (let seed = 1; seed <= 50; seed++) assert.equal(isTar(randomBytes(1024, seed)), false);
  // a random block given the magic but no right checksum
  const magicOnly = randomBytes(512, 7);
  magicOnly.set(encoder.encode('ustar\x0000'), 257);
  assert.equal(isTar(magicOnly), false);
});

test('isTar: a zip file is no tar', { skip: !existsSync('/usr/bin/zip') }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'tar-test-zip-'));
  try {
    writeFileSync(join(dir, 'a.txt'), randomBytes(4000, 8));
    execFileSync('/usr/bin/zip', ['-q', '-0', 'a.zip', 'a.txt'], { cwd: dir });
    const zip = new Uint8Array(readFileSync(join(dir, 'a.zip')));
    assert.ok(zip.length > 512);
    assert.equal(isTar(zip), false);
    assert.match(entriesOf(feed(zip)).damaged ?? '', /^(bad header checksum|not a tar header) at byte 0$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Never throws, keeps the grammar, and gives the same events whatever the chunk sizes. */
function assertRobust(bytes: Uint8Array, what: string): void {
  const whole = feed(bytes);
  entriesOf(whole); // the grammar
  for (const chunk of [1, 7, 511, 4096]) {
    assert.deepEqual(normalized(feed(bytes, chunk)), normalized(whole), `${what}, chunk ${chunk}`);
  }
}

test('random bytes and mutated archives: no throw, damaged or nothing, same events at any chunk size', () => {
  for (let seed = 1; seed <= 30; seed++) {
    const bytes = randomBytes(1 + ((seed * 977) % 5000), seed);
    const events = feed(bytes);
    assert.ok(events.length <= 1, `seed ${seed}`);
    if (events.length === 1) assert.equal(events[0]!.kind, 'damaged');
    assertRobust(bytes, `random ${seed}`);
  }
  const base = concat([
    metaEntry('x', paxData({ path: 'p', size: '700' })),
    fileEntry('a', content(700, 9)),
    metaEntry('L', encoder.encode('long\0')),
    fileEntry('b', content(40, 10), { magic: 'gnu' }),
    header('d/', 0, { type: '5' }),
    END,
  ]);
  const rng = randomBytes(4000, 11);
  for (let i = 0; i < 300; i++) {
    const mutated = base.slice();
    const at = (rng[i * 4]! * 256 + rng[i * 4 + 1]!) % base.length;
    mutated[at] = rng[i * 4 + 2]!;
    const cut = rng[i * 4 + 3]! < 64 ? (at + 1 + rng[i * 4 + 3]! * 17) % (base.length + 1) : base.length;
    assertRobust(mutated.subarray(0, cut), `mutation ${i} at ${at}, cut ${cut}`);
  }
});

// ---------------------------------------------------------------- archives made by GNU tar

const workDir = existsSync(TAR) ? mkdtempSync(join(tmpdir(), 'tar-test-')) : '';
after(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface Member {
  /** Ends with '/' for a directory. */
  name: string;
  data?: Uint8Array;
  /** A symbolic link to this target. */
  link?: string;
}

let archives = 0;

/** Writes the members under a fresh directory and archives them with GNU tar; `members` lists every directory. */
function gnuTar(format: string, members: Member[], extraArgs: string[] = [], asDot = false): Uint8Array {
  const root = join(workDir, `src${++archives}`);
  mkdirSync(root);
  for (const m of members) {
    const path = join(root, m.name);
    if (m.name.endsWith('/')) mkdirSync(path, { recursive: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      if (m.link !== undefined) symlinkSync(m.link, path);
      else writeFileSync(path, m.data ?? new Uint8Array(0));
    }
  }
  const top = members.filter((m) => !m.name.slice(0, -1).includes('/')).map((m) => m.name.replace(/\/$/, ''));
  const out = join(workDir, `out${archives}.tar`);
  execFileSync(TAR, [`--format=${format}`, '--sort=name', ...extraArgs, '-cf', out, '-C', root, ...(asDot ? ['.'] : top)], {
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  return new Uint8Array(readFileSync(out));
}

function expectedOf(members: Member[]): Entry[] {
  return members.map((m) =>
    m.data !== undefined
      ? { name: m.name, size: m.data.length, file: true, data: m.data }
      : { name: m.name, size: 0, file: false },
  );
}

function contains(haystack: Uint8Array, needle: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle));
}

/** The members every GNU tar test holds: the sizes around a block, a directory, a symbolic link. */
function commonMembers(seed: number): Member[] {
  return [
    { name: 'a.eml', data: content(1000, seed) },
    { name: 'dir/' },
    { name: 'dir/empty.eml', data: new Uint8Array(0) },
    { name: 'dir/exact-512.bin', data: content(512, seed + 1) },
    { name: 'dir/over-513.bin', data: content(513, seed + 2) },
    { name: 'dir/link.eml', link: '../a.eml' },
  ];
}

test('GNU tar --format=ustar: names split into prefix and name, sizes around a block', needsTar, () => {
  const deep = 'p'.repeat(60) + '/' + 'q'.repeat(60) + '/';
  const members = [...commonMembers(20), { name: 'p'.repeat(60) + '/' }, { name: deep }, { name: deep + 'r.eml', data: content(77, 23) }];
  const bytes = gnuTar('ustar', members);
  assert.equal(isTar(bytes), true);
  assert.equal(contains(bytes, deep + 'r.eml'), false, 'the long path was split by tar');
  assertReads(bytes, expectedOf(members), true);
});

test('GNU tar --format=gnu: long names (L) and long link targets (K), "./" stripped', needsTar, () => {
  const longName = 'n'.repeat(150) + '.eml';
  const members = [
    ...commonMembers(30),
    { name: longName, data: content(3000, 33) },
    { name: 'l'.repeat(120) + '/' },
    { name: 'long-target', link: 't'.repeat(150) },
  ];
  const bytes = gnuTar('gnu', members, [], true);
  assert.equal(isTar(bytes), true);
  assert.ok(contains(bytes, '././@LongLink'), 'tar wrote L/K records');
  assert.ok(contains(bytes, 'ustar  \0'), 'GNU magic');
  assertReads(bytes, [{ name: '', size: 0, file: false }, ...expectedOf(members)], true);
});

test('GNU tar --format=pax: a non-ASCII name, a path over 255 bytes, a global header, a large file', needsTar, () => {
  const deep = 'd'.repeat(100) + '/' + 'e'.repeat(100) + '/';
  const members = [
    ...commonMembers(40),
    { name: 'devolução-ç.eml', data: encoder.encode('Subject: devolução\r\n\r\nçãõ\r\n') },
    { name: 'd'.repeat(100) + '/' },
    { name: deep },
    { name: deep + 'f'.repeat(100) + '.eml', data: content(100_000, 44) },
  ];
  const bytes = gnuTar('pax', members, ['--pax-option=comment=global']);
  assert.equal(isTar(bytes), true);
  assert.ok(contains(bytes, 'path=devolução-ç.eml'), 'tar wrote a pax path');
  assert.ok(contains(bytes, 'comment=global'), 'tar wrote a global header');
  assertReads(bytes, expectedOf(members), true);
});

test('GNU tar output cut: inside data is damaged with no end-entry; right after the padding is complete', needsTar, () => {
  const last = content(1500, 50);
  const members: Member[] = [{ name: 'first.eml', data: content(100, 51) }, { name: 'last.eml', data: last }];
  const bytes = gnuTar('ustar', members);
  // the archive ends with zero blocks (and record padding): find the end of last.eml's padding
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  end = Math.ceil(end / 512) * 512;
  assert.ok(end < bytes.length);
  for (const chunk of CHUNK_SIZES) {
    const complete = feed(bytes.subarray(0, end), chunk);
    assert.deepEqual(complete.at(-1), { kind: 'end-entry' }, `chunk ${chunk}`);
    assert.deepEqual(entriesOf(complete).entries, expectedOf(members).map((e) => ({ ...e, ended: true })));

    const cut = feed(bytes.subarray(0, end - 512 - 100), chunk);
    const { entries, damaged } = entriesOf(cut);
    assert.match(damaged ?? '', /inside a file's data/);
    assert.equal(entries.at(-1)?.name, 'last.eml');
    assert.equal(entries.at(-1)?.ended, false);
    assert.deepEqual(entries.at(-1)?.data, last.subarray(0, 1024 - 100));
  }
  assertRobust(bytes, 'gnu tar ustar');
});

test('GNU tar output with one corrupted header byte is damaged at that header', needsTar, () => {
  const members: Member[] = [{ name: 'a.eml', data: content(700, 60) }, { name: 'b.eml', data: content(10, 61) }];
  const bytes = gnuTar('ustar', members);
  const second = 512 + 1024; // a.eml's header and its 700 bytes padded to 1024
  assert.ok(contains(bytes.subarray(second, second + 100), 'b.eml'));
  const digit = bytes[second + 152]!; // a digit of the checksum field ("%06o\0 ")
  assert.ok(digit >= 0x30 && digit <= 0x37);
  const cases: [number, string][] = [
    [digit === 0x37 ? 0x30 : digit + 1, 'bad header checksum at byte 1536'], // another octal digit
    [0x38, 'not a tar header at byte 1536'], // no octal number
  ];
  for (const [value, detail] of cases) {
    const corrupted = bytes.slice();
    corrupted[second + 152] = value;
    for (const chunk of CHUNK_SIZES) {
      const { entries, damaged } = entriesOf(feed(corrupted, chunk));
      assert.deepEqual(entries.map((e) => [e.name, e.ended]), [['a.eml', true]]);
      assert.equal(damaged, detail);
    }
  }
});

test('GNU tar, every format: names of a Latin-1 disk (no UTF-8) read as Windows-1252, a long one too (L, pax path with hdrcharset=BINARY)', needsTar, () => {
  // each name's bytes (as Latin-1 characters: \x96 is Windows-1252's "–"), and how it reads
  const names = [['relatório \x96 cópia.eml', 'relatório – cópia.eml'], [`${'n'.repeat(120)}-ção.eml`, `${'n'.repeat(120)}-ção.eml`]] as const;
  const data = content(600, 41);
  for (const format of ['ustar', 'gnu', 'posix']) {
    const top = `latin1-${++archives}`;
    mkdirSync(join(workDir, top));
    // ustar has no room for the long name: only the short one
    const members = format === 'ustar' ? names.slice(0, 1) : names;
    for (const [bytes] of members) writeFileSync(Buffer.concat([Buffer.from(`${workDir}/${top}/`), Buffer.from(bytes, 'latin1')]), data);
    const out = join(workDir, `${top}.tar`);
    execFileSync(TAR, [`--format=${format}`, '--sort=name', '-cf', out, '-C', workDir, top], { env: { ...process.env, LC_ALL: 'C' } });
    assertReads(new Uint8Array(readFileSync(out)), [
      { name: `${top}/`, size: 0, file: false },
      ...members.map(([, name]) => ({ name: `${top}/${name}`, size: 600, file: true, data })),
    ], true);
  }
});
