// Files dropped on the page are read whole into the browser's memory, with their results: past
// MAX_FILE_BYTES (a mailbox of some 40,000 bounces) the tab would slow to a crawl or crash. Such a
// file is not read; its card says so and points to the command line, which streams any size. Past
// MAX_PAGE_RESULTS, a file's last card says how many more results were left out.
import { errorResult, type Result } from '../../src/result.js';
import { PAGE_TEXT } from '../../src/i18n/page-text.js';
import type { Locale } from '../../src/types.js';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Results of one file or paste at most (an export of 100,000 bounces fits; ~130 MB in the tab); the
 * API keeps to the lower MAX_REQUEST_RESULTS, as it sends them all in one answer.
 */
export const MAX_PAGE_RESULTS = 100_000;

const MB = 1024 * 1024;

/** The card of a file too large for the page. */
export function tooLargeResult(file: string, size: number, lang: Locale): Result {
  const words = PAGE_TEXT[lang].fileTooLarge;
  return { ...errorResult(words.error(Math.ceil(size / MB), MAX_FILE_BYTES / MB), { lang, file }, 'file-too-large'), advice: words.advice };
}

/** The card of a file the browser could not give us (a folder it could not read, a file moved or deleted). */
export function unreadableResult(file: string, lang: Locale): Result {
  const words = PAGE_TEXT[lang].fileUnreadable;
  return { ...errorResult(words.error, { lang, file }, 'unreadable-file'), advice: words.advice };
}
