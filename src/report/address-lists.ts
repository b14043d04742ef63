// The addresses of a run that a list owner acts on: those to remove from a mailing list (failed for
// good, or the recipient complained) and those worth sending to again (not those of a problem on the
// sender's side, which the report lists with the problem). An address is listed once,
// under its strongest verdict: one hard bounce moves it from "retry" to "remove" for good. The address
// is the one the sender wrote (Original-Recipient), when a forward or an alias failed under another.
// An address that wrote after its failure (a reply, an auto-reply From it, dated later), or to which a
// delivery report (RFC 3464 Action: delivered, relayed or expanded) says a message got through later, is
// not removed: it is listed to check (`check`), its mailbox seems alive; a failure after it wins. An
// address to retry that was delivered after its latest failure leaves the retry list: it got its mail.
import { readDsnDate } from '../explain/dsn-date.js';
import { instantOf } from './utc-date.js';
import { CATALOGS } from '../i18n/catalog.js';
import { REPORTS } from './catalog.js';
import type { Locale, Reason, Retry } from '../types.js';
import { categorize, groupKey, groupName, isSenderSide, isStillTryingGroup, refusedByRecipientRule, type Category, type ResultLite } from './tally.js';

export interface AddressEntry {
  /** As the first result wrote it. */
  address: string;
  reason: Reason;
  retry: Retry;
  /** Notices for this address: one notice read twice (the same bounce in two folders or exports) counts once. */
  count: number;
  /**
   * Of those, the notices that say its mailbox is full or disabled (see REPEATED_MAILBOX_FAILURES): a
   * notice read twice (the same bounce in two folders) counts once.
   */
  mailboxFailures: number;
  /** Days from the first of those notices to the last, when two or more of them are dated; else null. */
  mailboxDays: number | null;
  /** The address that failed, when a forward or an alias took the message elsewhere (as first seen). */
  failedAs: string | null;
  /** The new address its owner gave (reason hasmoved), as first seen. */
  newAddress: string | null;
  /** The group it is listed in (tally's groupKey()), and the words of the result that put it there. */
  group: string;
  /** The group's heading as its first result gives it (groupName: the reason, and the rule's provider). */
  name: string;
  summary: string;
  advice: string;
  /** Removed for a rule of the recipient's organisation (tally's refusedByRecipientRule), not as a bad address. */
  recipientRule?: true;
}

/**
 * An address to retry whose message the sending server still retries (its group is apart: groupKey):
 * not to be sent again. --summary, the HTML report, the API's report and the web page count these apart.
 */
export function stillQueued(e: Pick<AddressEntry, 'group'>): boolean {
  return isStillTryingGroup(e.group);
}

/**
 * When sending again helps, said above a group of addresses to retry: for one the server still retries,
 * that it does (a cause to fix: fixed in time, the message leaves by itself), as its results' retry line
 * says, not the bare retry's words ("Reenviar só adianta depois que a causa for corrigida").
 */
export function groupRetryWords(e: Pick<AddressEntry, 'group' | 'retry'>, lang: Locale): string {
  const ui = CATALOGS[lang].ui;
  if (!stillQueued(e)) return ui.retry[e.retry];
  return e.retry === 'after-fix' ? ui.retryAfterFixQueued : ui.retry.automatic;
}

/**
 * What a remove list holds, for its intro: addresses that failed for good, recipients who complained or
 * asked to leave the list (reason feedback), addresses a rule of the recipient's organisation refuses. An
 * empty list is told as one of failures.
 */
export function removeHolds(entries: readonly Pick<AddressEntry, 'reason' | 'recipientRule'>[]): RemoveHolds {
  const complaints = entries.some((e) => e.reason === 'feedback');
  const refused = entries.some((e) => e.recipientRule);
  return { failed: (!complaints && !refused) || entries.some((e) => e.reason !== 'feedback' && !e.recipientRule), complaints, refused };
}

/**
 * What a remove list holds: addresses that failed for good, complaints, and addresses a rule of the
 * recipient's organisation refuses (a group that takes its own organisation's mail only), which are no
 * bad addresses.
 */
export interface RemoveHolds {
  failed: boolean;
  complaints: boolean;
  refused: boolean;
}

