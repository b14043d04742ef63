// Which results get a card: all of them up to `max`; past it, the delivery failures and the inputs that
// could not be read first, in their order, then the rest. In a whole mailbox (a Gmail export) most
// messages are no bounces: the first cards in input order would show none of the failures. A log's
// refusals of incoming mail come after the reader's own results: they are no failures of the mail sent
// (the summary counts them apart), and a busy server's would hide the few that are.
import { hasError, type Result } from '../../src/result.js';
import { isInboundRefusal, Tally } from '../../src/report/tally.js';

/** A result worth a card before the others: a failure (or complaint), or an input that could not be read. */
function failureOrError(r: Result): boolean {
  return (r.bounce && !isInboundRefusal(r)) || hasError(r);
}

export function cardsToShow(all: readonly Result[], max: number): Result[] {
  const inbound = all.filter(isInboundRefusal);
  // (a log of nothing but refusals keeps its order)
  const results = inbound.length && inbound.length < all.length ? [...all.filter((r) => !isInboundRefusal(r)), ...inbound] : all;
  if (results.length <= max) return [...results];
  const first = results.filter(failureOrError);
  if (first.length >= max) return first.slice(0, max);
  return [...first, ...results.filter((r) => !failureOrError(r)).slice(0, max - first.length)];
}

/**
 * The results counted once, as the summary counts them (src/report/mailbox-report.ts): those of a notice
 * read again (the same bounce in two exports of a mailbox) are left out; `repeated`, the messages read again.
 */
export function onceEach(results: readonly Result[]): { counted: readonly Result[]; repeated: number } {
  const tally = new Tally(Infinity);
  const counted = tally.addItem(results);
  return { counted, repeated: tally.repeated };
}

/** What onceEach leaves out, by the results' places: worked out by the worker, sent to the page as numbers. */
export function leftOutOnce(results: readonly Result[]): { leftOut: number[]; repeated: number } {
  const { counted, repeated } = onceEach(results);
  if (counted.length === results.length) return { leftOut: [], repeated };
  const kept = new Set(counted);
  return { leftOut: results.flatMap((r, i) => (kept.has(r) ? [] : [i])), repeated };
}

/** onceEach's results again, from leftOutOnce's places. */
export function countedOnce(results: readonly Result[], { leftOut, repeated }: { leftOut: readonly number[]; repeated: number }): { counted: readonly Result[]; repeated: number } {
  if (!leftOut.length) return { counted: results, repeated };
  const out = new Set(leftOut);
  return { counted: results.filter((_, i) => !out.has(i)), repeated };
}
