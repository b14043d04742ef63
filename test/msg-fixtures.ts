// Synthetic Outlook .msg files ([MS-OXMSG]) for the tests, written with the cfb package (SheetJS's
// Compound File writer): an independent writer for our reader (src/message/compound-file.ts).
import { createRequire } from 'node:module';

interface Cfb {
  utils: { cfb_new(): unknown; cfb_add(cfb: unknown, path: string, content: Buffer): void };
  write(cfb: unknown, options: { type: 'buffer' }): Buffer;
}
const CFB = createRequire(import.meta.url)('cfb') as Cfb;

/** A Compound File holding these streams, by path ("/Folder/Stream"; storages are made on the way). */
export function compoundFileOf(streams: Record<string, Buffer>): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  for (const [path, content] of Object.entries(streams)) CFB.utils.cfb_add(cfb, path, content);
  return new Uint8Array(CFB.write(cfb, { type: 'buffer' }));
}

export interface MsgRecipient {
  smtp?: string;
  /** PidTagEmailAddress, with PidTagAddressType (an Exchange recipient keeps an X.500 DN there). */
  email?: string;
  addressType?: string;
  name?: string;
  /** PidTagSupplementaryInfo: the remote server's reply, as Exchange writes it. */
  supplementary?: string;
  reportText?: string;
}

export interface MsgSpec {
  messageClass: string;
  subject?: string;
  body?: string;
  /** The body as an 8-bit string in this Windows code page (PidTagInternetCodepage). */
  codepage?: number;
  html?: string;
  /** PidTagRtfCompressed: the RTF body as Outlook stores it (compressedRtf below). */
  rtf?: Uint8Array;
  senderName?: string;
  senderSmtp?: string;
  transportHeaders?: string;
  submitTime?: Date;
  recipients?: MsgRecipient[];
  /** PidTagDisplayTo and PidTagInternetMessageId. */
  displayTo?: string;
  messageId?: string;
  /** An attached message (afEmbeddedMessage): a report's returned original, or a bounce forwarded as an attachment. */
  embedded?: MsgSpec | MsgSpec[];
  /** A binary attachment of this many bytes (a PDF the bounce returned). */
  attachmentBytes?: number;
}

const unicode = (s: string) => Buffer.from(s + '\0', 'utf16le');

/** Windows-1252 for the Latin-1 range (the tests' Portuguese). */
function cp1252(s: string): Buffer {
  return Buffer.from([...s].map((c) => c.charCodeAt(0) & 0xff));
}

/** The __properties_version1.0 stream: a header, then 16 bytes per fixed-size property. */
function properties(headerBytes: number, props: Array<{ id: number; type: number; value: Buffer }>): Buffer {
  const out = Buffer.alloc(headerBytes + 16 * props.length);
  props.forEach((p, i) => {
    const at = headerBytes + 16 * i;
    out.writeUInt32LE(((p.id << 16) | p.type) >>> 0, at);
    out.writeUInt32LE(6, at + 4); // readable, writable
    p.value.copy(out, at + 8);
  });
  return out;
}

const int32 = (id: number, n: number) => {
  const value = Buffer.alloc(8);
  value.writeInt32LE(n, 0);
  return { id, type: 0x0003, value };
};

const time = (id: number, d: Date) => {
  const value = Buffer.alloc(8);
  const ticks = (BigInt(d.getTime()) + 11_644_473_600_000n) * 10_000n;
  value.writeBigUInt64LE(ticks, 0);
  return { id, type: 0x0040, value };
};

export function outlookMsg(spec: MsgSpec): Uint8Array {
  const streams: Record<string, Buffer> = {};
  writeMessage(streams, '', spec, 32);
  return compoundFileOf(streams);
}