/**
 * Temporary failures of the mailbox itself (full, disabled) that make an address worth removing when
 * they come again and again: a mailbox that stays full for weeks is usually abandoned, and list
 * providers suppress an address after a few soft bounces in a row. Failures on the sender's side
 * (a block, an authentication problem) do not count: they say nothing about the address.
 */
export const REPEATED_MAILBOX_FAILURES = 3;
/**
 * ...over at least this many days, when the notices are dated: three refusals in one afternoon (three
 * campaigns, or one message retried) are a mailbox full for now, not one left for weeks.
 */
export const REPEATED_MAILBOX_MIN_DAYS = 7;
const MAILBOX_REASONS: ReadonlySet<Reason> = new Set<Reason>(['mailboxfull', 'suspend']);

/** The mailbox failures of one address: which notices said so, and over which days. */
class MailboxHistory {
  /** The dates the notices were written, as written: one notice read twice has the same. */
  private readonly dated = new Set<string>();
  private undated = 0;
  /** Of those, the ones whose date could be read, and the first and last day they give. */
  private readable = 0;
  private firstDay = Infinity;
  private lastDay = -Infinity;

  add(r: ResultLite): void {
    const when = noticeDate(r);
    if (!when) {
      this.undated++;
      return;
    }
    if (this.dated.has(when)) return;
    this.dated.add(when);
    const d = readDsnDate(when);
    if (!d) return;
    // the calendar day where the notice was written: a day more or less is nothing over a week
    const day = Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
    this.readable++;
    this.firstDay = Math.min(this.firstDay, day);
    this.lastDay = Math.max(this.lastDay, day);
  }

  get count(): number {
    return this.dated.size + this.undated;
  }

  /** Days from the first dated notice to the last, or null when fewer than two dates could be read. */
  get days(): number | null {
    return this.readable > 1 ? this.lastDay - this.firstDay : null;
  }
}

/** What shows a mailbox alive after its failure: a message from it, or a delivery report for it. */
export type AliveWhy = 'wrote' | 'delivered';

/** An address that failed for good, but wrote or was delivered after that: to check, not to remove. */
export interface CheckEntry extends AddressEntry {
  why: AliveWhy;
  /** The Date of that message (its latest reply, or the delivery report), as written. */
  aliveOn: string;
}

/**
 * Why an address to check seems alive, in `lang`: "escreveu em 24/11/2026 às 18:00 (UTC−03:00)", the date
 * as the retry advice writes it (ui.dateTime), or as written when it cannot be read.
 */
export function aliveText(e: Pick<CheckEntry, 'why' | 'aliveOn'>, lang: Locale): string {
  const d = readDsnDate(e.aliveOn);
  return REPORTS[lang].html.alive[e.why](d ? CATALOGS[lang].ui.dateTime(d) : e.aliveOn);
}

/** RFC 3464 §2.3.3 actions of a recipient's message that got through: to it, to a server further on, or to a list's members. */
const DELIVERED_ACTIONS: ReadonlySet<string> = new Set(['delivered', 'relayed', 'expanded']);

interface Dated { at: number; date: string }

/** Keeps the latest of `at` for `key`; true when it was later than the one kept. */
function keepLatest(map: Map<string, Dated>, key: string, at: number, date: string): boolean {
  const before = map.get(key);
  if (before && before.at >= at) return false;
  map.set(key, { at, date });
  return true;
}

export class AddressLists {
  /** Every address to retry, the ones delivered after their latest failure too; by lower-cased address. */
  private readonly retrying = new Map<string, AddressEntry>();
  /** By lower-cased address on `retrying`: the instant of its latest notice, when dated with a zone. */
  private readonly retryAt = new Map<string, number>();
  /** Every address that failed for good, the ones that wrote after it too; by lower-cased address, in the order first seen. */
  private readonly removed = new Map<string, AddressEntry>();
  /** By lower-cased address on `removed`: the instant of its latest notice, when dated with a zone. */
  private readonly failedAt = new Map<string, number>();
  /** By lower-cased address: its latest message read that is no failure (a reply, an auto-reply), when dated with a zone. */
  private readonly wrote = new Map<string, Dated>();
  /** By lower-cased address: its latest delivery report (delivered, relayed, expanded), when dated with a zone. */
  private readonly delivered = new Map<string, Dated>();
  private settled: Settled | null = null;

