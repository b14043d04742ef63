// Shared by the decoders of MTA families (Sendmail, Postfix, Exim, qmail, Courier, OpenSMTPD and
// gateways): reading the per-recipient DSN fields beside the family's own notification text, and the
// code rules every family shares.
import { foldSpacePrefix, joinReplyLines } from '../../reply/clean-text.js';
import { findCommand } from '../../reply/find-command.js';
import { findStatus, normaliseStatus } from '../../reply/find-codes.js';
import { stripType } from '../../reply/parse-dsn-fields.js';
import { findStrongPhrase } from '../../classify/find-phrase.js';
import type { Reason } from '../../types.js';
import { commonDsnFields, dsnFieldBlocks, dsnRecipient } from '../decode-dsn.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, RecipientFacts } from '../types.js';

/** Longest diagnostic text kept for one recipient. */
const MAX_TEXT = 4000;

/**
 * A basic reply code (RFC 5321 §4.2): class 2, 4 or 5 and a second digit 0-5. "571" or "597" are
 * not reply codes, whatever some servers print. One at the start of a line is preferred; with `cls`,
 * only a code of that class (the class of the enhanced status) is taken.
 */
export function replyCodeOf(text: string, cls = ''): string {
  // the answer for the latest text: a family's recipients often share one text (Gmail's details, up to
  // the whole notice), and it is searched once, not once per recipient
  if (text === lastReply.text && cls === lastReply.cls) return lastReply.code;
  const code = findReplyCodeOf(text, cls);
  lastReply = { text, cls, code };
  return code;
}

let lastReply = { text: '', cls: '', code: '' };

function findReplyCodeOf(text: string, cls: string): string {
  const want = (code: string) => !cls || code[0] === cls;
  for (const m of text.matchAll(/^[ \t>]*([245][0-5]\d)(?=[ \-]|$)/gm)) if (want(m[1]!)) return m[1]!;
  // not the second number of a ratio ("(500/500 (100%))", cPanel's hourly limit)
  for (const m of text.matchAll(/(?<![\d.\w/])([245][0-5]\d)(?=[ \-]|$)/gm)) if (want(m[1]!)) return m[1]!;
  return '';
}

/** A reply code whose class disagrees with the enhanced status is not the reply that status reports. */
export function agreeingReply(replyCode: string, status: string): string {
  return replyCode && status && replyCode[0] !== status[0] ? '' : replyCode;
}

/**
 * The Status field of a DSN against the code the remote server wrote in its Diagnostic-Code: when both
 * are of the same class the remote server's own code is the more telling one (MTAs fill Status with
 * their own generic 5.0.0, 5.1.1 or 4.4.7).
 */
export function preferDiagnostic(field: string, diagnostic: string): string {
  if (!diagnostic) return field;
  if (!field) return diagnostic;
  return field[0] === diagnostic[0] ? diagnostic : field;
}

/** What a family decoder read for one recipient; missing codes and the command are found in `text`. */
export interface Draft {
  recipient: string | null;
  text: string;
  status?: string;
  replyCode?: string;
  command?: string | null;
  remoteHost?: string | null;
  action?: string | null;
  reasonHint?: Reason | null;
  hintRule?: string;
  date?: string | null;
  retryUntil?: string | null;
  originalRecipient?: string | null;
}

export function toFacts(d: Draft): RecipientFacts {
  const text = foldSpacePrefix(d.text, MAX_TEXT);
  const status = d.status || findStatus(text);
  const replyCode = agreeingReply(d.replyCode || replyCodeOf(d.text), status) || replyCodeOf(d.text, status[0] ?? '');
  const out: RecipientFacts = {
    recipient: d.recipient,
    text,
    status,
    replyCode,
    command: d.command ?? findCommand(text.toLowerCase()),
    remoteHost: d.remoteHost ?? null,
    action: d.action ?? null,
  };
  if (d.reasonHint) {
    out.reasonHint = d.reasonHint;
    out.hintRule = d.hintRule ?? 'family';
  }
  if (d.date) out.date = d.date;
  if (d.retryUntil) out.retryUntil = d.retryUntil;
  if (d.originalRecipient) out.originalRecipient = d.originalRecipient;
  return out;
}

