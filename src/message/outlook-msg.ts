// An Outlook message saved as a .msg file ([MS-OXMSG]: MAPI properties in a Compound File) -> the
// e-mail it stands for, as MIME text the message reader reads like any other bounce. A bounce dragged
// out of Outlook on Windows arrives this way. Outlook keeps a non-delivery report (message class
// REPORT.IPM.Note.NDR) as its readable text in the body (plain, HTML, or compressed RTF: [MS-OXRTFCP])
// and the delivery status of each recipient in the recipient table ([MS-OXOMSG] §2.2.2:
// PidTagSupplementaryInfo holds the remote server's reply, "<mx.example.com #5.1.1 smtp;550 5.1.1 User
// unknown>"): the recipients become the fields of a delivery-status part (RFC 3464), and an attached
// message (a report's returned original, a bounce a colleague forwarded as an attachment) a
// message/rfc822 part, converted the same way. Only the properties read here are decoded: an
// attachment's bytes never are.
import { readCompoundFile, type CompoundEntry, type CompoundFile } from './compound-file.js';
import { charsetDecoder, codepageLabel } from './charset.js';
import { htmlToText } from './html-to-text.js';
import { MAX_NOTICE_CHARS, RECIPIENTS_READ } from './limits.js';
import { decompressRtf } from './rtf-decompress.js';
import { rtfToText } from './rtf-to-text.js';

/** Bytes of one property read: a body or a header block longer than this is cut. */
const MAX_PROPERTY_BYTES = 2 * MAX_NOTICE_CHARS;
/** Attachments of one message looked at for attached messages. */
const MAX_ATTACHMENTS = 32;
/** Attached messages converted in one file, at any depth: a hostile file may nest thousands. */
export const MAX_EMBEDDED_MESSAGES = 16;

/** Property ids ([MS-OXPROPS]), as the four hex digits of a stream's name. */
const PROP = {
  messageClass: '001A',
  subject: '0037',
  clientSubmitTime: '0039',
  transportHeaders: '007D',
  senderName: '0C1A',
  senderEmail: '0C1F',
  senderSmtp: '5D01',
  displayTo: '0E04',
  deliveryTime: '0E06',
  body: '1000',
  html: '1013',
  rtfCompressed: '1009',
  messageId: '1035',
  internetCodepage: '3FDE',
  messageCodepage: '3FFD',
  supplementaryInfo: '0C1B',
  reportText: '1001',
  displayName: '3001',
  addressType: '3002',
  emailAddress: '3003',
  smtpAddress: '39FE',
  attachMethod: '3705',
  embeddedMessage: '3701',
} as const;

/** Property types: Unicode and 8-bit strings, binary, 32-bit integer, time ([MS-OXCDATA] §2.11.1). */
const UNICODE = '001F';
const STRING8 = '001E';
const BINARY = '0102';
const INT32 = 0x0003;
const TIME = 0x0040;
/** PidTagAttachMethod's value for an attached message ([MS-OXCMSG] §2.2.2.9: afEmbeddedMessage). */
const EMBEDDED_MESSAGE = 5;

const utf16 = new TextDecoder('utf-16le');

/** One message's storage in the file: the .msg itself, or an attached message inside it. */
class MessageStorage {
  private fixed: Map<string, DataView> | null = null;
  private ownCharset: string | undefined | null = null;

  constructor(
    private readonly file: CompoundFile,
    readonly entry: CompoundEntry,
    /** Bytes before the fixed properties' entries: 32 in the .msg, 24 in an attached message, 8 elsewhere. */
    private readonly headerBytes: number,
    /** The charset of the message around it (the one a recipient belongs to, the one an attached message is in). */
    private readonly outerCharset: string | undefined,
  ) {}

  /** The charset of its 8-bit strings: the code page it names, else the message's around it. */
  get charset(): string | undefined {
    if (this.ownCharset === null) this.ownCharset = codepageLabel(this.int(PROP.internetCodepage) ?? this.int(PROP.messageCodepage));
    return this.ownCharset ?? this.outerCharset;
  }

  child(name: string): CompoundEntry | undefined {
    return this.entry.children.get(name.toLowerCase());
  }

  /** A string property, Unicode or in the message's code page; undefined when it is absent. */
  text(id: string): string | undefined {
    const wide = this.child(`__substg1.0_${id}${UNICODE}`);
    if (wide) return this.decode(wide, (b) => utf16.decode(b));
    const narrow = this.child(`__substg1.0_${id}${STRING8}`);
    if (narrow) return this.decode(narrow, (b) => charsetDecoder(this.charset).decode(b));
    return undefined;
  }

  binary(id: string): Uint8Array | undefined {
    const entry = this.child(`__substg1.0_${id}${BINARY}`);
    return entry ? this.file.read(entry, MAX_PROPERTY_BYTES) ?? undefined : undefined;
  }

  private decode(entry: CompoundEntry, decode: (b: Uint8Array) => string): string | undefined {
    const bytes = this.file.read(entry, MAX_PROPERTY_BYTES);
    if (!bytes) return undefined;
    const text = decode(bytes);
    const nul = text.indexOf('\0');
    return nul >= 0 ? text.slice(0, nul) : text;
  }

