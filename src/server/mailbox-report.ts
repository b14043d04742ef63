// The summary of many results (a mailbox, several files) for the web page: counts and the three lists
// people act on. It sorts results exactly as the CLI's HTML report does (src/report/tally.ts: remove,
// retry, and the sender-side overlay), so the page and the report never disagree. Browser-safe.
import { CATALOGS } from '../i18n/catalog.js';
import { AddressLists } from '../report/address-lists.js';
import { REPORTS } from '../report/catalog.js';
import { domainOf, isBounce, isSenderSide } from '../report/tally.js';
import type { Result } from '../result.js';
import type { Locale, Reason, Retry } from '../types.js';

export interface AddressGroup {
  reason: Reason;
  /** Short name of the reason (the report's). */
  name: string;
  /** For the retry list: whether and when sending again helps. */
  retry: Retry;
  addresses: string[];
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
}

export interface MailboxReport {
  messages: number;
  results: number;
  bounces: number;
  notBounce: number;
  errors: number;
  /** Results caused on the sender's side. */
  senderSide: number;
  /** Bounces by reason, most frequent first. */
  byReason: { reason: Reason; name: string; count: number }[];
  /** Addresses to remove, grouped by reason, largest group first. */
  remove: AddressGroup[];
  /** Addresses to try again later, grouped by reason and retry advice. */
  retry: AddressGroup[];
  /** Of those, the addresses whose mailbox failed again and again (full, disabled): worth removing. */
  repeatedMailboxFailures: { address: string; count: number }[];
  sender: SenderGroup[];
  removeCount: number;
  retryCount: number;
}

interface Entry { address: string; reason: Reason; retry: Retry }

function groups(entries: Iterable<Entry>, lang: Locale, byRetry: boolean): AddressGroup[] {
  const map = new Map<string, AddressGroup>();
  for (const e of entries) {
    const key = byRetry ? `${e.reason}|${e.retry}` : e.reason;
    let g = map.get(key);
    if (!g) map.set(key, (g = { reason: e.reason, name: REPORTS[lang].reasonName[e.reason], retry: e.retry, addresses: [] }));
    g.addresses.push(e.address);
  }
  return [...map.values()].sort((a, b) => b.addresses.length - a.addresses.length);
}

export function mailboxReport(results: readonly Result[], messages: number, lang: Locale): MailboxReport {
  const reasons = CATALOGS[lang].reasons;
  // the CLI's HTML report keeps its lists the same way (src/report/address-lists.ts)
  const lists = new AddressLists();
  const byReason = new Map<Reason, number>();
  const sender = new Map<Reason, { count: number; domains: Set<string>; addresses: Set<string> }>();
  let bounces = 0, notBounce = 0, errors = 0, senderSide = 0;
  for (const r of results) {
    const category = lists.add(r);
    if (category === 'error') { errors++; continue; }
    if (category === 'notBounce') { notBounce++; continue; }
    if (isBounce(r)) bounces++;
    else notBounce++;
    byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
    if (isSenderSide(r)) {
      senderSide++;
      let s = sender.get(r.reason);
      if (!s) sender.set(r.reason, (s = { count: 0, domains: new Set(), addresses: new Set() }));
      s.count++;
      const domain = domainOf(r.recipient);
      if (domain) s.domains.add(domain);
      const key = r.recipient?.trim().toLowerCase();
      if (key) s.addresses.add(key);
    }
  }
  return {
    messages, results: results.length, bounces, notBounce, errors, senderSide,
    byReason: [...byReason].map(([reason, count]) => ({ reason, name: REPORTS[lang].reasonName[reason], count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    remove: groups(lists.remove.values(), lang, false),
    retry: groups(lists.retry.values(), lang, true),
    repeatedMailboxFailures: lists.repeatedMailboxFailures().map((e) => ({ address: e.address, count: e.mailboxFailures })),
    sender: [...sender].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).map(([reason, s]) => ({
      reason, name: REPORTS[lang].reasonName[reason], summary: reasons[reason].summary, advice: reasons[reason].advice,
      adminAdvice: reasons[reason].adminAdvice ?? null, count: s.count, domains: s.domains.size, addresses: [...s.addresses],
    })),
    removeCount: lists.remove.size,
    retryCount: lists.retry.size,
  };
}
