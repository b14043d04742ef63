// A reader of Compound Files ([MS-CFB]), the container of Outlook's .msg files: the directory of
// storages and streams, and a stream's bytes on demand (an attachment nobody asks for is never read).
// Hostile input stays cheap: every sector chain is bounded by the file's sector count (a loop ends
// it), the directory by MAX_DIRECTORY_ENTRIES, and a damaged file reads as null, never a throw.

/** [MS-CFB] §2.2: the 8-byte signature of a Compound File. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

/** Whether the bytes open as a Compound File: an NDR dragged out of Outlook arrives as a .msg file. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= COMPOUND_FILE_SIGNATURE.length && COMPOUND_FILE_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** Directory entries read; an Outlook message has a few dozen per recipient and attachment. */
export const MAX_DIRECTORY_ENTRIES = 65_536;

const HEADER_BYTES = 512;
/** Sector numbers at and above this are markers (§2.1: MAXREGSECT is 0xFFFFFFFA). */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
/** A directory entry's "no sibling / no child" (§2.6.1: NOSTREAM). */
const NO_STREAM = 0xffffffff;
/** The DIFAT entries in the header (§2.2). */
const HEADER_DIFAT = 109;
const ENTRY_BYTES = 128;
/** Directory entry names are UTF-16LE (§2.6.1). */
const utf16 = new TextDecoder('utf-16le');
const TYPE_STORAGE = 1;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

export interface CompoundEntry {
  name: string;
  /** True for a storage (a folder of entries), false for a stream. */
  storage: boolean;
  size: number;
  /** The entries directly inside a storage, by name (lower-cased: names compare without case, §2.6.4). */
  children: Map<string, CompoundEntry>;
  /** @internal */
  start: number;
}

export interface CompoundFile {
  root: CompoundEntry;
  /** A stream's bytes, or null when its sectors cannot be read (a damaged or truncated file). */
  read(entry: CompoundEntry, maxBytes?: number): Uint8Array | null;
}

class Damaged extends Error {}

export function readCompoundFile(bytes: Uint8Array): CompoundFile | null {
  try {
    return new Reader(bytes).file();
  } catch (error) {
    if (error instanceof Damaged || error instanceof RangeError) return null;
    throw error;
  }
}

class Reader {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly miniSectorSize: number;
  private readonly miniCutoff: number;
  /** Sectors the file can hold: no chain is longer. */
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private miniFat: Uint32Array | null = null;
  private miniStream: Uint8Array | null = null;

