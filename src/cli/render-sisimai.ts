// --format sisimai: a result as a record of Sisimai->dump()'s JSON (Sisimai-Perl 4.25 field names and
// value conventions, plus the three fields Sisimai 5 renamed), so that scripts written for Sisimai's
// output read ours unchanged. README "Moving from Sisimai" has the mapping and what differs.
import { createRequire } from 'node:module';
import { findAddress } from '../reply/find-address.js';
import { hasError, ownDate, type Result } from '../result.js';

/** One record; null where we have nothing to put (Sisimai itself writes "" for an empty field). */
export interface SisimaiRecord {
  token: string | null;
  alias: string;
  messageid: string;
  destination: string;
  /** 4.25: 1 soft, 0 hard, -1 neither (feedback, vacation). */
  softbounce: number;
  /** 5.x: 1 hard, else 0. */
  hardbounce: number;
  addresser: string | null;
  feedbacktype: string;
  rhost: string;
  lhost: string;
  diagnostictype: string;
  subject: string;
  diagnosticcode: string;
  reason: string;
  timestamp: number | null;
  /** 4.25 name; `command` is 5.x's, same value. */
  smtpcommand: string;
  command: string;
  catch: null;
  action: string;
  origin: string;
  deliverystatus: string;
  listid: string;
  replycode: string;
  recipient: string;
  /** 4.25 name; `decodedby` is 5.x's: our decoders are not Sisimai's modules, so both are null. */
  smtpagent: null;
  decodedby: null;
  timezoneoffset: string | null;
  senderdomain: string | null;
}

/** The commands Sisimai keeps in smtpcommand (Sisimai::Data); any other is written as "". */
const SISIMAI_COMMANDS = /^(?:EHLO|HELO|MAIL|RCPT|DATA|QUIT)$/;
/** Reasons Sisimai gives no delivery status, no reply code and softbounce -1. */
const NOT_FAILURES: ReadonlySet<string> = new Set(['feedback', 'vacation']);

/**
 * Whether Sisimai gives a record for this result: a bounce with a recipient, its status not a 2.X.X
 * delivery (Sisimai skips those unless asked); feedback reports and auto-replies are records.
 */
export function isSisimaiRecord(r: Result): boolean {
  return r.bounce && !hasError(r) && r.recipient !== null && r.reason !== 'delivered' && !r.status.startsWith('2.');
}

export function sisimaiRecord(r: Result): SisimaiRecord | null {
  if (!isSisimaiRecord(r)) return null;
  const recipient = r.recipient!;
  const m = r.message;
  const addresser = m?.from ? findAddress(m.from) : null;
  // Sisimai's order: the delivery report's date for the recipient, the returned message's, the notice's
  // (`date` falls back on the notice's before the returned message's: the recipient's own date here)
  const when = firstDate(ownDate(r), m?.date, m?.noticeDate);
  const notFailure = NOT_FAILURES.has(r.reason);
  const status = notFailure ? '' : r.status;
  // Sisimai drops a reply code whose class differs from the status's
  const replycode = notFailure || (status !== '' && r.replyCode[0] !== status[0]) ? '' : r.replyCode;
  const command = r.command !== null && SISIMAI_COMMANDS.test(r.command) ? r.command : '';
  return {
    token: addresser !== null && when !== null ? token(addresser, recipient, when.epoch) : null,
    // Sisimai: the Original-Recipient field, or the address itself when it has a +tag
    alias: r.originalRecipient ?? (recipient.slice(0, recipient.lastIndexOf('@')).includes('+') ? recipient : ''),
    messageid: messageId(m?.messageId ?? null),
    destination: domainOf(recipient) ?? '',
    softbounce: notFailure ? -1 : r.hardBounce ? 0 : 1,
    hardbounce: r.hardBounce ? 1 : 0,
    addresser,
    feedbacktype: r.feedbackType ?? '',
    rhost: host(r.remoteHost),
    lhost: host(m?.reportingMta ?? null),
    // Sisimai's own default when the report gives no Diagnostic-Code type (we do not keep the type)
    diagnostictype: notFailure ? '' : r.reason === 'mailererror' ? 'X-UNIX' : 'SMTP',
    subject: m?.subject ?? '',
    diagnosticcode: r.diagnostic,
    reason: r.reason,
    timestamp: when?.epoch ?? null,
    smtpcommand: command,
    command,
    catch: null,
    action: r.action ?? defaultAction(r, notFailure),
    origin: r.file ?? '',
    deliverystatus: status,
    listid: m?.listId ?? '',
    replycode,
    recipient,
    smtpagent: null,
    decodedby: null,
    timezoneoffset: when?.offset ?? null,
    senderdomain: addresser === null ? null : domainOf(addresser),
  };
}

/**
 * Sisimai's Action when the report gives none: delayed for expired, failed for a status of class 4 or 5
 * the bounce gave (one derived from the reason comes after Sisimai's check: no action).
 */
