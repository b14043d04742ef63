// The compressed RTF body of an Outlook message (PidTagRtfCompressed, [MS-OXRTFCP]) -> the RTF bytes.
// Outlook in rich-text mode, and archivers, keep a message's only body this way. A 16-byte header
// (COMPSIZE, RAWSIZE, COMPTYPE, CRC; little-endian) then the data: "MELA" stored as is, "LZFu" an LZ77
// of 4096-byte dictionary primed with 207 bytes of RTF every writer shares. One pass over the input,
// the output capped: a broken stream gives what was read before the break, a hostile one no more bytes
// than the cap.
import { MAX_MESSAGE_BYTES } from './limits.js';

/** RTF bytes decompressed at most: the size past which a message is cut before parsing. */
export const MAX_RTF_BYTES = MAX_MESSAGE_BYTES;

const HEADER_BYTES = 16;
/** COMPTYPE, read little-endian: "LZFu" compressed, "MELA" stored. */
const COMPRESSED = 0x75465a4c;
const UNCOMPRESSED = 0x414c454d;

/** [MS-OXRTFCP] §2.1.2.1: the dictionary's first 207 bytes, before any output. */
const INITIAL_DICTIONARY =
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript ' +
  '\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par ' +
  '\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx';
const DICTIONARY_BYTES = 4096;

let crcTable: Uint32Array | null = null;

/** [MS-OXRTFCP] §2.1.3.2: CRC-32 (polynomial 0xEDB88320) started at 0, with no final inversion. */
export function rtfCrc(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0;
  for (let i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return crc >>> 0;
}

/**
 * The RTF of a PidTagRtfCompressed value; null when it is none (too short, an unknown COMPTYPE, a CRC
 * that does not match its bytes). A stream cut short gives the bytes before the cut.
 */
export function decompressRtf(bytes: Uint8Array, maxBytes = MAX_RTF_BYTES): Uint8Array | null {
  if (bytes.length < HEADER_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // COMPSIZE counts the bytes after itself: a larger one means a stream cut short, read as far as it goes
  const end = Math.min(bytes.length, 4 + view.getUint32(0, true));
  if (end < HEADER_BYTES) return null;
  const rawSize = Math.min(view.getUint32(4, true), maxBytes);
  const type = view.getUint32(8, true);
  const data = bytes.subarray(HEADER_BYTES, end);
  if (type === UNCOMPRESSED) return data.slice(0, rawSize);
  if (type !== COMPRESSED) return null;
  // the CRC covers the whole stream: a cut one is still read, a damaged one (bytes changed) is not
  if (end === 4 + view.getUint32(0, true) && rtfCrc(data) !== view.getUint32(12, true)) return null;
  // a control byte and eight references make 17 bytes of data into at most 8 * 17 bytes of RTF
  return lzfu(data, Math.min(rawSize, data.length * 8));
}

/** [MS-OXRTFCP] §2.2.3: LZFu data -> at most `rawSize` bytes. */
function lzfu(data: Uint8Array, rawSize: number): Uint8Array {
  const dictionary = new Uint8Array(DICTIONARY_BYTES);
  for (let i = 0; i < INITIAL_DICTIONARY.length; i++) dictionary[i] = INITIAL_DICTIONARY.charCodeAt(i);
  let write = INITIAL_DICTIONARY.length;
  const out = new Uint8Array(rawSize);
  let size = 0;
  let at = 0;
  while (at < data.length && size < rawSize) {
    const control = data[at++]!;
    for (let bit = 0; bit < 8 && size < rawSize; bit++) {
      if ((control & (1 << bit)) === 0) {
        // a literal byte
        if (at >= data.length) return out.subarray(0, size);
        const byte = data[at++]!;
        dictionary[write] = byte;
        write = (write + 1) % DICTIONARY_BYTES;
        out[size++] = byte;
        continue;
      }
      // a reference: 12 bits of dictionary offset, 4 of length less 2, big-endian
      if (at + 1 >= data.length) return out.subarray(0, size);
      const token = (data[at]! << 8) | data[at + 1]!;
      at += 2;
      let read = token >>> 4;
      // a reference to the write position ends the data
      if (read === write) return out.subarray(0, size);
      const length = (token & 0x0f) + 2;
      for (let n = 0; n < length && size < rawSize; n++) {
        const byte = dictionary[read]!;
        read = (read + 1) % DICTIONARY_BYTES;
        dictionary[write] = byte;
        write = (write + 1) % DICTIONARY_BYTES;
        out[size++] = byte;
      }
    }
  }
  return out.subarray(0, size);
}
