// `smtp-explain/node`: what only Node can do, reading files and folders as the command line reads them.
// The main entry (src/index.ts) stays browser-safe; this one uses node:fs.
import { analyzeItem } from './mailbox/analyze-item.js';
import { readInputBatches } from './mailbox/read-inputs.js';
import type { Result } from './result.js';
import { DEFAULT_LOCALE, type Locale } from './types.js';

export interface AnalyzePathsOptions {
  lang?: Locale;
}

/**
 * The results of files and folders, in order, as they are read: a bounce (.eml), an mbox, a Maildir or
 * any folder (walked with its subfolders, hidden files skipped), a Postfix, Exim or Sendmail log, a
 * sending service's events (JSON or CSV), gzip-compressed or not, or a zip or tar archive of any of
 * these (each file inside named "export.zip/folder/file.eml"); "-" reads standard input. Big files
 * are streamed, so a mailbox of any size takes little memory. Every message yields a result: a path
 * that does not exist or cannot be read gives an error result for it, and the others go on.
 */
export async function* analyzePaths(paths: readonly string[], options: AnalyzePathsOptions = {}): AsyncGenerator<Result> {
  const lang = options.lang ?? DEFAULT_LOCALE;
  for await (const batch of readInputBatches(paths, () => process.stdin, { pathsOnly: true })) {
    for (const item of batch) yield* await analyzeItem(item, lang);
  }
}
