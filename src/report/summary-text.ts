// --summary: what to do (the addresses to remove or retry, the failures on the sender's side), then
// counts by reason, kind and recipient domain, as plain text.
import type { Locale } from '../types.js';
import { aliveText, REPEATED_MAILBOX_FAILURES, REPEATED_MAILBOX_MIN_DAYS, type AddressLists } from './address-lists.js';
import { numberFormat, REPORTS } from './catalog.js';
import { sortedCounts, type Tally } from './tally.js';
import { deliveryRows, inboundRows, reasonRows } from './reason-rows.js';

const MAX_DOMAINS = 20;
/** Addresses to check named in the summary (a reply after the failure); the HTML report lists them all. */
const MAX_CHECK = 20;

function table(rows: [string, number][], n: (x: number) => string): string[] {
  const width = Math.max(0, ...rows.map(([, c]) => n(c).length));
  return rows.map(([label, c]) => `  ${n(c).padStart(width)}  ${label}`);
}

/** With `totals`, the counts of messages and results come first (for stdout; stderr has its closing line). */
export function summaryText(tally: Tally, lang: Locale, totals = true, lists: AddressLists | null = null, leftOut = 0): string {
  const t = REPORTS[lang];
  const n = numberFormat(lang);
  const out = [t.summary.heading];
  if (totals) out.push(t.done({ ...tally, leftOut }, n).replace(/^smtp-explain: /, ''));
  out.push('');
  if (lists) {
    const a = t.summary.actions;
    const repeated = lists.repeatedMailboxFailures().length;
    // deliveries the server still retries apart, as the HTML report groups them: resending those sends twice
    const split = lists.retrySplit();
    const later = split.later.length;
    const queued = split.queued.length;
    const rows: [string, number][] = [[a.remove(lists.remove.size), lists.remove.size]];
    // no "0 to retry" above the row of those still queued: the only retry there is the server's own (as the web page)
    // (kept for the repeated mailbox failures' "destes" below)
    if (later || !queued || repeated) rows.push([a.retry(later), later]);
    // ("destes": the row of the repeated mailbox failures follows the addresses to retry)
    if (repeated) rows.push([a.repeated(REPEATED_MAILBOX_FAILURES, REPEATED_MAILBOX_MIN_DAYS), repeated]);
    if (queued) rows.push([a.stillTrying(queued), queued]);
    const check = [...lists.check.values()];
    if (check.length) rows.push([a.check(check.length), check.length]);
    rows.push([a.senderSide(tally.senderSide), tally.senderSide]);
    out.push(`${a.heading}:`, ...table(rows, n), '');
    // few, and each to be looked at: named
    if (check.length) {
      const h = t.html;
      out.push(`${h.remove.check.heading}:`, ...check.slice(0, MAX_CHECK).map((e) => `  ${e.address} (${aliveText(e, lang)})`));
      if (check.length > MAX_CHECK) out.push(`  ${t.summary.more(check.length - MAX_CHECK)}`);
      out.push('');
    }
    // one line per problem as told (the providers' rules of one cause say it in the same words)
    // (messages a recipient's filter holds until the sender confirms: nothing to fix, told apart)
    const problems = new Map<string, number>();
    const held = new Map<string, number>();
    for (const s of tally.sortedSenderProblems()) {
      const line = `${s.name}: ${s.summary}`;
      const into = s.held ? held : problems;
      into.set(line, (into.get(line) ?? 0) + s.count);
    }
    if (problems.size) out.push(`${t.summary.senderProblems}:`, ...table(sortedCounts(problems), n), '');
    if (held.size) out.push(`${t.summary.heldProblems}:`, ...table(sortedCounts(held), n), '');
  }
  // a mail log's deliveries, those that went through too: the failures' share of them
  const deliveries = deliveryRows(tally.deliveries, lang);
  if (deliveries.length) out.push(`${t.deliveries.heading}:`, ...table(deliveries.map((row) => [row.note ? `${row.label} (${row.note})` : row.label, row.count]), n), '');
  // the server's refusals of incoming mail: apart from the reader's own failures, by reason
  const inbound = inboundRows(tally, lang);
  if (inbound.length) out.push(`${t.inbound.heading}:`, ...table(inbound.map((row) => [`${row.name} (${row.reason})`, row.count]), n), '');
  out.push(`${t.summary.byReason}:`);
  out.push(...table(reasonRows(tally, lang).map((row) => [`${row.name} (${row.reason})`, row.count]), n));
  out.push('', `${t.summary.byKind}:`);
  out.push(...table(sortedCounts(tally.byKind).map(([kind, c]) => [t.kindName[kind], c]), n));
  out.push('', `${t.summary.byDomain}:`);
  const domains = tally.domains();
  const rows: [string, number][] = domains.slice(0, MAX_DOMAINS).map(([d, c]) => [d, c.total]);
  if (tally.noRecipient) rows.push([t.summary.noRecipient, tally.noRecipient]);
  out.push(...table(rows, n));
  if (domains.length > MAX_DOMAINS) out.push(`  ${t.summary.more(domains.length - MAX_DOMAINS)}`);
  return out.join('\n') + '\n';
}