  constructor(private readonly bytes: Uint8Array) {
    if (bytes.length < HEADER_BYTES || !isCompoundFile(bytes)) throw new Damaged();
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = this.u16(0x1e);
    const miniShift = this.u16(0x20);
    // §2.2: 512-byte sectors (version 3) or 4096 (version 4); 64-byte mini sectors
    if ((shift !== 9 && shift !== 12) || miniShift !== 6) throw new Damaged();
    this.sectorSize = 1 << shift;
    this.miniSectorSize = 1 << miniShift;
    this.miniCutoff = this.u32(0x38);
    // a last sector cut short still counts: what a stream needs of it is checked when read
    this.sectorCount = Math.max(0, Math.ceil(bytes.length / this.sectorSize) - 1);
    this.fat = this.readFat();
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  private sectorOffset(sector: number): number {
    if (sector >= this.sectorCount) throw new Damaged();
    return (sector + 1) * this.sectorSize;
  }

  /** The FAT: the sectors the DIFAT lists (the header's 109, then the DIFAT sectors' chain). */
  private readFat(): Uint32Array {
    const fatSectors: number[] = [];
    const perSector = this.sectorSize / 4;
    const wanted = this.u32(0x2c);
    // a FAT sector maps perSector sectors: a file needs no more than its sectors call for
    if (wanted > Math.ceil(this.sectorCount / perSector) + 1) throw new Damaged();
    for (let i = 0; i < HEADER_DIFAT && fatSectors.length < wanted; i++) fatSectors.push(this.u32(0x4c + i * 4));
    let difat = this.u32(0x44);
    for (let hops = 0; fatSectors.length < wanted && difat < MAX_REGULAR_SECTOR; hops++) {
      if (hops > this.sectorCount) throw new Damaged();
      const at = this.sectorOffset(difat);
      for (let i = 0; i < perSector - 1 && fatSectors.length < wanted; i++) fatSectors.push(this.u32(at + i * 4));
      difat = this.u32(at + (perSector - 1) * 4);
    }
    if (fatSectors.length < wanted) throw new Damaged();
    const fat = new Uint32Array(fatSectors.length * perSector);
    fatSectors.forEach((sector, k) => {
      const at = this.sectorOffset(sector);
      for (let i = 0; i < perSector; i++) fat[k * perSector + i] = this.u32(at + i * 4);
    });
    return fat;
  }

  /**
   * The first `need` sectors of a chain (fewer when it ends before); a chain that leaves its table is
   * damage, and one that loops ends at `need`.
   */
  private chain(start: number, table: Uint32Array, need: number): number[] {
    const out: number[] = [];
    for (let s = start; s !== END_OF_CHAIN && out.length < need; s = table[s]!) {
      if (s >= table.length || s >= MAX_REGULAR_SECTOR) throw new Damaged();
      out.push(s);
    }
    return out;
  }

  /** A stream kept in regular sectors: `size` bytes of its chain. */
  private regularStream(start: number, size: number): Uint8Array {
    if (size > this.bytes.length) throw new Damaged();
    const out = new Uint8Array(size);
    if (size === 0) return out;
    const sectors = this.chain(start, this.fat, Math.ceil(size / this.sectorSize));
    if (sectors.length * this.sectorSize < size) throw new Damaged();
    sectors.forEach((sector, i) => {
      const from = this.sectorOffset(sector);
      const take = Math.min(this.sectorSize, size - i * this.sectorSize);
      if (from + take > this.bytes.length) throw new Damaged();
      out.set(this.bytes.subarray(from, from + take), i * this.sectorSize);
    });
    return out;
  }

  private miniStreamStream(start: number, size: number, root: CompoundEntry): Uint8Array {
    if (!this.miniFat || !this.miniStream) {
      // both or neither: a damaged mini stream fails every later read the same way
      const count = this.u32(0x40);
      if (count > this.sectorCount) throw new Damaged();
      const table = count ? this.regularStream(this.u32(0x3c), count * this.sectorSize) : new Uint8Array(0);
      const miniFat = new Uint32Array(table.length / 4);
      const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
      for (let i = 0; i < miniFat.length; i++) miniFat[i] = view.getUint32(i * 4, true);
      this.miniStream = this.regularStream(root.start, root.size);
      this.miniFat = miniFat;
    }
    const miniStream = this.miniStream;
    const out = new Uint8Array(size);
    if (size === 0) return out;
    const sectors = this.chain(start, this.miniFat, Math.ceil(size / this.miniSectorSize));
    if (sectors.length * this.miniSectorSize < size) throw new Damaged();
    sectors.forEach((sector, i) => {
      const from = sector * this.miniSectorSize;
      const take = Math.min(this.miniSectorSize, size - i * this.miniSectorSize);
      if (from + take > miniStream.length) throw new Damaged();
      out.set(miniStream.subarray(from, from + take), i * this.miniSectorSize);
    });
    return out;
  }

  file(): CompoundFile {
    const sectors = this.chain(this.u32(0x30), this.fat, Math.ceil((MAX_DIRECTORY_ENTRIES * ENTRY_BYTES) / this.sectorSize));
    const raw: Array<{ entry: CompoundEntry; type: number; left: number; right: number; child: number }> = [];
    for (const sector of sectors) {
      const at = this.sectorOffset(sector);
      for (let i = 0; i < this.sectorSize / ENTRY_BYTES; i++) {
        const e = at + i * ENTRY_BYTES;
        const nameBytes = Math.min(this.u16(e + 0x40), 64);
        const name = nameBytes >= 2 ? utf16.decode(this.bytes.subarray(e, e + nameBytes - 2)) : '';
        const type = this.bytes[e + 0x42]!;
        // §2.6.3: version 3 files may leave garbage in the size's high 32 bits
        const size = this.sectorSize === 512 ? this.u32(e + 0x78) : this.u32(e + 0x78) + this.u32(e + 0x7c) * 2 ** 32;
        raw.push({
          entry: { name, storage: type === TYPE_STORAGE || type === TYPE_ROOT, size, children: new Map(), start: this.u32(e + 0x74) },
          type, left: this.u32(e + 0x44), right: this.u32(e + 0x48), child: this.u32(e + 0x4c),
        });
      }
    }
    const root = raw[0];
    if (!root || root.type !== TYPE_ROOT) throw new Damaged();
    // each storage's children are a tree of siblings under its child entry; an entry is placed once
    const placed = new Uint8Array(raw.length);
    placed[0] = 1;
    const storages = [0];
    while (storages.length) {
      const parent = raw[storages.pop()!]!;
      const stack = parent.child === NO_STREAM ? [] : [parent.child];
      while (stack.length) {
        const id = stack.pop()!;
        const node = raw[id];
        if (!node || placed[id]) continue;
        placed[id] = 1;
        if (node.type === TYPE_STORAGE || node.type === TYPE_STREAM) {
          parent.entry.children.set(node.entry.name.toLowerCase(), node.entry);
          if (node.type === TYPE_STORAGE) storages.push(id);
        }
        if (node.left !== NO_STREAM) stack.push(node.left);
        if (node.right !== NO_STREAM) stack.push(node.right);
      }
    }
    return {
      root: root.entry,
      read: (entry, maxBytes = Infinity) => {
        if (entry.storage) return null;
        const size = Math.min(entry.size, maxBytes);
        try {
          return entry.size < this.miniCutoff ? this.miniStreamStream(entry.start, size, root.entry) : this.regularStream(entry.start, size);
        } catch (error) {
          if (error instanceof Damaged || error instanceof RangeError) return null;
          throw error;
        }
      },
    };
  }
}
