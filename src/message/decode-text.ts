// Plain-text bounces (qmail, Exim, Sendmail, Courier, providers...): find each failed recipient in the
// notification and the lines that speak of it. Family-specific markers live in text-markers.ts.
import { foldSpace } from '../reply/clean-text.js';
import { readFields } from '../reply/parse-dsn-fields.js';
import { cleanAddress, findAddresses } from '../reply/find-address.js';
import { findCommand } from '../reply/find-command.js';
import { findRemoteHost } from '../reply/find-host.js';
import { findFailureReplyCode, findFailureStatus, findReplyCode, findStatus } from '../reply/find-codes.js';
import { RECIPIENTS_READ } from './limits.js';
import { namedAfterFrom, namedAsAnother } from '../reply/not-recipient.js';
import { isRoleAddress } from './sender-addresses.js';
import { ADDRESS_FIELD_NAMES } from './shown-fields.js';
import { findStrongPhrase } from '../classify/find-phrase.js';
import { soundsDelayed } from './delay-markers.js';
import { failureNoticeMarker } from './looks-like-bounce.js';
import { noticeLines } from './notice-views.js';
import type { BounceDoc, Decoder, RecipientFacts } from './types.js';
import { QMAIL_GIVING_UP } from './decoders/qmail.js';
import { failingReply, recipientReplies } from '../reply/transcript.js';

/** Paragraph text around one recipient is cut to this many characters. */
const MAX_PARAGRAPH = 4000;

/** Header lines quoted in a notice (the returned message's, or a transcript's): never a failed recipient. */
const HEADER_LINE = /^[\s>]*(?:message-id|references|in-reply-to|received|from|return-path|sender|reply-to|date|dkim-signature|list-[a-z]+|errors-to|x-[a-z-]+|envelope-from|mail from|smtp\.mailfrom|by)\s*[:=]/i;

/** A letter of any script. */
const LETTER = /\p{L}/u;

/** A line that starts a header field, indented or not ("  To: ana@x" in a list of the message's fields). */
const FIELD_START = /^[\t ]*[\w-]+:/;

/** "To: a@x", "Para: a@x", "Cc: a@x" at the start of a line: a field a mail client shows, naming a party. */
const ADDRESS_FIELD_LINE = new RegExp(`^[\\s>]*(?:${ADDRESS_FIELD_NAMES.join('|')})\\s*:`, 'i');

interface Found {
  recipient: string;
  line: number;
}

/** The returned message's fields that name its sender. */
const ORIGINAL_SENDER_FIELDS: ReadonlySet<string> = new Set(['from', 'return-path', 'sender', 'reply-to']);

/** Addresses that are the bounce's own parties (the original sender, the daemon), not failed recipients. */
export function partyAddresses(doc: BounceDoc): Set<string> {
  const out = new Set<string>();
  for (const name of ['from', 'to', 'return-path', 'reply-to', 'sender']) {
    for (const a of findAddresses(doc.headers.get(name) ?? '')) out.add(a.toLowerCase());
  }
  for (const a of doc.forwardedParties ?? []) out.add(a.toLowerCase());
  if (doc.originalHeaders) {
    // the original message's sender is the bounce's addressee, not a failed recipient
    const original = readFields(doc.originalHeaders, ORIGINAL_SENDER_FIELDS);
    for (const name of ORIGINAL_SENDER_FIELDS) {
      for (const a of findAddresses(original.get(name) ?? '')) out.add(a.toLowerCase());
    }
  }
  return out;
}

/**
 * Which lines are a quoted header field (the returned message's, a transcript's), folded lines included
 * ("Message-ID:\n  <id@x>", a Received field's "for <ana@x>;"): they name no failed recipient, and
 * their words ("X-Virus-Scanned:") say nothing of the failure.
 */
function headerLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = new Array(lines.length);
  let inField = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const field = FIELD_START.test(line);
    const continued = !field && (line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9);
    inField = (field && HEADER_LINE.test(line)) || (continued && inField);
    out[i] = inField;
  }
  return out;
}

/**
 * What may join two addresses named together ("postmaster@x or help@x", "ou"): the second is named as
 * the first one is. A comma is not among them: a line may list the recipients that failed.
 */
const JOINED = /^[\s<>]*(?:or|and|ou|e|\/)[\s<>]*$/;

/**
 * The middle box of the diagram a Microsoft 365 notice draws (sender, the service, the recipient: "loja@x",
 * "Office 365", "carlos"), copied from Outlook as three lines or one line with tabs or spaces between.
 */