  /** The value bytes of a fixed-size property of `type` (the __properties_version1.0 stream). */
  private value(id: string, type: number): DataView | undefined {
    if (!this.fixed) {
      this.fixed = new Map();
      const entry = this.child('__properties_version1.0');
      const bytes = entry ? this.file.read(entry, MAX_PROPERTY_BYTES) : null;
      if (bytes) {
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (let at = this.headerBytes; at + 16 <= bytes.length; at += 16) {
          const tag = view.getUint32(at, true);
          const key = `${(tag >>> 16).toString(16).toUpperCase().padStart(4, '0')}:${tag & 0xffff}`;
          this.fixed.set(key, new DataView(bytes.buffer, bytes.byteOffset + at + 8, 8));
        }
      }
    }
    return this.fixed.get(`${id}:${type}`);
  }

  int(id: string): number | undefined {
    return this.value(id, INT32)?.getInt32(0, true);
  }

  /** A time property (a FILETIME: 100-nanosecond steps since 1601), or undefined. */
  time(id: string): Date | undefined {
    const v = this.value(id, TIME);
    if (!v) return undefined;
    const ms = (v.getUint32(4, true) * 2 ** 32 + v.getUint32(0, true)) / 10_000 - 11_644_473_600_000;
    const date = new Date(ms);
    return Number.isFinite(date.getTime()) && ms > 0 ? date : undefined;
  }

  /** The storages named `prefix#00000000`, `prefix#00000001`... in order, at most `max`. */
  numbered(prefix: string, max: number): CompoundEntry[] {
    const out: CompoundEntry[] = [];
    for (const [name, entry] of this.entry.children) {
      if (entry.storage && name.startsWith(prefix)) out.push(entry);
    }
    // the numbers are eight hex digits: their order is the names' order
    return out.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1)).slice(0, max);
  }
}

/** A header field's value on one line: no line break may end the field early. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim();
}

/** RFC 5322 §3.3 date, in UTC. */
function rfc5322Date(d: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

/** Header fields that describe the body the .msg no longer has as MIME: the body written here replaces them. */
const BODY_FIELDS = /^(?:content-[\w-]*|mime-version)\s*:/i;

/**
 * A transport header block (PidTagTransportMessageHeaders, the fields as the message arrived) without
 * its MIME fields and the blank line that ended it; fields that continue on folded lines go with them.
 */
function withoutBodyFields(headers: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of headers.split(/\r\n|\r|\n/)) {
    if (!line.trim()) break;
    if (/^[ \t]/.test(line)) {
      if (!skipping) kept.push(line);
      continue;
    }
    skipping = BODY_FIELDS.test(line);
    if (!skipping) kept.push(line);
  }
  return kept.join('\r\n');
}

/** The address of a recipient, or of the sender: the SMTP one when Exchange keeps another (an X.500 DN). */
function smtpAddress(msg: MessageStorage, smtpId: string, emailId: string, typeId: string | null): string | undefined {
  const smtp = msg.text(smtpId);
  if (smtp?.includes('@')) return smtp.trim();
  const email = msg.text(emailId);
  const type = typeId ? msg.text(typeId) : undefined;
  if (email?.includes('@') && (!type || type.toUpperCase() === 'SMTP')) return email.trim();
  return undefined;
}

/** The report's Action for a recipient (RFC 3464 §2.3.3), by the report's message class. */
function actionOf(messageClass: string): string | null {
  const cls = messageClass.toLowerCase();
  if (!cls.startsWith('report.')) return null;
  if (cls.endsWith('.ndr')) return 'failed';
  if (cls.endsWith('.dr')) return 'delivered';
  if (cls.endsWith('.delayed') || cls.endsWith('.delayeddeliverynotification')) return 'delayed';
  return null;
}

/** A delivery-status part: a field block per recipient with a report of its own (its reply, its text). */
function deliveryStatus(msg: MessageStorage, file: CompoundFile, action: string): string | null {
  const blocks: string[] = [];
  for (const entry of msg.numbered('__recip_version1.0_#', RECIPIENTS_READ)) {
    const recip = new MessageStorage(file, entry, 8, msg.charset);
    // an external recipient of an Exchange user may keep its SMTP address only as its display name
    const shown = recip.text(PROP.displayName)?.trim();
    const address = smtpAddress(recip, PROP.smtpAddress, PROP.emailAddress, PROP.addressType) ??
      (shown && /^[^\s@<>]+@[^\s@<>]+$/.test(shown) ? shown : undefined);
    const reply = recip.text(PROP.supplementaryInfo) ?? recip.text(PROP.reportText);
    if (!address || (!reply && action === 'failed')) continue;
    const fields = [`Final-Recipient: rfc822; ${oneLine(address)}`, `Action: ${action}`];
    if (reply) fields.push(`Diagnostic-Code: smtp; ${oneLine(reply)}`);
    blocks.push(fields.join('\r\n'));
  }
  return blocks.length ? blocks.join('\r\n\r\n') : null;
}