/** One recipient of a message/delivery-status part, with the raw values a family decoder needs. */
export interface DsnEntry {
  recipient: string | null;
  /** Final-Recipient as written, for non-address recipients ("/var/mail/x", "|program"). */
  rawRecipient: string;
  /** X-Actual-Recipient as written (sendmail): where an alias or .forward sent the message. */
  actualRecipient: string;
  statusField: string;
  diagnosticType: string;
  /** Diagnostic-Code without its type, lines joined, codes kept. */
  diagnostic: string;
  action: string | null;
  remoteHost: string | null;
  date: string | null;
  retryUntil: string | null;
  originalRecipient: string | null;
}

export function readDsn(deliveryStatus: string | null): DsnEntry[] {
  if (!deliveryStatus) return [];
  const out: DsnEntry[] = [];
  for (const f of dsnFieldBlocks(deliveryStatus)) {
    const final = f.get('final-recipient') ?? f.get('original-recipient');
    if (!final) continue;
    const rawDiagnostic = f.get('diagnostic-code') ?? '';
    const semi = rawDiagnostic.indexOf(';');
    const actual = f.get('x-actual-recipient');
    out.push({
      recipient: dsnRecipient(final, actual),
      rawRecipient: stripType(final),
      actualRecipient: actual ? stripType(actual) : '',
      statusField: normaliseStatus(f.get('status') ?? ''),
      diagnosticType: semi > 0 && semi < 12 ? rawDiagnostic.slice(0, semi).trim().toLowerCase() : '',
      diagnostic: stripType(rawDiagnostic),
      ...commonDsnFields(f),
    });
    if (out.length >= RECIPIENTS_READ) break;
  }
  return out;
}

/** A recipient that is a pipe to a program (aliases(5), .forward): "|/usr/bin/procmail -f-". */
function isProgram(e: DsnEntry): boolean {
  return e.rawRecipient.trimStart().startsWith('|') || e.actualRecipient.trimStart().startsWith('|');
}

/** The per-recipient reading of a family's notice text, keyed by lower-case address. */
export type NoticeReading = Map<string, Draft>;

/**
 * Joins the DSN part (codes, action) with what the family's notice says of each recipient (the reply,
 * the command). The Diagnostic-Code is the text when it has one; the notice fills what it lacks.
 * Without a DSN part, the notice's recipients are the list.
 */
export function joinDsn(doc: BounceDoc, notice: NoticeReading, adjust?: (entry: DsnEntry, draft: Draft) => void): RecipientFacts[] {
  const entries = readDsn(doc.deliveryStatus);
  const out: RecipientFacts[] = [];
  const lone = entries.length === 1 && notice.size === 1 ? [...notice.values()][0] : undefined;
  for (const e of entries) {
    const key = e.recipient?.toLowerCase() ?? '';
    const n = (key && notice.get(key)) || lone;
    const diagnostic = joinReplyLines(e.diagnostic);
    const diagStatus = findStatus(e.diagnostic);
    const hasText = diagnostic.length > 0 && /[a-z]{3}/i.test(diagnostic);
    const status = preferDiagnostic(e.statusField, diagStatus) || n?.status || findStatus(n?.text ?? '');
    const draft: Draft = {
      recipient: e.recipient ?? n?.recipient ?? null,
      text: hasText ? diagnostic : n?.text ?? diagnostic,
      status,
      replyCode: (e.diagnosticType === 'x-unix' ? '' : replyCodeOf(e.diagnostic)) || n?.replyCode || replyCodeOf(n?.text ?? ''),
      command: findCommand(diagnostic.toLowerCase()) ?? n?.command ?? findCommand((n?.text ?? '').toLowerCase()),
      remoteHost: e.remoteHost ?? n?.remoteHost ?? null,
      action: e.action ?? n?.action ?? null,
      reasonHint: n?.reasonHint ?? null,
      hintRule: n?.hintRule,
      date: e.date,
      retryUntil: e.retryUntil,
      originalRecipient: e.originalRecipient ?? n?.originalRecipient ?? null,
    };
    adjust?.(e, draft);
    if (!draft.reasonHint && isProgram(e) && !findStrongPhrase(draft.text.toLowerCase())) {
      // delivered to a program ("|procmail", "|/usr/bin/vacation"): the failure is that program's
      draft.reasonHint = 'mailererror';
      draft.hintRule = 'dsn:program-recipient';
    }
    out.push(toFacts(draft));
  }
  // the DSN part is the list of recipients when it has one; the notice's own list otherwise
  if (!entries.length) for (const n of notice.values()) if (out.length < RECIPIENTS_READ) out.push(toFacts(n));
  return out;
}