const DIAGRAM_SERVICE = /^(?:office|microsoft) 365$/i;

/** The diagram's boxes on one line: the service's box, then the recipient's. */
const DIAGRAM_SERVICE_THEN = /^(?:office|microsoft) 365(?:\s|$)/i;

/**
 * Whether the address is the diagram's first box: the sender's own address, which Outlook shows there when
 * the sender has no display name. The notice is written to the sender; its failed recipient is named
 * elsewhere ("Your message to carlos@x couldn't be delivered", "Recipient carlos@x not found").
 */
function diagramSender(lines: readonly string[], i: number, address: string): boolean {
  const line = lines[i]!.trim();
  if (!line.toLowerCase().startsWith(address.toLowerCase())) return false;
  const rest = line.slice(address.length).trim();
  if (rest) return DIAGRAM_SERVICE_THEN.test(rest);
  let next = i + 1;
  while (next < lines.length && !lines[next]!.trim()) next++;
  return next < lines.length && DIAGRAM_SERVICE.test(lines[next]!.trim());
}

/** One address named on a line that may name a recipient, with what its words around it say of it. */
interface Mention {
  line: number;
  address: string;
  key: string;
  /** Named as another's ("from news@x [news@x]"). */
  another: boolean;
  /** Named after "from": most often the sender's. */
  sender: boolean;
  role: boolean;
}

/** Every address of the lines that may name a recipient, in order (the text scan that recipientLines replays). */
function mentions(lines: readonly string[], header: readonly boolean[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('@') || header[i] || HEADER_LINE.test(line)) continue;
    const lower = line.toLowerCase();
    let from = 0;
    // the previous address of the line was a contact's (another's, or a mail system's own)
    let contact = false;
    for (const address of findAddresses(line, 5)) {
      const key = address.toLowerCase();
      const at = lower.indexOf(key, from);
      const joined: boolean = contact && at >= 0 && JOINED.test(lower.slice(from, at));
      // the sender in a Microsoft 365 notice's diagram is named as another's: never a failed recipient
      const another: boolean = at >= 0 && (joined || namedAsAnother(lower, at, key.length, from) || diagramSender(lines, i, address));
      const sender = at >= 0 && !another && namedAfterFrom(lower, at, from);
      if (at >= 0) from = at + key.length;
      const role = isRoleAddress(key);
      contact = another || role;
      out.push({ line: i, address, key, another, sender, role });
    }
  }
  return out;
}

/**
 * Lines that name a recipient: the address alone, "<a@x>:", "a@x: reason", "<a@x>... reason", "To: a@x".
 * Reads the mentions the text scan found (made once per notice), so that asking again with other
 * addresses excluded (one DSN recipient after another) costs no new pass over the text.
 */
function recipientLines(all: readonly Mention[], exclude: ReadonlySet<string>): Found[] {
  const found: Found[] = [];
  const seen = new Set<string>();
  // addresses named as another's: so are their later mentions ("from news@x [news@x]")
  const others = new Set<string>();
  // addresses after "from", most often the sender's: the recipients only when no other is named
  const afterFrom: Found[] = [];
  let line = -1;
  for (const m of all) {
    // no line past the one that reached the limit
    if (m.line !== line) {
      if (found.length >= RECIPIENTS_READ) break;
      line = m.line;
    }
    const key = m.key;
    if (m.another || m.sender) others.add(key);
    if (m.another || exclude.has(key) || m.role || seen.has(key)) continue;
    seen.add(key);
    if (m.sender) {
      if (afterFrom.length < RECIPIENTS_READ) afterFrom.push({ recipient: m.address, line: m.line });
    } else if (!others.has(key)) {
      found.push({ recipient: m.address, line: m.line });
    }
  }
  return found.length ? found : afterFrom;
}

/** What a recipient's facts are when the whole notice speaks for it. */
interface WholeFacts {
  status: string;
  replyCode: string;
  command: string | null;
  remoteHost: string | null;
}

/**
 * What decodeTextRecipients reads of a notice whatever recipients it is asked about: made once per
 * notice, since a DSN asks once per recipient whose fields hold no reason (up to RECIPIENTS_READ of them),
 * and every recipient of a notice whose lines say no reason is given the whole notice's facts.
 */
interface NoticeReading {
  header: boolean[];
  party: Set<string>;
  mentions: Mention[];
  /** The recipients with only the bounce's own parties excluded. */
  found?: Found[];
  whole: string;
  action: 'delayed' | null;
  wholeFacts?: WholeFacts;
}

