// The lower-level functions src/index.ts exports beside the main ones (library-api.ts), with their
// arguments checked as those are: a clear TypeError or RangeError that names the function, and the
// locale pt-BR when none is given, rather than "Cannot read properties of undefined (reading 'get')".
// The engine calls its own, unchecked.
import { isMessageLike as isMessageLikeAny } from './analyze.js';
import { splitMbox as splitMboxAny } from './analyze-input.js';
import { classify as classifyAny } from './classify/classify.js';
import { describeBasicCode as describeBasicCodeAny, describeEnhancedCode as describeEnhancedCodeAny, type CodeDescription } from './explain/describe-code.js';
import { explain as explainAny, type ExplainContext, type Explanation } from './explain/explain.js';
import { CATALOGS } from './i18n/catalog.js';
import { matchLocale as matchLocaleAny } from './i18n/match-locale.js';
import { libraryLocale, libraryOptions, libraryText } from './library-args.js';
import { hasError as hasErrorAny, type Result } from './result.js';
import { DEFAULT_LOCALE, type ClassifyFacts, type Locale, type LocaleTag, type Verdict } from './types.js';
import { hasOwn } from './own-key.js';

/** What a basic reply code ("550") means; null for one that is none. `lang` pt-BR by default. */
export function describeBasicCode(code: string, lang?: LocaleTag): CodeDescription | null {
  return describeBasicCodeAny(libraryText(code, 'describeBasicCode', 'code'), libraryLocale(lang, 'describeBasicCode'));
}

/** What an enhanced status code ("5.7.26") means; null for one that is none. `lang` pt-BR by default. */
export function describeEnhancedCode(code: string, lang?: LocaleTag): CodeDescription | null {
  return describeEnhancedCodeAny(libraryText(code, 'describeEnhancedCode', 'code'), libraryLocale(lang, 'describeEnhancedCode'));
}

/** True when the text is best read as a whole message (headers, or a pasted multi-line body). */
export function isMessageLike(text: string): boolean {
  return isMessageLikeAny(libraryText(text, 'isMessageLike', 'text'));
}

/** An mbox's text -> its messages; null when it is no mbox. */
export function splitMbox(text: string): string[] | null {
  return splitMboxAny(libraryText(text, 'splitMbox', 'text'));
}

/** A language tag -> the locale we write in ("en-US" -> "en"), or null for one we do not (or none). */
export function matchLocale(value: string | undefined | null): Locale | null {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw new TypeError(`smtp-explain matchLocale(): value is a language tag (a string), not ${typeof value}`);
  }
  return matchLocaleAny(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A reply's facts (parseReply() gives them: its codes, text, command, host and recipient; `action`, a
 * DSN's Action field) -> its verdict. A lower-level step of explainText() and analyze(), which also read
 * what a bounce message or a log line says around the reply: their verdict may differ from classify()'s
 * on the reply alone.
 */
export function classify(facts: ClassifyFacts): Verdict {
  if (!isObject(facts)) throw new TypeError('smtp-explain classify(): facts is an object ({ replyCode, status, text, command, remoteHost, recipient })');
  for (const field of ['replyCode', 'status', 'text'] as const) {
    if (typeof facts[field] !== 'string') throw new TypeError(`smtp-explain classify(): facts.${field} is a string ("" when there is none)`);
  }
  for (const field of ['command', 'remoteHost', 'recipient'] as const) {
    const value = facts[field] as unknown;
    if (value !== undefined && value !== null && typeof value !== 'string') throw new TypeError(`smtp-explain classify(): facts.${field} is a string or null`);
  }
  return classifyAny({ ...facts, command: facts.command ?? null, remoteHost: facts.remoteHost ?? null, recipient: facts.recipient ?? null });
}

/** A verdict (classify() gives it) -> its explanation in `lang` (pt-BR by default). */
export function explain(verdict: Verdict, lang?: LocaleTag, options?: ExplainContext): Explanation {
  if (!isObject(verdict)) throw new TypeError('smtp-explain explain(): verdict is the object classify() gives');
  if (typeof verdict.reason !== 'string' || !hasOwn(CATALOGS[DEFAULT_LOCALE].reasons, verdict.reason)) {
    throw new RangeError(`smtp-explain explain(): verdict.reason is one of the reasons classify() gives, not ${JSON.stringify(String(verdict.reason)).slice(0, 60)}`);
  }
  for (const field of ['replyCode', 'status'] as const) {
    if (typeof verdict[field] !== 'string') throw new TypeError(`smtp-explain explain(): verdict.${field} is a string ("" when there is none)`);
  }
  for (const field of ['evidence', 'actors'] as const) {
    if (!Array.isArray(verdict[field])) throw new TypeError(`smtp-explain explain(): verdict.${field} is an array`);
  }
  return explainAny(verdict, libraryLocale(lang, 'explain'), libraryOptions<ExplainContext>(options, 'explain'));
}

/**
 * Whether a result's input could not be read (its `error` says why, and its `kind` is "error"); a type
 * guard, so that `error` is a string where it is true. A result stored by a version before `error` was
 * always there has none: that is no error either.
 */
export function hasError<T extends Pick<Result, 'error'>>(result: T): result is T & { error: string } {
  if (!isObject(result)) throw new TypeError('smtp-explain hasError(): result is a result (an object, as analyze() gives it)');
  return hasErrorAny(result);
}
