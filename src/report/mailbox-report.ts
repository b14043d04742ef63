// The summary of many results (a mailbox, several files) for the library, the API and the web page:
// counts and the three lists people act on. It sorts results exactly as the CLI's HTML report does
// (src/report/tally.ts: remove, retry, and the sender-side overlay), so they never disagree. Browser-safe.
import { AddressLists, aliveText, groupRetryWords, stillQueued, type AddressEntry, type AliveWhy } from './address-lists.js';
import { inboundRows, reasonRows } from './reason-rows.js';
import { percentText } from '../i18n/group-digits.js';
import { deliveriesCounted, type DeliveryCounts } from '../reply/delivery-counts.js';
import { numberFormat, REPORTS } from './catalog.js';
import { problemAddresses, Tally } from './tally.js';
import type { Result } from '../result.js';
import { resultIn } from '../result-in.js';
import type { Locale, Reason, Retry } from '../types.js';

export interface AddressGroup {
  reason: Reason;
  /** Short name of the reason (the report's). */
  name: string;
  /** The group's words: those of its first result (its provider's rule, its situation), in the report's language. */
  summary: string;
  advice: string;
  /** For the retry list: whether and when sending again helps. */
  retry: Retry;
  addresses: string[];
  /**
   * For the remove list: removed for a rule of the recipient's organisation (a group that takes only its
   * own organisation's mail, an administrator's rule), not as bad addresses; they may be added back once allowed.
   */
  recipientRule?: true;
  /**
   * For the retry list: the sending server still retries these addresses' messages (a deferral in its
   * queue): not to be sent again; `retryWords` says so. Present only when true.
   */
  stillTrying?: true;
  /** For the retry list: when sending again helps, in the report's language (the HTML report's words above the group). */
  retryWords?: string;
}

export interface SenderGroup {
  reason: Reason;
  name: string;
  summary: string;
  advice: string;
  adminAdvice: string | null;
  /** Results with this reason, also those that name no recipient. */
  count: number;
  domains: number;
  addresses: string[];
  /** Held by each recipient's challenge-response filter until the sender confirms: nothing to fix on the sender's side. */
  held: boolean;
}

export interface MailboxReport {
  /** Messages read, notices read twice included (`repeated`). */
  messages: number;
  /**
   * Of those, notices read again (the same message in two exports, two copies of one DSN): their results
   * are in the results, but every count below takes each notice once.
   */
  repeated: number;
  results: number;
  bounces: number;
  notBounce: number;
  errors: number;
  /** Results caused on the sender's side. */
  senderSide: number;
  /** Bounces by reason, most frequent first; feedback once per kind of report (a complaint, an unsubscribe request...). */
  byReason: { reason: Reason; name: string; count: number }[];
  /** Addresses to remove, grouped by reason, largest group first. */
  remove: AddressGroup[];
  /** Every address to remove, in the order first seen: what `smtp-explain --format remove` prints. */
  removeAll: string[];
  /** Addresses to try again later, grouped by reason and retry advice. */
  retry: AddressGroup[];
  /**
   * Of those, the addresses whose mailbox failed again and again (full, disabled): worth removing. `count`
   * bounces said so, over `days` days from the first to the last (null when fewer than two are dated).
   */
  repeatedMailboxFailures: { address: string; count: number; days: number | null }[];
  sender: SenderGroup[];
  /**
   * Addresses that failed for good but wrote after it (a reply, an auto-reply dated later) or were
   * delivered after it (a delivery report, RFC 3464 Action: delivered, relayed or expanded): their mailbox
   * seems alive, so they are not in `remove`; to check before removing. `why`: which of the two;
   * `wroteOn`: the Date of that message (the reply, or the delivery report), as written; `text`: why, in
   * the report's language ("escreveu em 24/11/2026 às 18:00 (UTC−03:00)").
   */
  check: { address: string; wroteOn: string; why: AliveWhy; text: string }[];
  removeCount: number;
  retryCount: number;
  /** Of `retryCount`, the addresses the sending server still retries (groups marked `stillTrying`): not to be resent. */
  stillTryingCount: number;
  /**
   * A mail log's refusals of incoming mail by the reader's own server (NOQUEUE reject, rejected RCPT): no
   * failures of the reader's mail (not in `bounces` nor `byReason`), counted by reason.
   */
  inbound: { count: number; byReason: { reason: Reason; name: string; count: number }[] };
  /**
   * How the deliveries the mail logs read recorded ended, one per message (queue id) and recipient, those
   * that went through too: `delivered`, `failed` for good, `deferred` still at the log's end, their
   * `total`, the failed ones' `failedPercent` (0 to 100, two decimals) and `text`, the same in words
   * ("4.812 envios no log: 2 falharam de vez (0,04%), ..."); null when no log recorded a delivery.
   */
  deliveries: { total: number; delivered: number; failed: number; deferred: number; failedPercent: number; text: string } | null;
}

