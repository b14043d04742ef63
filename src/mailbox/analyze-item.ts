// One unit of work -> its results (one per recipient). Used on the main thread and in the workers.
import { analyzeReading, explainEspEvent, explainLogLine, type PastedParts } from '../analyze.js';
import { atLeastOneResult, emptyInputResult, errorResult, internalErrorResult, quietEventsResult, quietLogResult, type Result } from '../result.js';
import { REPORTS } from '../report/catalog.js';
import { CATALOGS } from '../i18n/catalog.js';
import { setListActions } from '../report/tally.js';
import type { Locale } from '../types.js';
import type { MailItem } from './types.js';

export async function analyzeItem(item: MailItem, lang: Locale): Promise<Result[]> {
  return (await analyzeItemReading(item, lang)).results;
}

/** analyzeItem(), and the parts a pasted text was read in (the closing line counts them, not one message). */
export async function analyzeItemReading(item: MailItem, lang: Locale): Promise<{ results: Result[]; parts: PastedParts | null }> {
  const read: { parts: PastedParts | null } = { parts: null };
  return { results: setListActions(await results(item, lang, read)), parts: read.parts };
}

async function results(item: MailItem, lang: Locale, read: { parts: PastedParts | null }): Promise<Result[]> {
  const ctx = { lang, file: item.file };
  if (item.kind === 'error') {
    const result = errorResult(REPORTS[lang].problem[item.problem](item.detail), ctx, item.problem);
    if (item.problem !== 'text-cut') return [result];
    // what was read of the text has its results before this one: an error that says so itself
    const words = CATALOGS[lang].ui.textCut;
    return [{ ...result, summary: words.summary(result.error!), advice: words.advice, retryText: CATALOGS[lang].ui.cutRetry }];
  }
  if (item.kind === 'quiet-log') return [quietLogResult(ctx, item.deliveries)];
  if (item.kind === 'empty-input') return [emptyInputResult(ctx, item.emptyFile === true)];
  if (item.kind === 'quiet-events') return [quietEventsResult(ctx, item.others)];
  try {
    if (item.kind === 'log-line') return [explainLogLine({ number: 0, line: item.text, gaveUp: item.gaveUp ?? undefined }, ctx)];
    if (item.kind === 'esp-event') return [explainEspEvent(item.event, ctx)];
    const { results, parts } = await analyzeReading(item.kind === 'text' ? item.text : item.bytes, ctx);
    read.parts = parts;
    return atLeastOneResult(results, ctx);
  } catch (error) {
    // a crash on one message becomes an error result for it; the others go on
    return [internalErrorResult(error, ctx)];
  }
}