  /** By lower-cased address: its mailbox failures, for the addresses that have some. */
  private readonly mailbox = new Map<string, MailboxHistory>();
  /** By lower-cased address: the dates of the notices counted, as written (a notice read again has the same). */
  private readonly noticeDates = new Map<string, Set<string>>();

  /**
   * The addresses to remove, by lower-cased address, in the order first seen: not those that wrote
   * after their latest failure (`check`).
   */
  get remove(): ReadonlyMap<string, AddressEntry> {
    return this.settle().remove;
  }

  /** Addresses that failed for good but wrote or were delivered later (their mailbox seems alive): to check before removing. */
  get check(): ReadonlyMap<string, CheckEntry> {
    return this.settle().check;
  }

  /**
   * The addresses worth sending to again, by lower-cased address, in the order first seen: not those
   * delivered after their latest failure.
   */
  get retry(): ReadonlyMap<string, AddressEntry> {
    return this.settle().retry;
  }

  /**
   * The addresses to retry, split as the reports count them: those to send to again later, and those the
   * sending server still retries (stillQueued: not to be sent again). In the order first seen.
   */
  retrySplit(): { later: AddressEntry[]; queued: AddressEntry[] } {
    const later: AddressEntry[] = [];
    const queued: AddressEntry[] = [];
    for (const e of this.retry.values()) (stillQueued(e) ? queued : later).push(e);
    return { later, queued };
  }

  private settle(): Settled {
    if (this.settled) return this.settled;
    const remove = new Map<string, AddressEntry>();
    const check = new Map<string, CheckEntry>();
    for (const [key, e] of this.removed) {
      const alive = this.aliveAfter(key, this.failedAt.get(key));
      if (alive) check.set(key, { ...e, why: alive.why, aliveOn: alive.date });
      else remove.set(key, e);
    }
    const retry = new Map<string, AddressEntry>();
    for (const [key, e] of this.retrying) {
      const at = this.retryAt.get(key);
      const delivered = this.delivered.get(key);
      if (!(delivered && at !== undefined && delivered.at > at)) retry.set(key, e);
    }
    return (this.settled = { remove, check, retry });
  }

  /** The latest sign that the address's mailbox works (a message from it, a delivery to it), when dated after `failed`. */
  private aliveAfter(key: string, failed: number | undefined): { why: AliveWhy; date: string } | null {
    if (failed === undefined) return null;
    const wrote = this.wrote.get(key);
    const delivered = this.delivered.get(key);
    const latest = wrote && (!delivered || wrote.at >= delivered.at) ? { why: 'wrote' as const, ...wrote } : delivered ? { why: 'delivered' as const, ...delivered } : null;
    return latest && latest.at > failed ? latest : null;
  }

  /** Files one result; returns its category. */
  add(r: ResultLite): Category {
    const category = categorize(r);
    if (category === 'notBounce' || category === 'info') this.addWriter(r);
    if (category === 'info') this.addDelivered(r);
    const address = (r.originalRecipient ?? r.recipient)?.trim();
    if (!address || (category !== 'remove' && category !== 'retry')) return category;
    // a failure on the sender's side is listed with its problem (MailboxTally's senderProblems), whose
    // addresses are right: not as one more address to try again later, which would count it twice
    if (category === 'retry' && isSenderSide(r)) return category;
    const key = address.toLowerCase();
    const again = this.seenBefore(key, r) ? 0 : 1;
    this.settled = null;
    if (category === 'remove') this.failed(key, r);
    const removed = this.removed.get(key);
    if (removed) {
      removed.count += again;
      removed.newAddress ??= r.newAddress;
      return category;
    }
    const history = MAILBOX_REASONS.has(r.reason) ? this.mailboxHistory(key, r) : this.mailbox.get(key);
    const mailbox = { mailboxFailures: history?.count ?? 0, mailboxDays: history?.days ?? null };
    const failedAs = r.originalRecipient ? r.recipient : null;
    if (category === 'remove') {
      const before = this.retrying.get(key);
      this.retrying.delete(key);
      this.retryAt.delete(key);
      this.removed.set(key, {
        address, reason: r.reason, retry: r.retry, count: before ? before.count + again : 1,
        ...mailbox, failedAs: before?.failedAs ?? failedAs, newAddress: r.newAddress, ...words(r),
      });
      return category;
    }
    const entry = this.retrying.get(key);
    // the latest failure of an address decides its group
    if (entry) Object.assign(entry, { reason: r.reason, retry: r.retry, count: entry.count + again, ...mailbox, failedAs: entry.failedAs ?? failedAs, ...words(r) });
    else this.retrying.set(key, { address, reason: r.reason, retry: r.retry, count: 1, ...mailbox, failedAs, newAddress: r.newAddress, ...words(r) });
    const at = dateOf(r);
    if (at !== null && !((this.retryAt.get(key) ?? -Infinity) >= at)) this.retryAt.set(key, at);
    return category;
  }

