// The page language: ?lang= first, then the choice remembered in localStorage, then the browser's
// language on a first visit (English for a browser set to English, pt-BR for anything else).
import { matchLocale } from '../../src/i18n/catalog.js';
import { DEFAULT_LOCALE, type Locale } from '../../src/types.js';

export const STORAGE_KEY = 'smtp-explain.lang';

function stored(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, policies): the choice is just not remembered
  }
}

export function remember(lang: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* not remembered */
  }
}

export function initialLang(): Locale {
  const fromQuery = matchLocale(new URLSearchParams(location.search).get('lang'));
  if (fromQuery) {
    remember(fromQuery);
    return fromQuery;
  }
  return matchLocale(stored()) ?? browserLang();
}

/** English when the browser's first language is English; pt-BR, the page's own, for any other. */
function browserLang(): Locale {
  const first = navigator.languages?.[0] ?? navigator.language ?? '';
  return /^en\b/i.test(first) ? 'en' : DEFAULT_LOCALE;
}

/** Puts the language in the address (?lang=en; nothing for the default) without reloading. */
export function showInAddress(lang: Locale): void {
  const url = new URL(location.href);
  if (lang === DEFAULT_LOCALE) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  history.replaceState(history.state, '', url);
}
