// The addresses of a run that a list owner acts on: those to remove from a mailing list (failed for
// good, or the recipient complained) and those worth sending to again. An address is listed once,
// under its strongest verdict: one hard bounce moves it from "retry" to "remove" for good. The address
// is the one the sender wrote (Original-Recipient), when a forward or an alias failed under another.
import { shownReasonName } from '../explain/shown-kind.js';
import type { Reason, Retry } from '../types.js';
import { categorize, groupKey, type Category, type ResultLite } from './tally.js';

export interface AddressEntry {
  /** As the first result wrote it. */
  address: string;
  reason: Reason;
  retry: Retry;
  /** Results for this address. */
  count: number;
  /** Of those, the ones that say its mailbox is full or disabled (see REPEATED_MAILBOX_FAILURES). */
  mailboxFailures: number;
  /** The address that failed, when a forward or an alias took the message elsewhere (as first seen). */
  failedAs: string | null;
  /** The new address its owner gave (reason hasmoved), as first seen. */
  newAddress: string | null;
  /** The group it is listed in (tally's groupKey()), and the words of the result that put it there. */
  group: string;
  /** The reason's name as that result shows it (shownReasonName). */
  name: string;
  summary: string;
  advice: string;
}

/**
 * Temporary failures of the mailbox itself (full, disabled) that make an address worth removing when
 * they come again and again: a mailbox that stays full for weeks is usually abandoned, and list
 * providers suppress an address after a few soft bounces in a row. Failures on the sender's side
 * (a block, an authentication problem) do not count: they say nothing about the address.
 */
export const REPEATED_MAILBOX_FAILURES = 3;
const MAILBOX_REASONS: ReadonlySet<Reason> = new Set<Reason>(['mailboxfull', 'suspend']);

export class AddressLists {
  /** By lower-cased address, in the order first seen. */
  readonly remove = new Map<string, AddressEntry>();
  readonly retry = new Map<string, AddressEntry>();

  /** Files one result; returns its category. */
  add(r: ResultLite): Category {
    const category = categorize(r);
    const address = (r.originalRecipient ?? r.recipient)?.trim();
    if (!address || (category !== 'remove' && category !== 'retry')) return category;
    const key = address.toLowerCase();
    const removed = this.remove.get(key);
    if (removed) {
      removed.count++;
      removed.newAddress ??= r.newAddress;
      return category;
    }
    const mailbox = MAILBOX_REASONS.has(r.reason) ? 1 : 0;
    const failedAs = r.originalRecipient ? r.recipient : null;
    if (category === 'remove') {
      const before = this.retry.get(key);
      this.retry.delete(key);
      this.remove.set(key, {
        address, reason: r.reason, retry: r.retry, count: (before?.count ?? 0) + 1,
        mailboxFailures: (before?.mailboxFailures ?? 0) + mailbox, failedAs: before?.failedAs ?? failedAs, newAddress: r.newAddress, ...words(r),
      });
      return category;
    }
    const entry = this.retry.get(key);
    // the latest failure of an address decides its group
    if (entry) Object.assign(entry, { reason: r.reason, retry: r.retry, count: entry.count + 1, mailboxFailures: entry.mailboxFailures + mailbox, failedAs: entry.failedAs ?? failedAs, ...words(r) });
    else this.retry.set(key, { address, reason: r.reason, retry: r.retry, count: 1, mailboxFailures: mailbox, failedAs, newAddress: r.newAddress, ...words(r) });
    return category;
  }

  /** Addresses to retry whose mailbox failed REPEATED_MAILBOX_FAILURES times or more, in the order first seen. */
  repeatedMailboxFailures(): AddressEntry[] {
    return [...this.retry.values()].filter((e) => e.mailboxFailures >= REPEATED_MAILBOX_FAILURES);
  }
}

function words(r: ResultLite): Pick<AddressEntry, 'group' | 'name' | 'summary' | 'advice'> {
  return { group: groupKey(r), name: shownReasonName(r, r.lang), summary: r.summary, advice: r.advice };
}
