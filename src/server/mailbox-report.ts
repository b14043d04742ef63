// The summary of many results (a mailbox, several files): counts and the three lists people act on:
// addresses to remove, addresses to try again later, and problems to fix on the sender's side.
// Browser-safe: the web page builds it from the results it computed.
import { CATALOGS } from '../i18n/catalog.js';
import { REASON_FACTS } from '../knowledge/reasons.js';
import type { Result } from '../result.js';
import type { Locale, Reason } from '../types.js';

export interface ListedAddress {
  /** Lower-cased recipient address. */
  address: string;
  /** The first result that listed it. */
  result: Result;
}

export interface FixGroup {
  reason: Reason;
  summary: string;
  /** What to fix: the reason's advice for the admin, else its advice. */
  advice: string;
  /** Results of this reason (also those naming no recipient). */
  count: number;
  addresses: string[];
}

export interface MailboxReport {
  messages: number;
  results: number;
  permanent: number;
  transient: number;
  /** Deliveries, complaints, auto-replies and other non-failures. */
  other: number;
  notBounce: number;
  errors: number;
  /** Bounces by reason, most frequent first. */
  byReason: { reason: Reason; summary: string; count: number }[];
  remove: ListedAddress[];
  retry: ListedAddress[];
  fix: FixGroup[];
}

type Bucket = 'remove' | 'retry' | 'fix' | null;

/** Which list a result belongs to. */
export function bucketOf(r: Result): Bucket {
  if (r.error || !r.bounce) return null;
  // a complaint: the person does not want the mail; the address goes
  if (r.reason === 'feedback') return 'remove';
  if (r.kind !== 'permanent' && r.kind !== 'transient') return null;
  if (r.hardBounce) return 'remove';
  return REASON_FACTS[r.reason].senderSide ? 'fix' : 'retry';
}

export function mailboxReport(results: readonly Result[], messages: number, lang: Locale): MailboxReport {
  const reasons = CATALOGS[lang].reasons;
  const report: MailboxReport = {
    messages, results: results.length, permanent: 0, transient: 0, other: 0, notBounce: 0, errors: 0,
    byReason: [], remove: [], retry: [], fix: [],
  };
  const byReason = new Map<Reason, number>();
  const seen = { remove: new Set<string>(), retry: new Set<string>() };
  const fix = new Map<Reason, { count: number; addresses: Set<string> }>();
  for (const r of results) {
    if (r.error) { report.errors++; continue; }
    if (!r.bounce) { report.notBounce++; continue; }
    if (r.kind === 'permanent') report.permanent++;
    else if (r.kind === 'transient') report.transient++;
    else report.other++;
    byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
    const bucket = bucketOf(r);
    const address = r.recipient?.trim().toLowerCase() || null;
    if (bucket === 'fix') {
      const group = fix.get(r.reason) ?? { count: 0, addresses: new Set<string>() };
      group.count++;
      if (address) group.addresses.add(address);
      fix.set(r.reason, group);
    } else if (bucket && address && !seen[bucket].has(address)) {
      seen[bucket].add(address);
      report[bucket].push({ address, result: r });
    }
  }
  // an address that must be removed need not be retried too
  report.retry = report.retry.filter((a) => !seen.remove.has(a.address));
  report.byReason = [...byReason].map(([reason, count]) => ({ reason, summary: reasons[reason].summary, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  report.fix = [...fix].map(([reason, g]) => ({
    reason, summary: reasons[reason].summary, advice: reasons[reason].adminAdvice ?? reasons[reason].advice,
    count: g.count, addresses: [...g.addresses],
  })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return report;
}