/** MailboxReport.deliveries of a run's DeliveryCounts. */
function deliveriesReport(d: DeliveryCounts | null, lang: Locale): MailboxReport['deliveries'] {
  const total = d ? deliveriesCounted(d) : 0;
  if (!d || !total) return null;
  return {
    total, delivered: d.delivered, failed: d.failed, deferred: d.deferred, failedPercent: Math.round((d.failed / total) * 10_000) / 100,
    text: REPORTS[lang].deliveries.count(d, percentText(d.failed, total, lang), numberFormat(lang)),
  };
}

function groups(entries: Iterable<AddressEntry>, byRetry: Locale | null): AddressGroup[] {
  const map = new Map<string, AddressGroup>();
  for (const e of entries) {
    const key = byRetry ? `${e.group}|${e.retry}` : e.group;
    let g = map.get(key);
    // named as its first result shows it (a rule's own name: greylisting is no block)
    if (!g) {
      map.set(key, (g = { reason: e.reason, name: e.name, summary: e.summary, advice: e.advice, retry: e.retry, addresses: [], ...(e.recipientRule && { recipientRule: e.recipientRule }) }));
      if (byRetry) Object.assign(g, stillQueued(e) && { stillTrying: true }, { retryWords: groupRetryWords(e, byRetry) });
    }
    g.addresses.push(e.address);
  }
  return [...map.values()].sort((a, b) => b.addresses.length - a.addresses.length);
}

/** `deliveries`: how the deliveries of the mail logs read ended (analyzeInput's deliveriesOf()), when any was read. */
export function mailboxReport(made: readonly Result[], messages: number, lang: Locale, deliveries: DeliveryCounts | null = null): MailboxReport {
  // every word in the report's language: results made in another are explained again in it
  const results = made.map((r) => resultIn(r, lang));
  // the CLI's HTML report counts, keeps its lists and groups the same way (src/report/tally.ts, address-lists.ts)
  const lists = new AddressLists();
  const tally = new Tally(Infinity);
  // each notice once: one read twice (an overlapping export) is set aside from the counts and the lists
  const counted = tally.addItem(results);
  for (const r of counted) lists.add(r);
  return {
    messages, repeated: tally.repeated, results: counted.length, bounces: tally.bounces, notBounce: tally.notBounces, errors: tally.errors, senderSide: tally.senderSide,
    byReason: reasonRows(tally, lang).map(({ reason, name, count }) => ({ reason, name, count })),
    remove: groups(lists.remove.values(), null),
    removeAll: [...lists.remove.values()].map((e) => e.address),
    retry: groups(lists.retry.values(), lang),
    repeatedMailboxFailures: lists.repeatedMailboxFailures().map((e) => ({ address: e.address, count: e.mailboxFailures, days: e.mailboxDays })),
    sender: tally.sortedSenderProblems().map((s) => ({
      reason: s.reason, name: s.name, summary: s.summary, advice: s.advice, adminAdvice: s.adminAdvice,
      count: s.count, domains: s.domains.size, addresses: problemAddresses(s, lists.remove), held: s.held,
    })),
    check: [...lists.check.values()].map((e) => ({ address: e.address, wroteOn: e.aliveOn, why: e.why, text: aliveText(e, lang) })),
    removeCount: lists.remove.size,
    retryCount: lists.retry.size,
    stillTryingCount: lists.retrySplit().queued.length,
    inbound: { count: tally.inbound, byReason: inboundRows(tally, lang) },
    deliveries: deliveriesReport(deliveries, lang),
  };
}