const READING = Symbol('text reading');

/** Kept on the document in a property that is not enumerable, as notice-views.ts does (a copy reads anew). */
function noticeReading(doc: BounceDoc, lines: readonly string[]): NoticeReading {
  const own = (doc as { [READING]?: NoticeReading })[READING];
  if (own) return own;
  const header = headerLines(lines);
  const whole = foldSpace(doc.notice);
  const made: NoticeReading = {
    header, party: partyAddresses(doc), mentions: mentions(lines, header), whole,
    action: soundsDelayed(whole.toLowerCase()) ? 'delayed' : null,
  };
  Object.defineProperty(doc, READING, { value: made, enumerable: false });
  return made;
}

function wholeFacts(reading: NoticeReading): WholeFacts {
  const text = reading.whole;
  return (reading.wholeFacts ??= {
    status: findFailureStatus(text),
    replyCode: findFailureReplyCode(text),
    command: findCommand(text.toLowerCase()),
    remoteHost: findRemoteHost(text),
  });
}

/** What a recipient's lines say: their text, and the command a pasted session quotes before its refusal. */
interface Block {
  text: string;
  command: string | null;
}

/**
 * The lines that speak of one recipient, from its line to the next recipient's, without quoted header
 * fields, cut at the limit. Of a pasted session ("RCPT TO:<...>", "250 2.1.5 Ok", "DATA", "554 ..."),
 * the reply that failed, as a pasted reply is read (src/reply/transcript.ts).
 */
function block(lines: readonly string[], header: readonly boolean[], from: number, stop: number): Block {
  const parts: string[] = [];
  let size = 0;
  for (let i = from; i < stop && size < MAX_PARAGRAPH; i++) {
    if (header[i] && i > from) continue;
    parts.push(lines[i]!);
    size += lines[i]!.length + 1;
  }
  const raw = parts.join('\n');
  const session = parts.length > 1 ? failingReply(raw) : null;
  // qmail's "Giving up on 192.0.2.1." closes a permanent refusal: no delivery time that ran out
  const text = foldSpace((session?.text ?? raw).replace(QMAIL_GIVING_UP, '')).slice(0, MAX_PARAGRAPH);
  return { text, command: session?.command ?? null };
}

/** The list with only the items `keep` says, in place. */
function keepOnly<T>(list: T[], keep: readonly boolean[]): void {
  list.splice(0, list.length, ...list.filter((_, i) => keep[i]));
}

/** Whether the line holds words apart from the address: a sentence, a contact line (not "<ana@x>:" alone). */
function proseLine(line: string, address: string): boolean {
  const lower = line.toLowerCase();
  const at = lower.indexOf(address.toLowerCase());
  const rest = at >= 0 ? lower.slice(0, at) + lower.slice(at + address.length) : lower;
  return LETTER.test(rest);
}

/**
 * Whether the paragraph of a line (the lines between blank lines, quoted header fields left out) speaks of
 * a failure: a reply code or status, a phrase that names a cause, a notice's words ("não foi entregue").
 * Each paragraph is read once, however many addresses it holds.
 */
function paragraphSpeaks(lines: readonly string[], header: readonly boolean[]): (line: number) => boolean {
  const read = new Map<number, boolean>();
  return (at) => {
    let first = at;
    while (first > 0 && at - first < 50 && lines[first - 1]!.trim()) first--;
    const known = read.get(first);
    if (known !== undefined) return known;
    const parts: string[] = [];
    let size = 0;
    for (let i = first; i < lines.length && size < MAX_PARAGRAPH && lines[i]!.trim(); i++) {
      if (header[i]) continue;
      parts.push(lines[i]!);
      size += lines[i]!.length + 1;
    }
    const text = foldSpace(parts.join('\n'));
    const lower = text.toLowerCase();
    const speaks = findReplyCode(text) !== '' || findStatus(text) !== '' || findStrongPhrase(lower) !== null || failureNoticeMarker(lower) !== null;
    read.set(first, speaks);
    return speaks;
  };
}

