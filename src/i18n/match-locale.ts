// Language names as users and environments write them -> our locales. Its own file: the CLI's entry point
// picks the quick path's bundle by language before any catalog is loaded (src/cli/quick-locale.ts).
import { DEFAULT_LOCALE, type Locale } from '../types.js';

/** "pt", "pt_BR.UTF-8", "pt-PT" -> pt-BR; "en_US" -> en; anything else -> null. */
export function matchLocale(value: string | undefined | null): Locale | null {
  if (!value) return null;
  const v = value.toLowerCase();
  if (v.startsWith('pt')) return 'pt-BR';
  if (v.startsWith('en')) return 'en';
  return null;
}

/** LC_ALL, else LC_MESSAGES, else LANG (the POSIX order), else pt-BR. */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const locale = matchLocale(env[name]);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}
