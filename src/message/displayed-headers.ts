// A mail client's view of a message's header fields, as people copy it along with the message: "De:",
// "Para:", "Assunto:", "Data:" (Gmail, Outlook, Thunderbird in Portuguese), Outlook's "Enviado:" and
// "Enviada em:". Written back as the fields they show (From, To, Subject, Date), so that a pasted bounce
// is read as the message it is: its sender a mail daemon, the "Para:" its addressee, never a recipient
// that failed.
//
// The lines a reading pane shows above each message of a conversation are read the same way: the sender
// as "Name <address>" on a line of its own, then the date ("14:32 (há 2 horas)", "Qua, 25/11/2026 14:32")
// and the addressees ("para mim", "to me", "Para: Você"). A message of the paste whose sender is a person
// and that holds no failure reply (the user's own message above the notice Gmail files with it) is no
// part of the notice.
import { cleanAddress } from '../reply/find-address.js';
import { findFailureReplyCode, findFailureStatus } from '../reply/find-codes.js';
import { isSystemSender } from './sender-addresses.js';
import { ADDRESS_FIELD_NAMES, HEADER_FIELD_NAMES, SHOWN_FIELDS } from './shown-fields.js';

/** Displayed field names, lower case, and the header field each shows (the message's own names are a header already). */
const DISPLAYED: ReadonlyMap<string, string> = new Map([...SHOWN_FIELDS].filter(([name]) => !HEADER_FIELD_NAMES.has(name)));
/** The header block a client shows has a few lines. */
const MAX_DISPLAYED_LINES = 12;
/** "Assunto: ...", "Enviada em: ...": a name of letters and spaces, a colon. Bounded: linear. */
const DISPLAYED_LINE = /^[ \t>]*([\p{L} ]{1,20}):[ \t]?(.*)$/u;

export interface DisplayedMessage {
  /** The text with the block written as header fields, a blank line after it. */
  text: string;
  /** The text after the block: what the client showed as the message. */
  body: string;
  /** The address of the sender the block shows, or null. */
  from: string | null;
}

/**
 * The text with a displayed header block at its start written as header fields; null when it has none.
 * The block is the leading lines that are displayed fields: two or more, or a lone "De:" or "Para:"
 * before a blank line (a reply that starts "Data: 550 ..." is no block).
 */
export function withDisplayedHeaders(text: string): DisplayedMessage | null {
  const lines = text.trimStart().split('\n');
  const fields: string[] = [];
  let first = '';
  let i = 0;
  for (; i < lines.length && i < MAX_DISPLAYED_LINES; i++) {
    const m = DISPLAYED_LINE.exec(lines[i]!.replace(/\r$/, ''));
    const field = m ? DISPLAYED.get(m[1]!.trim().toLowerCase()) : undefined;
    if (!field) break;
    first ||= field;
    fields.push(`${field}: ${m![2]}`);
  }
  const blankAfter = i < lines.length && !lines[i]!.trim();
  if (fields.length < 2 && !(fields.length === 1 && blankAfter && (first === 'From' || first === 'To'))) return null;
  const body = lines.slice(i).join('\n');
  const from = fields.find((f) => f.startsWith('From: '));
  return { text: `${fields.join('\n')}\n${blankAfter ? '' : '\n'}${body}`, body, from: from ? cleanAddress(from.slice(6)) : null };
}

/** A reading pane's sender line, trimmed: a display name and an address in angle brackets, nothing else. */
const PANE_SENDER = /^([^<>@:\t\n]{1,80})<([^<>@\s]{1,64}@[^<>@\s]{1,255})>$/;
/** A time ("14:32", "2:32 PM"), a date ("25/11/2026", "11/25/2026") or a Portuguese one ("25 de nov."). */
const PANE_DATE = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|^\d{1,2} de \p{L}{3}|^(?:hoje|ontem|today|yesterday)\b/iu;
/** Gmail's addressee line: "para mim", "to me", "para ana.souza", "para mim, ana"; Outlook's "Você". */
const PANE_TO_WORDS = new RegExp('^(?:(?:para|to)[ \\t]+\\S[^:]{0,80}|voc\u00ea|you)$', 'i');
/** Outlook's addressee line: "Para: Você", "To: Ana <ana@x>", "Cc: ...". */
const PANE_TO_FIELD = new RegExp(`^(?:${ADDRESS_FIELD_NAMES.filter((n) => SHOWN_FIELDS.get(n) !== 'From').join('|')})[ \\t]*:[ \\t]*(.*)$`, 'i');
/** The pane's date and addressee lines come within this many lines of its sender line. */
const PANE_LINES = 3;
/** A date line is short. */
const MAX_PANE_LINE = 60;