export function decodeTextRecipients(doc: BounceDoc, preferred: readonly string[] = []): RecipientFacts[] {
  const lines = noticeLines(doc);
  const reading = noticeReading(doc, lines);
  const header = reading.header;
  let exclude = reading.party;
  if (preferred.some((p) => exclude.has(p.toLowerCase()))) {
    exclude = new Set(exclude);
    for (const p of preferred) exclude.delete(p.toLowerCase());
  }
  let found = exclude === reading.party ? (reading.found ??= recipientLines(reading.mentions, exclude)) : recipientLines(reading.mentions, exclude);
  if (preferred.length) {
    const want = new Set(preferred.map((p) => p.toLowerCase()));
    const kept = found.filter((f) => want.has(f.recipient.toLowerCase()));
    found = kept.length ? kept : preferred.map((p) => ({ recipient: p, line: -1 }));
  }
  const { whole, action } = reading;
  // a session that quotes its RCPT TOs: each recipient's own reply (pipelined ones answered in order)
  const said = recipientReplies(lines);
  const read = found.map((f, index) => {
    const own = said.get(f.recipient.toLowerCase());
    if (own) return { text: foldSpace(own.text.replace(QMAIL_GIVING_UP, '')).slice(0, MAX_PARAGRAPH), command: own.command };
    const next = found.slice(index + 1).find((g) => g.line > f.line);
    return f.line >= 0 ? block(lines, header, f.line, next ? next.line : lines.length) : { text: '', command: null };
  });
  const blocks = read.map((b) => b.text);
  const commands = read.map((b) => b.command);
  // "To: sender@..." copied from a mail client's view of the bounce names no failed recipient: drop such a
  // line when it says nothing of a failure and another recipient's lines do
  const speaks = blocks.map((b) => findReplyCode(b) !== '' || findStatus(b) !== '' || findStrongPhrase(b.toLowerCase()) !== null);
  if (speaks.some(Boolean)) {
    const keep = found.map((f, i) => speaks[i] || !(f.line >= 0 && ADDRESS_FIELD_LINE.test(lines[f.line]!)));
    found = found.filter((_, i) => keep[i]);
    keepOnly(blocks, keep);
    keepOnly(commands, keep);
  }
  // an address of a line of prose whose paragraph says nothing of a failure (a newsletter's footer, "you are
  // receiving this because you signed up with ana@x", a contact or a signature) is no failed recipient when
  // another address's paragraph does: whatever their order, as the person pasted the notice above or below
  if (!preferred.length && found.length > 1) {
    const prose = found.map((f) => f.line >= 0 && proseLine(lines[f.line]!, f.recipient));
    if (prose.some(Boolean)) {
      const speaks = paragraphSpeaks(lines, header);
      const told = found.map((f) => f.line >= 0 && speaks(f.line));
      if (told.some(Boolean)) {
        const keep = found.map((_, i) => told[i] || !prose[i]);
        found = found.filter((_, i) => keep[i]);
        keepOnly(blocks, keep);
        keepOnly(commands, keep);
      }
    }
  }
  // a block too short to hold a reason ("<ana@x>" on a line of its own): the whole notice speaks for it, when
  // it is named before the reply another recipient's lines hold ("Could not deliver to: a@x, b@x" and the
  // reply). Named after it, the address is there for another purpose (the signature of whoever forwarded
  // the notice, a contact): no failed recipient. An address the caller names (X-Failed-Recipients, a DSN's
  // field) stays
  const owns = blocks.map((b) => findReplyCode(b) !== '' || findStatus(b) !== '');
  const bare = found.map((f, i) => !owns[i] && (blocks[i]!.length < 40 || !LETTER.test(blocks[i]!.toLowerCase().replace(f.recipient.toLowerCase(), ''))));
  const firstOwner = preferred.length ? undefined : found.find((_, i) => owns[i]);
  if (firstOwner) {
    const keep = found.map((f, i) => !bare[i] || f.line < 0 || f.line < firstOwner.line);
    found = found.filter((_, i) => keep[i]);
    keepOnly(blocks, keep);
    keepOnly(commands, keep);
    keepOnly(bare, keep);
  }
  return found.map((f, index) => {
    const text = blocks[index]!;
    if (bare[index]) return { recipient: f.recipient, text: whole, ...wholeFacts(reading), action };
    return {
      recipient: f.recipient,
      text,
      status: findFailureStatus(text),
      replyCode: findFailureReplyCode(text),
      command: commands[index] ?? findCommand(text.toLowerCase()),
      remoteHost: findRemoteHost(text),
      action,
    };
  });
}

export const textDecoder: Decoder = {
  id: 'text',
  decode(doc) {
    const failed = (doc.headers.get('x-failed-recipients') ?? '').split(',').map((s) => cleanAddress(s)).filter((s): s is string => !!s);
    const found = decodeTextRecipients(doc, failed);
    return found.length ? found : null;
  },
};