  /** A message that is no failure: its sender's mailbox works, as of its date. */
  private addWriter(r: ResultLite): void {
    const from = r.message?.noticeFrom?.trim().toLowerCase();
    const date = r.message?.noticeDate;
    const at = from && date ? instantOf(date) : null;
    if (at === null) return;
    if (keepLatest(this.wrote, from!, at, date!)) this.settled = null;
  }

  /** A delivery report that a message got through to its recipient: the mailbox works, as of its date. */
  private addDelivered(r: ResultLite): void {
    if (!r.action || !DELIVERED_ACTIONS.has(r.action.toLowerCase())) return;
    const key = (r.originalRecipient ?? r.recipient)?.trim().toLowerCase();
    const date = noticeDate(r);
    const at = key && date ? instantOf(date) : null;
    if (at === null) return;
    if (keepLatest(this.delivered, key!, at, date!)) this.settled = null;
  }

  /**
   * A notice that the address failed for good: its latest date decides against a reply (a failure after
   * it wins). A complaint or an unsubscribe request asks to stop mailing the address, alive or not: no
   * reply takes it off the list.
   */
  private failed(key: string, r: ResultLite): void {
    if (r.reason === 'feedback') {
      this.failedAt.set(key, Infinity);
      return;
    }
    const at = dateOf(r);
    if (at === null) return;
    const before = this.failedAt.get(key);
    if (before === undefined || at > before) this.failedAt.set(key, at);
  }

  /** True when a notice of the same date was counted for this address already: the same notice, read again. */
  private seenBefore(key: string, r: ResultLite): boolean {
    const when = noticeDate(r);
    if (!when) return false;
    let dates = this.noticeDates.get(key);
    if (!dates) this.noticeDates.set(key, (dates = new Set()));
    if (dates.has(when)) return true;
    dates.add(when);
    return false;
  }

  private mailboxHistory(key: string, r: ResultLite): MailboxHistory {
    let history = this.mailbox.get(key);
    if (!history) this.mailbox.set(key, (history = new MailboxHistory()));
    history.add(r);
    return history;
  }

  /**
   * Addresses to retry whose mailbox failed in REPEATED_MAILBOX_FAILURES notices or more, over
   * REPEATED_MAILBOX_MIN_DAYS or more when they are dated; in the order first seen.
   */
  repeatedMailboxFailures(): AddressEntry[] {
    return [...this.retry.values()].filter((e) =>
      e.mailboxFailures >= REPEATED_MAILBOX_FAILURES && (e.mailboxDays === null || e.mailboxDays >= REPEATED_MAILBOX_MIN_DAYS));
  }
}

interface Settled { remove: Map<string, AddressEntry>; check: Map<string, CheckEntry>; retry: Map<string, AddressEntry> }

/** When the notice of a result was written, as written: one notice read twice has the same. */
function noticeDate(r: ResultLite): string | null {
  return r.message?.noticeDate ?? r.date;
}

/** The instant of noticeDate(r), when it gives one with a zone. */
function dateOf(r: ResultLite): number | null {
  const when = noticeDate(r);
  return when ? instantOf(when) : null;
}

function words(r: ResultLite): Pick<AddressEntry, 'group' | 'name' | 'summary' | 'advice' | 'recipientRule'> {
  return { group: groupKey(r), name: groupName(r), summary: r.summary, advice: r.advice, ...(refusedByRecipientRule(r) && { recipientRule: true }) };
}