function defaultAction(r: Result, notFailure: boolean): string {
  if (notFailure) return '';
  if (r.reason === 'expired') return 'delayed';
  return !r.statusDerived && /^[45]/.test(r.status) ? 'failed' : '';
}

/** Sisimai::String->token(): SHA-1 of STX sender RS recipient RS epoch ETX, addresses in lower case. */
function token(addresser: string, recipient: string, epoch: number): string {
  return crypto().createHash('sha1').update(`\x02${addresser.toLowerCase()}\x1e${recipient.toLowerCase()}\x1e${epoch}\x03`).digest('hex');
}

function domainOf(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  let end = address.length;
  while (end > at + 1 && '>.,;'.includes(address[end - 1]!)) end--;
  return address.slice(at + 1, end);
}

/** Sisimai keeps what is inside the angle brackets. */
function messageId(id: string | null): string {
  if (!id) return '';
  const first = id.trim().split(/\s/, 1)[0]!;
  const open = first.indexOf('<');
  const close = first.indexOf('>', open + 2);
  return open >= 0 && close > open ? first.slice(open + 1, close) : first;
}

/** A host as Sisimai writes it: no brackets or parentheses, the first word, no final dot ("[192.0.2.1]" -> "192.0.2.1"). */
function host(value: string | null): string {
  if (!value) return '';
  const word = value.replace(/[[\]()]/g, '').replace(/^.+=/, '').trim().split(/\s/, 1)[0]!;
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Zone names Sisimai::DateTime knows that mail uses most; another name reads as +0000, as Sisimai's fallback. */
const ZONES: Record<string, string> = {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000', EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500',
  MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700', JST: '+0900', KST: '+0900', CET: '+0100', CEST: '+0200', BST: '+0100',
};

interface When { epoch: number; offset: string }

function firstDate(...dates: (string | null | undefined)[]): When | null {
  for (const d of dates) {
    const when = d ? parseDate(d) : null;
    if (when) return when;
  }
  return null;
}

/**
 * A date as Sisimai::DateTime reads one ("Thu, 29 Apr 2017 23:34:45 +0900", "2014-03-26 00:01:19 JST"):
 * its instant in seconds and its zone as written (+0000 when it names none).
 */
export function parseDate(text: string): When | null {
  let year: number | undefined; let month: number | undefined; let day: number | undefined;
  let time: [number, number, number] | undefined; let offset: string | undefined;
  for (const raw of text.replace(/,/g, ' ').split(/\s+/)) {
    const p = raw.replace(/^\((.*)\)$/, '$1');
    if (p === '') continue;
    let g: RegExpExecArray | null;
    if ((g = /^([+-])(\d\d)(\d\d)$/.exec(p))) offset ??= p;
    else if (/^\d{1,4}$/.test(p)) {
      const n = Number(p);
      if (n > 31 || (day !== undefined && year === undefined)) year ??= n < 100 ? (n >= 82 ? 1900 + n : 2000 + n) : n;
      else day ??= n;
    } else if ((g = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/.exec(p))) time ??= [Number(g[1]), Number(g[2]), Number(g[3] ?? 0)];
    else if ((g = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:T(\d\d):(\d\d):(\d\d)(Z|[+-]\d\d:?\d\d)?)?$/.exec(p))) {
      year = Number(g[1]); month = Number(g[2]) - 1; day = Number(g[3]);
      if (g[4] !== undefined) time = [Number(g[4]), Number(g[5]), Number(g[6])];
      if (g[7] !== undefined) offset ??= g[7] === 'Z' ? '+0000' : g[7].replace(':', '');
    } else if (/^[A-Za-z]{3,}$/.test(p) && MONTHS.includes(p.slice(0, 3).toLowerCase()) && month === undefined && !ZONES[p]) {
      month = MONTHS.indexOf(p.slice(0, 3).toLowerCase());
    } else if (ZONES[p.toUpperCase()] && /^[A-Z]{1,5}$/.test(p)) offset ??= ZONES[p]!;
  }
  if (year === undefined || month === undefined || day === undefined || time === undefined) return null;
  if (time[0] > 23 || time[1] > 59 || time[2] > 60) return null;
  offset ??= '+0000';
  const seconds = (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 3600 + Number(offset.slice(3, 5)) * 60);
  const epoch = Date.UTC(year, month, day, ...time) / 1000 - seconds;
  return Number.isFinite(epoch) ? { epoch, offset } : null;
}

let cryptoModule: typeof import('node:crypto') | undefined;

/** node:crypto, loaded on the first token: loading it cost every run of the CLI ~15 ms (see load-bundle.ts). */
function crypto(): typeof import('node:crypto') {
  // require, not import(): the CLI's bundles run as vm scripts, where import() needs a loader of its own
  return (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}