interface Pane {
  /** The sender line's index, and the index after the pane's last line. */
  start: number;
  end: number;
  sender: string;
  date: string;
  to: string;
}

/** The reading pane whose sender line is line `i`, or null. */
function paneAt(lines: readonly string[], i: number): Pane | null {
  const m = PANE_SENDER.exec(lines[i]!.trim());
  if (!m || !/\p{L}/u.test(m[1]!)) return null;
  const pane: Pane = { start: i, end: i + 1, sender: lines[i]!.trim(), date: '', to: '' };
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < PANE_LINES; j++) {
    const line = lines[j]!.trim();
    // Gmail's copy leaves a tab on a line of its own between the pane's columns
    if (!line) continue;
    seen++;
    const field = PANE_TO_FIELD.exec(line);
    if (!pane.date && line.length <= MAX_PANE_LINE && !line.includes('@') && !field && PANE_DATE.test(line)) pane.date = line;
    else if (!pane.to && (field || (line.length <= MAX_PANE_LINE && PANE_TO_WORDS.test(line)))) pane.to = field ? field[1]!.trim() : line.replace(/^(?:para|to)[ \t]+/i, '');
    else break;
    pane.end = j + 1;
  }
  return pane.end > i + 1 ? pane : null;
}

/** Whether a message's text holds a failure reply of its own (a reply code or an enhanced status code). */
function holdsFailure(text: string): boolean {
  return findFailureReplyCode(text) !== '' || findFailureStatus(text) !== '';
}

/** A few short lines without an address before the first pane: the conversation's subject, Gmail's folder label. */
const MAX_PANE_PREFIX = 2;

/**
 * The text with the messages of its reading panes that are no part of a notice left out (a person's,
 * without a failure reply of its own, when another message is kept), and, when one message is left
 * at its top, with its pane written as header fields: its sender the message's From, never a recipient.
 * Null when the text shows no reading pane.
 */
export function withoutPaneChrome(text: string): { text: string; shown: DisplayedMessage | null } | null {
  if (!text.includes('<') || !text.includes('@')) return null;
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const panes: Pane[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes('>')) continue;
    const pane = paneAt(lines, i);
    if (pane) {
      panes.push(pane);
      i = pane.end - 1;
    }
  }
  if (!panes.length) return null;
  const segment = (k: number): string[] => lines.slice(panes[k]!.start, k + 1 < panes.length ? panes[k + 1]!.start : lines.length);
  const keep = panes.map((p, k) => isSystemSender(p.sender) || holdsFailure(segment(k).join('\n')));
  if (!keep.some(Boolean)) keep.fill(true);
  const prefix = lines.slice(0, panes[0]!.start);
  const kept = panes.flatMap((p, k) => (keep[k] ? [k] : []));
  const shownPrefix = prefix.filter((l) => l.trim());
  if (kept.length === 1 && shownPrefix.length <= MAX_PANE_PREFIX && !shownPrefix.some((l) => l.includes('@'))) {
    const k = kept[0]!;
    const pane = panes[k]!;
    const fields = [`From: ${pane.sender}`];
    if (pane.date) fields.push(`Date: ${pane.date}`);
    if (pane.to) fields.push(`To: ${pane.to}`);
    if (shownPrefix.length) fields.push(`Subject: ${shownPrefix[0]!.trim()}`);
    const body = segment(k).slice(pane.end - pane.start).join('\n');
    const message = `${fields.join('\n')}\n\n${body.replace(/^\s*\n/, '')}`;
    return { text: message, shown: { text: message, body, from: cleanAddress(pane.sender) } };
  }
  if (kept.length === panes.length) return null;
  const rest = [...prefix, ...kept.flatMap((k) => segment(k))].join('\n');
  return { text: rest, shown: withDisplayedHeaders(rest) };
}
