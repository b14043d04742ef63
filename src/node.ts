// `smtp-explain/node`: what only Node can do, reading files and folders as the command line reads them.
// The main entry (src/index.ts) stays browser-safe; this one uses node:fs.
import { analyzeItem } from './mailbox/analyze-item.js';
import { readInputBatches } from './mailbox/read-inputs.js';
import type { Result } from './library-api.js';
import { libraryLocale, libraryOptions, librarySignal, libraryText } from './library-args.js';
import { Pace } from './pace.js';
import type { Locale, LocaleTag } from './types.js';

export interface AnalyzePathsOptions {
  lang?: LocaleTag | undefined;
  /**
   * Stops the reading when aborted (AbortController's signal, AbortSignal.timeout(ms)): checked before each
   * result; the iterator then throws the signal's reason, and closes the file it was reading.
   */
  signal?: AbortSignal | undefined;
}

/**
 * The results of files and folders, in order, as they are read: a bounce (.eml), an mbox, a Maildir or
 * any folder (walked with its subfolders, hidden files skipped), a Postfix, Exim or Sendmail log, a
 * sending service's events (JSON or CSV), gzip-compressed or not, or a zip or tar archive of any of
 * these (each file inside named "export.zip/folder/file.eml"); "-" reads standard input. Big files
 * are streamed, so a mailbox of any size takes little memory. Every message yields a result: a path
 * that does not exist or cannot be read gives an error result for it, and the others go on.
 */
export function analyzePaths(paths: Iterable<string> | string, options?: AnalyzePathsOptions): AsyncGenerator<Result, void, undefined> {
  // checked here, before the first result is asked for: a generator's own body runs only then
  const o = libraryOptions<AnalyzePathsOptions>(options, 'analyzePaths');
  const lang = libraryLocale(o.lang, 'analyzePaths');
  const signal = librarySignal(o.signal, 'analyzePaths');
  // one path given as a string is that path (read as an array, each of its characters was one: "/" the whole disk)
  const iterable = paths !== null && typeof paths === 'object' && Symbol.iterator in paths;
  if (typeof paths !== 'string' && !iterable) throw new TypeError('smtp-explain analyzePaths(): paths is an array (or any iterable) of file or folder names');
  const list = typeof paths === 'string' ? [paths] : Array.from(paths);
  for (const p of list) libraryText(p, 'analyzePaths', 'each path');
  return results(list, lang, new Pace(signal));
}

async function* results(paths: readonly string[], lang: Locale, pace: Pace): AsyncGenerator<Result, void, undefined> {
  // (an mbox's 1 MB chunk is ~800 messages: without a turn given back now and then, a service stalled ~0.8 s between two reads)
  await pace.step();
  for await (const batch of readInputBatches(paths, () => process.stdin, { pathsOnly: true })) {
    for (const item of batch) {
      await pace.step();
      // (analyzeItem sets each result's list action)
      yield* await analyzeItem(item, lang) as Result[];
    }
  }
}
