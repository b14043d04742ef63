// A documentation link in the reader's language, where the site documents a stable way to ask for one.
// Only our own links (a rule's source), never a URL quoted in a server's reply. The JSON's providerSource
// stays the link as the rule names it (data a script may compare); the faces a person reads call this.
import type { Locale } from '../types.js';

/** Sites whose pages live under a locale path segment ("/en-us/", "/pt-br/"). */
const PATH_LOCALE: ReadonlySet<string> = new Set(['learn.microsoft.com', 'support.microsoft.com', 'support.apple.com']);
/** Sites that take the language in a query parameter "hl", with the spelling each one documents. */
const QUERY_LOCALE: ReadonlyMap<string, Record<Locale, string>> = new Map([
  ['support.google.com', { 'pt-BR': 'pt-BR', en: 'en' }],
  ['developers.google.com', { 'pt-BR': 'pt-br', en: 'en' }],
]);
const PATH_SEGMENT: Record<Locale, string> = { 'pt-BR': 'pt-br', en: 'en-us' };

/** "https://host" and the rest ("/path?query#fragment"); the host as written (no port, no user). */
const ORIGIN = /^(https?:\/\/)([a-z0-9.-]+)(?=[/?#]|$)/i;
/** A locale segment first in the path: "/en-us", "/pt-BR". */
const LOCALE_SEGMENT = /^\/[a-z]{2}-[a-z]{2}(?=[/?#]|$)/i;

/**
 * `url` pointing to the page in `lang` where its site has a documented pattern: Microsoft's and Apple's
 * locale segment ("/en-us/" becomes "/pt-br/"), Google's "hl" parameter (others and the "#fragment" kept).
 * In Portuguese a link with no locale gets one; in English a link is changed only when it names another
 * language (a link with none is the site's default, English, or the reader's browser's choice). Any other
 * site, or a string that is no http(s) URL, is returned as it is. Applying it twice changes nothing more.
 */
export function localizedUrl(url: string, lang: Locale): string {
  const origin = ORIGIN.exec(url);
  if (!origin) return url;
  const host = origin[2]!.toLowerCase();
  const head = origin[0];
  const rest = url.slice(head.length);
  if (PATH_LOCALE.has(host)) {
    const segment = LOCALE_SEGMENT.exec(rest);
    if (segment) return `${head}/${PATH_SEGMENT[lang]}${rest.slice(segment[0].length)}`;
    if (lang === 'en') return url;
    return `${head}/${PATH_SEGMENT[lang]}${rest.startsWith('/') ? rest : `/${rest}`}`;
  }
  const hl = QUERY_LOCALE.get(host);
  if (!hl) return url;
  const hash = rest.indexOf('#');
  const fragment = hash < 0 ? '' : rest.slice(hash);
  const beforeHash = hash < 0 ? rest : rest.slice(0, hash);
  const q = beforeHash.indexOf('?');
  const path = q < 0 ? beforeHash : beforeHash.slice(0, q);
  const params = q < 0 ? [] : beforeHash.slice(q + 1).split('&').filter((p) => p !== '');
  const isHl = (p: string) => p.split('=')[0]!.toLowerCase() === 'hl';
  const first = params.findIndex(isHl);
  if (first < 0 && lang === 'en') return url;
  const wanted = `hl=${hl[lang]}`;
  // the first "hl" replaced where it stands (other ones dropped), or one added at the end
  const out = first < 0 ? [...params, wanted] : params.flatMap((p, i) => (i === first ? [wanted] : isHl(p) ? [] : [p]));
  return `${head}${path}?${out.join('&')}${fragment}`;
}