/** The streams of one message under `dir` ("" for the .msg; an attachment's storage for an attached one). */
function writeMessage(streams: Record<string, Buffer>, dir: string, spec: MsgSpec, headerBytes: number): void {
  const add = (path: string, content: Buffer) => { streams[path] = content; };
  const str = (at: string, id: string, value: string | undefined) => {
    if (value !== undefined) add(`${at}/__substg1.0_${id}001F`, unicode(value));
  };
  const strings: Array<[string, string | undefined]> = [
    ['001A', spec.messageClass], ['0037', spec.subject], ['0C1A', spec.senderName], ['5D01', spec.senderSmtp],
    ['007D', spec.transportHeaders], ['0E04', spec.displayTo], ['1035', spec.messageId],
  ];
  for (const [id, value] of strings) str(dir, id, value);
  if (spec.body !== undefined) {
    if (spec.codepage) add(`${dir}/__substg1.0_1000001E`, cp1252(spec.body + '\0'));
    else str(dir, '1000', spec.body);
  }
  if (spec.html !== undefined) add(`${dir}/__substg1.0_10130102`, Buffer.from(spec.html, 'utf8'));
  if (spec.rtf !== undefined) add(`${dir}/__substg1.0_10090102`, Buffer.from(spec.rtf));
  const fixed = [];
  if (spec.submitTime) fixed.push(time(0x0039, spec.submitTime));
  if (spec.codepage) fixed.push(int32(0x3fde, spec.codepage));
  else if (spec.html !== undefined) fixed.push(int32(0x3fde, 65001));
  add(`${dir}/__properties_version1.0`, properties(headerBytes, fixed));
  (spec.recipients ?? []).forEach((r, i) => {
    const recip = `${dir}/__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
    const props: Array<[string, string | undefined]> = [
      ['39FE', r.smtp], ['3003', r.email], ['3002', r.addressType], ['3001', r.name], ['0C1B', r.supplementary], ['1001', r.reportText],
    ];
    for (const [id, value] of props) str(recip, id, value);
    add(`${recip}/__properties_version1.0`, properties(8, [int32(0x0c15, 1)]));
  });
  let n = 0;
  if (spec.attachmentBytes) {
    const attach = `${dir}/__attach_version1.0_#${(n++).toString(16).padStart(8, '0')}`;
    str(attach, '3707', 'contrato.pdf');
    add(`${attach}/__substg1.0_37010102`, Buffer.alloc(spec.attachmentBytes, 0x25));
    add(`${attach}/__properties_version1.0`, properties(8, [int32(0x3705, 1)]));
  }
  for (const embedded of spec.embedded === undefined ? [] : [spec.embedded].flat()) {
    const attach = `${dir}/__attach_version1.0_#${(n++).toString(16).padStart(8, '0')}`;
    add(`${attach}/__properties_version1.0`, properties(8, [int32(0x3705, 5)]));
    writeMessage(streams, `${attach}/__substg1.0_3701000D`, embedded, 24);
  }
}

/** A Microsoft 365 non-delivery report for `recipients`, as Outlook saves it. */
export function ndrMsg(recipients: MsgRecipient[], extra: Partial<MsgSpec> = {}): Uint8Array {
  return outlookMsg({
    messageClass: 'REPORT.IPM.Note.NDR',
    subject: 'Undeliverable: Proposta comercial',
    senderName: 'Microsoft Outlook',
    senderSmtp: 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.org',
    submitTime: new Date('2026-11-20T13:45:00Z'),
    body: [
      'Your message to the recipients below couldn\'t be delivered.',
      ...recipients.map((r) => r.smtp ?? r.email ?? ''),
      '',
      'Diagnostic information for administrators:',
      'Generating server: BN0PR01MB0001.prod.outlook.com',
    ].join('\r\n'),
    recipients,
    embedded: {
      messageClass: 'IPM.Note', subject: 'Proposta comercial', senderSmtp: 'vendas@example.org', displayTo: recipients.map((r) => r.smtp).join('; '),
      messageId: '<proposta-1@example.org>', body: 'Segue a proposta.',
    },
    ...extra,
  });
}

/** [MS-OXRTFCP] §2.1.2.1: the dictionary's first bytes, shared by every LZFu writer and reader. */
const RTF_DICTIONARY = Buffer.from(
  '{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript ' +
  '\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par ' +
  '\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx', 'latin1');

/** [MS-OXRTFCP] §2.1.3.2: CRC-32 started at 0, not inverted (written here apart from the reader's). */
function lzfuCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return crc >>> 0;
}

/**
 * PidTagRtfCompressed of an RTF document: "LZFu" (greedy matches of 2 to 17 bytes against what the
 * dictionary holds, short documents only: the dictionary never wraps), or "MELA" (stored) with `stored`.
 */
export function compressedRtf(rtf: string | Uint8Array, stored = false): Uint8Array {
  const raw = typeof rtf === 'string' ? Buffer.from(rtf, 'latin1') : Buffer.from(rtf);
  let data: Buffer;
  if (stored) data = raw;
  else {
    if (RTF_DICTIONARY.length + raw.length >= 4096) throw new Error('compressedRtf: a short document only');
    const dict = Buffer.concat([RTF_DICTIONARY, raw]);
    const out: number[] = [];
    let control = -1;
    let bit = 8;
    const token = (isReference: boolean, bytes: number[]) => {
      if (bit === 8) { control = out.length; out.push(0); bit = 0; }
      if (isReference) out[control]! |= 1 << bit;
      bit++;
      out.push(...bytes);
    };
    for (let at = 0; at < raw.length;) {
      const write = RTF_DICTIONARY.length + at;
      let best = 0;
      let from = 0;
      for (let o = 0; o < write; o++) {
        let len = 0;
        while (len < 17 && at + len < raw.length && o + len < write && dict[o + len] === raw[at + len]) len++;
        if (len > best) { best = len; from = o; }
      }
      if (best >= 2) {
        token(true, [(from << 4) >> 8, ((from << 4) | (best - 2)) & 0xff]);
        at += best;
      } else {
        token(false, [raw[at]!]);
        at++;
      }
    }
    // the end: a reference to the write position
    const end = (RTF_DICTIONARY.length + raw.length) % 4096;
    token(true, [(end << 4) >> 8, (end << 4) & 0xff]);
    data = Buffer.from(out);
  }
  const header = Buffer.alloc(16);
  header.writeUInt32LE(data.length + 12, 0);
  header.writeUInt32LE(raw.length, 4);
  header.write(stored ? 'MELA' : 'LZFu', 8, 'latin1');
  header.writeUInt32LE(stored ? 0 : lzfuCrc(data), 12);
  return new Uint8Array(Buffer.concat([header, data]));
}
