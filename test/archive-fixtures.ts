// Zip and tar archives written by hand for the tests (APPNOTE.TXT 6.3; POSIX ustar), so that they run
// without the zip and tar commands, and can hold what those commands never write (a lying size, a
// method we do not read, ZIP64 fields on a small archive, names in code page 850).
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';

export interface ZipFileSpec {
  /** A string is written as UTF-8 with the UTF-8 flag unless `utf8Flag` is false; bytes as they are. */
  name: string | Uint8Array;
  data?: string | Uint8Array;
  /** 0 stored, 8 deflated (default), anything else written as stored bytes under that method number. */
  method?: number;
  utf8Flag?: boolean;
  encrypted?: boolean;
  /** The uncompressed size the headers claim (default: the real one). */
  declaredSize?: number;
  /** Sizes and offset in a ZIP64 extra field, the 32-bit fields set to 0xffffffff. */
  zip64?: boolean;
  /** The Unix mode in the external attributes (0o120777: a symbolic link). */
  unixMode?: number;
  /** Only a directory entry pointing at the local header of file number `sameAs` (no data of its own): an overlap, as in a zip bomb. */
  sameAs?: number;
}

const bytesOf = (s: string | Uint8Array): Uint8Array => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

/** A zip archive of `files`, in order; `zip64` writes the ZIP64 end records too. */
export function zipOf(files: ZipFileSpec[], options: { zip64?: boolean; comment?: string; count?: number } = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const f of files) {
    if (f.sameAs !== undefined) {
      const target = central[f.sameAs]!;
      const copy = Buffer.from(target);
      // (its own name when as long as the target's: the name is all it changes)
      const own = bytesOf(f.name);
      if (own.length === copy.readUInt16LE(28)) copy.set(own, 46);
      offsets.push(offsets[f.sameAs]!);
      central.push(copy);
      continue;
    }
    const name = bytesOf(f.name);
    const data = bytesOf(f.data ?? '');
    const method = f.method ?? 8;
    const packed = method === 8 ? deflateRawSync(data) : Buffer.from(data);
    const flags = (f.encrypted ? 1 : 0) | (typeof f.name === 'string' && f.utf8Flag !== false ? 0x800 : 0);
    const size = f.declaredSize ?? data.length;
    const FULL = 0xffffffff;
    const extra = f.zip64 ? Buffer.concat([u16(1), u16(24), u64(size), u64(packed.length), u64(offset)]) : Buffer.alloc(0);
    const common = [u16(20), u16(flags), u16(method), u16(0), u16(0x21), u32(crc32(data)),
      u32(f.zip64 ? FULL : packed.length), u32(f.zip64 ? FULL : size), u16(name.length)];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), name]);
    central.push(Buffer.concat([u32(0x02014b50), u16(0x031e), ...common, u16(extra.length), u16(0), u16(0), u16(0), u32((f.unixMode ?? 0) * 0x10000),
      u32(f.zip64 ? FULL : offset), name, extra]));
    offsets.push(offset);
    parts.push(local, packed);
    offset += local.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const comment = Buffer.from(options.comment ?? '');
  const end: Buffer[] = [];
  if (options.zip64) {
    end.push(Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(files.length), u64(files.length),
      u64(dir.length), u64(offset)]));
    end.push(Buffer.concat([u32(0x07064b50), u32(0), u64(offset + dir.length), u32(1)]));
  }
  const n = options.zip64 ? 0xffff : options.count ?? files.length;
  end.push(Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(n), u16(n), u32(options.zip64 ? 0xffffffff : dir.length),
    u32(options.zip64 ? 0xffffffff : offset), u16(comment.length), comment]));
  return Buffer.concat([...parts, dir, ...end]);
}

export interface TarFileSpec {
  /** A string is written as UTF-8; bytes as they are. */
  name: string | Uint8Array;
  data?: string | Uint8Array;
  /** '0' a file (default), '5' a folder, '2' a symbolic link. */
  type?: '0' | '5' | '2';
}

/** A POSIX ustar archive (names up to 100 bytes), with its two closing zero blocks. */
export function tarOf(files: TarFileSpec[]): Buffer {
  const blocks: Buffer[] = [];
  for (const f of files) {
    const data = Buffer.from(bytesOf(f.data ?? ''));
    const h = Buffer.alloc(512);
    if (typeof f.name === 'string') h.write(f.name, 0, 100, 'utf8');
    else h.set(f.name.subarray(0, 100), 0);
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('14530371000\0', 136);
    h.write(f.type ?? '0', 156);
    h.write('ustar\x0000', 257);
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const gzipOf = (data: string | Uint8Array): Buffer => gzipSync(bytesOf(data));
