// Files dropped on the page are read whole into the browser's memory, with their results: past
// MAX_FILE_BYTES (a mailbox of some 40,000 bounces) the tab would slow to a crawl or crash. Such a
// file is not read; its card says so and points to the command line, which streams any size.
import { errorResult, type Result } from '../../src/result.js';
import { PAGE_TEXT } from '../../src/server/page-text.js';
import type { Locale } from '../../src/types.js';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const MB = 1024 * 1024;

/** The card of a file too large for the page. */
export function tooLargeResult(file: string, size: number, lang: Locale): Result {
  const words = PAGE_TEXT[lang].fileTooLarge;
  return { ...errorResult(words.error(Math.ceil(size / MB), MAX_FILE_BYTES / MB), { lang, file }), advice: words.advice };
}
