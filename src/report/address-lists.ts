// The addresses of a run that a list owner acts on: those to remove from a mailing list (failed for
// good, or the recipient complained) and those worth sending to again. An address is listed once,
// under its strongest verdict: one hard bounce moves it from "retry" to "remove" for good.
import type { Reason, Retry } from '../types.js';
import { categorize, type Category, type ResultLite } from './tally.js';

export interface AddressEntry {
  /** As the first result wrote it. */
  address: string;
  reason: Reason;
  retry: Retry;
  /** Results for this address. */
  count: number;
}

export class AddressLists {
  /** By lower-cased address, in the order first seen. */
  readonly remove = new Map<string, AddressEntry>();
  readonly retry = new Map<string, AddressEntry>();

  /** Files one result; returns its category. */
  add(r: ResultLite): Category {
    const category = categorize(r);
    if (!r.recipient || (category !== 'remove' && category !== 'retry')) return category;
    const key = r.recipient.toLowerCase();
    const removed = this.remove.get(key);
    if (removed) {
      removed.count++;
      return category;
    }
    if (category === 'remove') {
      const before = this.retry.get(key);
      this.retry.delete(key);
      this.remove.set(key, { address: r.recipient, reason: r.reason, retry: r.retry, count: (before?.count ?? 0) + 1 });
      return category;
    }
    const entry = this.retry.get(key);
    // the latest failure of an address decides its group
    if (entry) Object.assign(entry, { reason: r.reason, retry: r.retry, count: entry.count + 1 });
    else this.retry.set(key, { address: r.recipient, reason: r.reason, retry: r.retry, count: 1 });
    return category;
  }
}
