// Which results get a card: all of them up to `max`; past it, the delivery failures and the inputs that
// could not be read first, in their order, then the rest. In a whole mailbox (a Gmail export) most
// messages are no bounces: the first cards in input order would show none of the failures.
import type { Result } from '../../src/result.js';

/** A result worth a card before the others: a failure (or complaint), or an input that could not be read. */
function failureOrError(r: Result): boolean {
  return r.bounce || r.error !== undefined;
}

export function cardsToShow(results: readonly Result[], max: number): Result[] {
  if (results.length <= max) return [...results];
  const first = results.filter(failureOrError);
  if (first.length >= max) return first.slice(0, max);
  return [...first, ...results.filter((r) => !failureOrError(r)).slice(0, max - first.length)];
}
