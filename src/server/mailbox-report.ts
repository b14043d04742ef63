// The summary of many results (a mailbox, several files) for the web page: counts and the three lists
// people act on. It sorts results exactly as the CLI's HTML report does (src/report/tally.ts: remove,
// retry, and the sender-side overlay), so the page and the report never disagree. Browser-safe.
import { AddressLists, type AddressEntry } from '../report/address-lists.js';
import { REPORTS } from '../report/catalog.js';
import { domainOf, groupKey, isBounce, isSenderSide } from '../report/tally.js';
import type { Result } from '../result.js';
import type { Locale, Reason, Retry } from '../types.js';

export interface AddressGroup {
  reason: Reason;
  /** Short name of the reason (the report's). */
  name: string;
  /** The group's words: those of its first result (its provider's rule, its situation). */
  summary: string;
  advice: string;
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

function groups(entries: Iterable<AddressEntry>, lang: Locale, byRetry: boolean): AddressGroup[] {
  const map = new Map<string, AddressGroup>();
  for (const e of entries) {
    const key = byRetry ? `${e.group}|${e.retry}` : e.group;
    let g = map.get(key);
    if (!g) map.set(key, (g = { reason: e.reason, name: REPORTS[lang].reasonName[e.reason], summary: e.summary, advice: e.advice, retry: e.retry, addresses: [] }));
    g.addresses.push(e.address);
  }
  return [...map.values()].sort((a, b) => b.addresses.length - a.addresses.length);
}

export function mailboxReport(results: readonly Result[], messages: number, lang: Locale): MailboxReport {
  // the CLI's HTML report keeps its lists and groups the same way (src/report/address-lists.ts, tally.ts)
  const lists = new AddressLists();
  const byReason = new Map<Reason, number>();
  const sender = new Map<string, { first: Result; count: number; domains: Set<string>; addresses: Set<string> }>();
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
      let s = sender.get(groupKey(r));
      if (!s) sender.set(groupKey(r), (s = { first: r, count: 0, domains: new Set(), addresses: new Set() }));
      s.count++;
      const address = (r.originalRecipient ?? r.recipient)?.trim().toLowerCase();
      const domain = domainOf(address ?? null);
      if (domain) s.domains.add(domain);
      if (address) s.addresses.add(address);
    }
  }
  return {
    messages, results: results.length, bounces, notBounce, errors, senderSide,
    byReason: [...byReason].map(([reason, count]) => ({ reason, name: REPORTS[lang].reasonName[reason], count }))
      .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)),
    remove: groups(lists.remove.values(), lang, false),
    retry: groups(lists.retry.values(), lang, true),
    repeatedMailboxFailures: lists.repeatedMailboxFailures().map((e) => ({ address: e.address, count: e.mailboxFailures })),
    sender: [...sender.values()].sort((a, b) => b.count - a.count).map(({ first, count, domains, addresses }) => ({
      reason: first.reason, name: REPORTS[lang].reasonName[first.reason], summary: first.summary, advice: first.advice,
      adminAdvice: first.adminAdvice, count, domains: domains.size, addresses: [...addresses],
    })),
    removeCount: lists.remove.size,
    retryCount: lists.retry.size,
  };
}
