// Server-rendered reference pages: the index of every code and one page per code, in each language,
// generated from the knowledge tables and the catalogs. Plain HTML, no script, styled by /styles.css.
import { CATALOGS } from '../i18n/catalog.js';
import type { Kind, Locale } from '../types.js';
import { codeInfo, codeList, type CodeInfo } from '../explain/code-info.js';
import { CODES_PATH, PAGE_TEXT, codeUrl } from './page-text.js';

const OTHER: Record<Locale, Locale> = { 'pt-BR': 'en', en: 'pt-BR' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function homeUrl(lang: Locale): string {
  return lang === 'pt-BR' ? '/' : '/?lang=en';
}

function kindBadge(kind: Kind | null, lang: Locale): string {
  if (!kind) return '';
  return `<span class="badge badge-${kind}">${escapeHtml(CATALOGS[lang].ui.kind[kind])}</span>`;
}

/** The page frame. `other` is the same page in the other language. */
export function layout(lang: Locale, title: string, body: string, other: string | null): string {
  const t = PAGE_TEXT[lang];
  const o = OTHER[lang];
  const alt = other ? `<link rel="alternate" hreflang="${o}" href="${escapeHtml(other)}">` : '';
  const switcher = other
    ? `<a class="lang-switch" href="${escapeHtml(other)}" lang="${o}" hreflang="${o}" aria-label="${escapeHtml(t.switchToLabel)}">${escapeHtml(t.switchTo)}</a>`
    : '';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · smtp-explain</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/styles.css">
${alt}
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(t.skipToContent)}</a>
<header class="site-header">
<a class="brand" href="${homeUrl(lang)}">smtp-explain</a>
<nav class="site-nav"><a href="${homeUrl(lang)}">${escapeHtml(t.explainBounce)}</a> <a href="${CODES_PATH[lang]}">${escapeHtml(t.allCodes)}</a> ${switcher}</nav>
</header>
<main id="main" class="page">
${body}
</main>
<footer class="site-footer"><p>${escapeHtml(t.footer)} <a href="/api/openapi.json">${escapeHtml(t.apiDocs)}</a></p></footer>
</body>
</html>
`;
}

function codeLink(code: string, lang: Locale): string {
  return `<a href="${escapeHtml(codeUrl(code, lang))}">${escapeHtml(code)}</a>`;
}

export function codeIndexPage(lang: Locale): string {
  const t = PAGE_TEXT[lang];
  const ui = CATALOGS[lang].ui;
  const list = codeList(lang);
  const basicRows = list.basic.map((e) => `<tr>
<th scope="row">${codeLink(e.code, lang)}</th><td>${escapeHtml(e.title)}</td><td>${kindBadge(e.kind, lang)}</td><td>${escapeHtml(e.standard && e.rfc ? e.rfc : e.registryOnly && e.rfc ? ui.registryOnly(e.rfc) : ui.nonStandard)}</td>
</tr>`).join('\n');
  const enhancedRows = list.enhanced.map((e) => `<tr>
<th scope="row">${codeLink(e.code, lang)}</th><td>${escapeHtml(e.title)}</td><td class="nowrap">${e.classes.map((c) => codeLink(c, lang)).join(' · ')}</td><td>${escapeHtml(e.rfc ?? '')}</td>
</tr>`).join('\n');
  const body = `<h1>${escapeHtml(t.codesTitle)}</h1>
<p class="lead">${escapeHtml(t.codesIntro)}</p>
<section aria-labelledby="basic-h">
<h2 id="basic-h">${escapeHtml(t.basicHeading)}</h2>
<div class="table-wrap"><table class="codes">
<thead><tr><th scope="col">${escapeHtml(t.colCode)}</th><th scope="col">${escapeHtml(t.colTitle)}</th><th scope="col">${escapeHtml(t.colKind)}</th><th scope="col">${escapeHtml(t.colStandard)}</th></tr></thead>
<tbody>
${basicRows}
</tbody></table></div>
</section>
<section aria-labelledby="enhanced-h">
<h2 id="enhanced-h">${escapeHtml(t.enhancedHeading)}</h2>
<div class="table-wrap"><table class="codes">
<thead><tr><th scope="col">${escapeHtml(t.colCode)}</th><th scope="col">${escapeHtml(t.colTitle)}</th><th scope="col">${escapeHtml(t.colClasses)}</th><th scope="col">${escapeHtml(t.colStandard)}</th></tr></thead>
<tbody>
${enhancedRows}
</tbody></table></div>
</section>`;
  return layout(lang, t.codesTitle, body, CODES_PATH[OTHER[lang]]);
}

function codeBody(info: CodeInfo): string {
  const lang = info.lang;
  const t = PAGE_TEXT[lang];
  const ui = CATALOGS[lang].ui;
  const rows: string[] = [];
  const row = (label: string, html: string) => rows.push(`<dt>${escapeHtml(label)}</dt><dd>${html}</dd>`);
  row(ui.label.meaning, escapeHtml(info.meaning));
  row(ui.label.advice, escapeHtml(info.advice));
  if (info.kind) row(t.kindLabel, kindBadge(info.kind, lang));
  row(t.standardLabel, escapeHtml(info.standardText));
  if (info.ianaName) row(t.ianaName, `<span lang="en">${escapeHtml(info.ianaName)}</span>`);
  if (info.reason && info.reasonSummary) row(t.typicalReason, `${escapeHtml(info.reasonSummary)} <code>${escapeHtml(info.reason)}</code>`);
  if (info.classes.length) row(t.otherClasses, info.classes.map((c) => codeLink(c, lang)).join(' · '));
  if (info.related.length) {
    row(info.type === 'basic' ? t.relatedEnhanced : t.relatedBasic, info.related.map((c) => codeLink(c, lang)).join(' · '));
  }
  const neutral = info.type === 'enhanced-detail' ? `<p class="note">${escapeHtml(t.classNeutral)}</p>` : '';
  return `<h1><span class="code">${escapeHtml(info.code)}</span> ${escapeHtml(info.title)}</h1>
${neutral}
<dl class="facts">
${rows.join('\n')}
</dl>
<p><a href="${CODES_PATH[lang]}">${escapeHtml(t.allCodes)}</a></p>`;
}

/** The page of one code, or null when the text is not an SMTP code. */
export function codePage(code: string, lang: Locale): string | null {
  const info = codeInfo(code, lang);
  if (!info) return null;
  return layout(lang, `${info.code} ${info.title}`, codeBody(info), codeUrl(info.code, OTHER[lang]));
}

export function codeNotFoundPage(lang: Locale): string {
  const t = PAGE_TEXT[lang];
  return layout(lang, t.codeNotFoundTitle, `<h1>${escapeHtml(t.codeNotFoundTitle)}</h1>
<p>${escapeHtml(t.codeNotFound)}</p>
<p><a href="${CODES_PATH[lang]}">${escapeHtml(t.allCodes)}</a></p>`, null);
}

export function notFoundPage(lang: Locale): string {
  const t = PAGE_TEXT[lang];
  return layout(lang, t.pageNotFoundTitle, `<h1>${escapeHtml(t.pageNotFoundTitle)}</h1>
<p>${escapeHtml(t.pageNotFound)}</p>
<p><a href="${homeUrl(lang)}">${escapeHtml(t.explainBounce)}</a> · <a href="${CODES_PATH[lang]}">${escapeHtml(t.allCodes)}</a></p>`, null);
}

export function serverErrorPage(lang: Locale): string {
  const t = PAGE_TEXT[lang];
  return layout(lang, t.serverErrorTitle, `<h1>${escapeHtml(t.serverErrorTitle)}</h1>
<p>${escapeHtml(t.serverError)}</p>`, null);
}

/**
 * "/" when the web page was not built (npm run build:web): in both languages at once, since it is the
 * developer who runs the server that reads it, before any language is picked.
 */
export function webNotBuiltPage(): string {
  const pt = PAGE_TEXT['pt-BR'];
  const en = PAGE_TEXT.en;
  const command = '<code>npm run build:web</code>';
  return '<!doctype html><html lang="pt-BR"><meta charset="utf-8"><title>smtp-explain</title>' +
    `<p>${pt.webNotBuilt(command)} <span lang="en">${en.webNotBuilt(command)}</span></p>` +
    `<p><a href="${CODES_PATH['pt-BR']}">${escapeHtml(pt.codes)}</a> · <a href="${CODES_PATH.en}" lang="en">${escapeHtml(en.codes)}</a></p></html>`;
}
