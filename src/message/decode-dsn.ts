// RFC 3464 delivery status notifications: one per-message block, then one block per recipient.
import { recipientField, writtenRecipient } from '../reply/find-address.js';
import { joinReplyLines, splitLines } from '../reply/clean-text.js';
import { findCommand } from '../reply/find-command.js';
import { findReplyCode, findStatus, normaliseStatus, preferSpecific } from '../reply/find-codes.js';
import { hostName } from '../reply/parse-log-line.js';
import { isExitStatus, readFieldLines, stripType } from '../reply/parse-dsn-fields.js';
import { RECIPIENTS_READ } from './limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from './types.js';

/** Splits DSN text into field blocks; a new Final-Recipient also starts a block (some MTAs omit the blank line). */
function dsnBlockLines(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  let hasFinal = false;
  const flush = () => {
    if (current.some((l) => l.trim())) blocks.push(current);
    current = [];
    hasFinal = false;
  };
  for (const line of splitLines(text)) {
    if (!line.trim()) { flush(); continue; }
    const final = FINAL_RECIPIENT.test(line);
    if (final && hasFinal) flush();
    hasFinal ||= final;
    current.push(line);
  }
  flush();
  return blocks;
}

const FINAL_RECIPIENT = /^final-recipient\s*:/i;

/** The field blocks of DSN text, each read into its fields (readFields): one per-message block, one per recipient. */
export function dsnFieldBlocks(text: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  const seen = new Set<string>();
  for (const lines of dsnBlockLines(text)) {
    // a recipient's block twice, line for line (a notice that quotes its report, pasted with the report a
    // mail client shows below it): one recipient, read once
    if (lines.some((l) => FINAL_RECIPIENT.test(l))) {
      const key = lines.map((l) => l.trim()).join('\n').toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(readFieldLines(lines));
  }
  return out;
}

/** "5.1.1 (bad destination mailbox)" -> "bad destination mailbox". */
function statusComment(value: string): string {
  const open = value.indexOf('(');
  const close = value.lastIndexOf(')');
  return open >= 0 && close > open ? value.slice(open + 1, close).trim() : '';
}

export interface DsnRecipient extends RecipientFacts {
  /** Reporting-MTA of the per-message block. */
  reportingMta: string | null;
}

/**
 * The fields every reader of a recipient block takes the same way: Action, Remote-MTA, the last
 * attempt's date, until when a delayed message will be retried, and the address the sender wrote.
 */
export function commonDsnFields(f: Map<string, string>): {
  action: string | null; remoteHost: string | null; date: string | null; retryUntil: string | null; originalRecipient: string | null;
} {
  const original = f.get('original-recipient');
  return {
    originalRecipient: original ? writtenRecipient(stripType(original)) : null,
    action: (f.get('action') ?? '').trim().toLowerCase().split(/[\s(]/, 1)[0] || null,
    remoteHost: hostName(stripType(f.get('remote-mta') ?? '')),
    date: f.get('last-attempt-date') ?? f.get('arrival-date') ?? null,
    retryUntil: f.get('will-retry-until')?.trim() || null,
  };
}

/**
 * A recipient block's recipient: a well-formed address, of the Final-Recipient field or else of the
 * other field that names it (Original-Recipient, X-Actual-Recipient); else the first as written, an
 * address written wrong that the sender must find in the list (writtenRecipient).
 */
export function dsnRecipient(final: string, other: string | undefined): string | null {
  const first = recipientField(stripType(final));
  if (first?.wellFormed) return first.address;
  const second = other ? recipientField(stripType(other)) : null;
  return second?.wellFormed ? second.address : first?.address ?? second?.address ?? null;
}

/**
 * The Reporting-MTA of a delivery-status part (its per-message block), for the decoders that read the
 * recipients from the notice's own text and keep only their fields.
 */
export function reportingMtaOf(text: string): string | null {
  const field = messageField(text, 'reporting-mta');
  return field ? hostName(stripType(field)) : null;
}

/**
 * The Arrival-Date of a delivery-status part (RFC 3464 §2.2.5, a per-message field): when the reporting
 * server received the message, the report's date for a recipient whose block gives no Last-Attempt-Date.
 */
export function arrivalDateOf(text: string): string | null {
  return messageField(text, 'arrival-date')?.trim() || null;
}

/** The first block's value of a per-message field (`name` in lower case). */
function messageField(text: string, name: string): string | undefined {
  for (const f of dsnFieldBlocks(text)) {
    const field = f.get(name);
    if (field) return field;
  }
  return undefined;
}

export function parseDsn(text: string): DsnRecipient[] {
  let reportingMta: string | null = null;
  const out: DsnRecipient[] = [];
  for (const f of dsnFieldBlocks(text)) {
    if (f.has('reporting-mta')) reportingMta = hostName(stripType(f.get('reporting-mta')!));
    const final = f.get('final-recipient') ?? f.get('original-recipient') ?? f.get('x-actual-recipient');
    if (!final) continue;
    // without a Diagnostic-Code, the comment of the Status field is the only text: "4.0.0 (host name lookup failure)"
    const field = f.get('diagnostic-code') ?? '';
    // an exit status keeps its type, the words that tell a local program failed (see isExitStatus)
    const exitStatus = isExitStatus(field);
    const rawDiagnostic = (exitStatus ? field.trim() : stripType(field)) || statusComment(f.get('status') ?? '');
    const diagnostic = joinReplyLines(rawDiagnostic);
    const status = preferSpecific(normaliseStatus(f.get('status') ?? ''), findStatus(rawDiagnostic));
    const recipient = dsnRecipient(final, f.get('original-recipient'));
    // a block whose fields are there but empty ("Final-Recipient: rfc822;", "Status:"): a damaged report
    // names no recipient there, and says nothing of one
    if (!recipient && !status && !diagnostic && !f.get('action')?.trim()) continue;
    out.push({
      recipient,
      text: diagnostic,
      status,
      replyCode: exitStatus ? '' : findReplyCode(rawDiagnostic),
      command: findCommand(diagnostic.toLowerCase()),
      ...commonDsnFields(f),
      reportingMta,
    });
    if (out.length >= RECIPIENTS_READ) break;
  }
  return out;
}

export const dsnDecoder: Decoder = {
  id: 'dsn',
  decode(doc: BounceDoc) {
    if (!doc.deliveryStatus) return null;
    const recipients = parseDsn(doc.deliveryStatus);
    return recipients.length ? recipients : null;
  },
};