/** The attached messages (afEmbeddedMessage): the returned original of a report, a bounce forwarded as an attachment. */
function embeddedMessages(msg: MessageStorage, file: CompoundFile): CompoundEntry[] {
  const out: CompoundEntry[] = [];
  for (const entry of msg.numbered('__attach_version1.0_#', MAX_ATTACHMENTS)) {
    const attachment = new MessageStorage(file, entry, 8, undefined);
    const inner = attachment.child(`__substg1.0_${PROP.embeddedMessage}000D`);
    if (attachment.int(PROP.attachMethod) === EMBEDDED_MESSAGE && inner?.storage) out.push(inner);
  }
  return out;
}

/** A message's header fields: as it arrived (its transport headers), else what its properties give. */
function headerFields(msg: MessageStorage): string[] {
  const transport = msg.text(PROP.transportHeaders);
  if (transport?.trim()) return [withoutBodyFields(transport)];
  const fields: string[] = [];
  const from = smtpAddress(msg, PROP.senderSmtp, PROP.senderEmail, null);
  const name = msg.text(PROP.senderName);
  if (from) fields.push(`From: ${name && name !== from ? `"${oneLine(name).replace(/["\\]/g, '')}" ` : ''}<${oneLine(from)}>`);
  const to = msg.text(PROP.displayTo);
  if (to?.includes('@')) fields.push(`To: ${oneLine(to)}`);
  const subject = msg.text(PROP.subject);
  if (subject) fields.push(`Subject: ${oneLine(subject)}`);
  const id = msg.text(PROP.messageId);
  if (id) fields.push(`Message-ID: ${oneLine(id)}`);
  const date = msg.time(PROP.clientSubmitTime) ?? msg.time(PROP.deliveryTime);
  if (date) fields.push(`Date: ${rfc5322Date(date)}`);
  return fields;
}

const BOUNDARY = '=_smtp-explain-msg';

/** A boundary no part holds: BOUNDARY and more '_' than follow it anywhere in them (one pass each). */
function boundaryOutside(parts: readonly string[]): string {
  let longest = -1;
  for (const part of parts) {
    for (let at = part.indexOf(BOUNDARY); at >= 0; at = part.indexOf(BOUNDARY, at + 1)) {
      let end = at + BOUNDARY.length;
      while (part.charCodeAt(end) === 95 /* _ */) end++;
      longest = Math.max(longest, end - at - BOUNDARY.length);
    }
  }
  return BOUNDARY + '_'.repeat(longest + 1);
}

/**
 * The e-mail an Outlook .msg file holds, as MIME text; null when the file is no Outlook message (another
 * Office document, a damaged file).
 */
export function outlookMessage(bytes: Uint8Array): string | null {
  const file = readCompoundFile(bytes);
  return file ? messageMime(new MessageStorage(file, file.root, 32, undefined), file, 0, { left: MAX_EMBEDDED_MESSAGES }) : null;
}

/** Messages inside messages followed: a bounce forwarded as an attachment, and the original inside it. */
export const MAX_EMBEDDED_DEPTH = 3;

/** One message as MIME: the .msg itself, or a message attached to it `depth` levels down. */
function messageMime(msg: MessageStorage, file: CompoundFile, depth: number, budget: { left: number }): string | null {
  const messageClass = msg.text(PROP.messageClass);
  if (messageClass === undefined) return null;

  let text = msg.text(PROP.body);
  if (!text?.trim()) {
    // no plain body: the HTML one (binary in the message's code page, or a string)
    const htmlBytes = msg.binary(PROP.html);
    const html = htmlBytes ? charsetDecoder(msg.charset).decode(htmlBytes) : msg.text(PROP.html);
    text = html ? htmlToText(html) : '';
  }
  if (!text.trim()) {
    // neither: the compressed RTF one (Outlook's rich-text messages), whose HTML or text it may carry
    const rtf = msg.binary(PROP.rtfCompressed);
    const decompressed = rtf && decompressRtf(rtf);
    if (decompressed) text = rtfToText(decompressed);
  }
  const action = actionOf(messageClass);
  const status = action ? deliveryStatus(msg, file, action) : null;

  const parts = [`Content-Type: text/plain; charset=utf-8\r\n\r\n${text.slice(0, MAX_NOTICE_CHARS)}`];
  if (status) parts.push(`Content-Type: message/delivery-status\r\n\r\n${status}`);
  // a report's returned original, or a bounce someone attached to a message of theirs
  if (depth < MAX_EMBEDDED_DEPTH) {
    for (const inner of embeddedMessages(msg, file)) {
      if (budget.left-- <= 0) break;
      const mime = messageMime(new MessageStorage(file, inner, 24, msg.charset), file, depth + 1, budget);
      if (mime) parts.push(`Content-Type: message/rfc822\r\n\r\n${mime}`);
    }
  }
  const boundary = boundaryOutside(parts);
  const type = status ? `multipart/report; report-type=delivery-status; boundary="${boundary}"` : `multipart/mixed; boundary="${boundary}"`;
  return [
    ...headerFields(msg),
    'MIME-Version: 1.0',
    `Content-Type: ${type}`,
    '',
    ...parts.map((p) => `--${boundary}\r\n${p}\r\n`),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}
