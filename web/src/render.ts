// Results -> cards, and many results -> a summary with the lists to act on.
import { listWords } from '../../src/i18n/list-words.js';
import { isNoErrorReply, shownKind, shownReasonName } from '../../src/explain/shown-kind.js';
import { localizedUrl } from '../../src/explain/localized-url.js';
import { CATALOGS } from '../../src/i18n/catalog.js';
import { evidenceKindWords } from '../../src/i18n/evidence-kind.js';
import type { Result } from '../../src/result.js';
import { removeHolds, REPEATED_MAILBOX_FAILURES, REPEATED_MAILBOX_MIN_DAYS } from '../../src/report/address-lists.js';
import { REPORTS, numberFormat } from '../../src/report/catalog.js';
import { checkFirst, CSV_BOM, csvHeader, csvRow } from '../../src/report/csv.js';
import { hardBounceWords, listAction, listActionVerdict, reportKind } from '../../src/report/tally.js';
import type { MailboxReport } from '../../src/report/mailbox-report.js';
import { PAGE_TEXT, codeUrl, perRecipient, readCounts, type ReadCount } from '../../src/i18n/page-text.js';
import type { Locale } from '../../src/types.js';
import { h, uid } from './dom.js';
import { quotedLang } from './text-lang.js';
import { hasOwn } from '../../src/own-key.js';

/** More cards than this make the page slow and unreadable; the summary covers all of them. */
export const MAX_CARDS = 200;
/**
 * Addresses listed at first per list, then more on each "Mostrar mais"; "copy" copies all of them. A
 * thousand rows per list drawn at once held the tab for seconds after a big mailbox (web page audit).
 */
const FIRST_LISTED = 100;
const MORE_LISTED = 200;

function badge(cls: string, text: string): HTMLElement {
  return h('span', { class: `badge ${cls}` }, text);
}

/** A link that opens in a new tab, which it says to screen readers, so that "back" is not looked for in vain. */
function newTabLink(href: string, text: string, lang: Locale, title?: string): HTMLElement {
  return h('a', { href, title, rel: 'noopener noreferrer', target: '_blank' }, text, h('span', { class: 'visually-hidden' }, ` ${PAGE_TEXT[lang].opensNewTab}`));
}

/** A code's page, in a new tab: the result on this page (a pasted text, files dropped) is not lost on "back". */
function codeLink(code: string, lang: Locale): HTMLElement {
  return newTabLink(codeUrl(code, lang), code, lang, PAGE_TEXT[lang].codeLinkTitle(code));
}

function row(dl: HTMLElement, label: string, ...value: (Node | string | null)[]): void {
  dl.append(h('dt', {}, label), h('dd', {}, ...value));
}

/** "Arquivo: mail.log:12"; for a pasted text, which had no name, "Linha 12 do texto colado" (its file is ":12", or "#3" for a message). */
function whereFrom(file: string, lang: Locale): string {
  const t = PAGE_TEXT[lang];
  const n = file.slice(1);
  if (/^\d+$/.test(n) && file[0] === ':') return t.pastedLine(n);
  if (/^\d+$/.test(n) && file[0] === '#') return t.pastedMessage(n);
  return `${CATALOGS[lang].ui.label.file}: ${file}`;
}

/**
 * What the status line says of a single result: a failure's kind, as its badge shows it ("Falha
 * permanente: ..."), then its summary; a result that is no failure (a reply that is no error, a message
 * that is no bounce, an input that could not be read), its summary alone, which says so.
 */
export function resultSaid(r: Result, lang: Locale): string {
  const kind = reportKind(r);
  const failure = (kind === 'permanent' || kind === 'transient' || kind === 'feedback') && r.kindText;
  return failure ? PAGE_TEXT[lang].oneFailure(kindWords(r, lang), r.summary) : r.summary;
}

/**
 * A failure's kind as its badge says it: one shown as permanent whose address is kept (to try again, or
 * to send again once the sender's side is fixed) is "recusada desta vez", which does not contradict the
 * card's verdict as "falha permanente" would.
 */
function kindWords(r: Result, lang: Locale): string {
  const action = r.listAction ?? listAction(r);
  return shownKind(r) === 'permanent' && (action === 'retry' || action === 'fix-your-side') ? PAGE_TEXT[lang].failedThisTime : r.kindText;
}

export function renderCard(r: Result, lang: Locale): HTMLElement {
  const ui = CATALOGS[lang].ui;
  const t = PAGE_TEXT[lang];
  const headingId = uid('card');
  const variant = r.error ? 'error' : !r.bounce ? 'neutral' : r.kind;
  const verdictId = uid('verdict');
  const badgesId = uid('badges');
  // the decision the user came for (remove the address or not), in the summary lists' words
  const verdict = r.error || !r.bounce ? null : listActionVerdict(r, lang);
  // named by its heading and described by its verdict and badges: moving by articles, one hears them all
  const card = h('article', { class: `card card-${variant}`, 'aria-labelledby': headingId, 'aria-describedby': verdict ? `${verdictId} ${badgesId}` : badgesId });

  // the verdict comes right after the heading (one who moves by headings reads on from there), then the
  // kind badge, which agrees with it (no "falha permanente" beside "Pode tentar de novo mais tarde")
  const badges = h('p', { class: 'badges', id: badgesId });
  if (r.error) badges.append(badge('badge-error', t.errorBadge));
  else if (!r.bounce) badges.append(badge('badge-neutral', t.notBounceBadge));
  else badges.append(badge(`badge-${shownKind(r)}`, kindWords(r, lang)));
  // the heading tells the card apart from the others of the same reason (a log of 50 unknown users):
  // the recipient, else where the failure was read, first, so that a list of headings reads
  // "ana@example.org: O endereço do destinatário não existe."
  const subject = r.recipient ?? (r.file ? whereFrom(r.file, lang) : null);
  const heading = h('h3', { id: headingId, class: 'card-summary' });
  // (the colon is for screen readers only; on the screen the subject is a line of its own)
  if (subject) heading.append(h('span', { class: 'card-subject' }, subject, h('span', { class: 'visually-hidden' }, ':')), ' ');
  heading.append(h('span', { class: 'card-summary-text' }, r.summary));
  card.append(heading);
  if (verdict) card.append(h('p', { class: `verdict verdict-${r.listAction ?? listAction(r)}`, id: verdictId }, verdict));
  card.append(badges);

  // the recipient is in the heading; the address it was sent to, when another, is said here
  if (r.recipient && r.originalRecipient) {
    card.append(h('p', { class: 'recipient' }, `${ui.label.recipient}: `, h('strong', {}, r.recipient), ` (${ui.label.originalRecipient} ${r.originalRecipient})`));
  }
  else if (!r.recipient && r.bounce && !r.error && r.file) card.append(h('p', { class: 'recipient muted' }, t.recipientMissing));
  // a message that is no bounce (a person's reply among the bounces) names who wrote it, as the command line does
  else if (!r.recipient && !r.bounce && !r.error && r.message?.noticeFrom) card.append(h('p', { class: 'recipient muted' }, `(${ui.label.writtenBy} ${r.message.noticeFrom})`));
  // where it was read, unless the heading says it already
  if (r.file && r.recipient) card.append(h('p', { class: 'file muted' }, whereFrom(r.file, lang)));

  const dl = h('dl', { class: 'facts' });
  if (r.advice) row(dl, ui.label.advice, r.advice);
  if (r.adminAdvice) row(dl, ui.label.adminAdvice, r.adminAdvice);
  // a reply that is no error ("221", "354") has no reason nor hard bounce to show
  const noError = isNoErrorReply(r);
  if (r.bounce && !r.error) {
    row(dl, ui.label.whoActs, listWords(r.whoActs, r.lang));
    row(dl, ui.label.retry, r.retryText);
  }
  if (r.meaning) row(dl, ui.label.meaning, r.meaning);
  const reply = r.codes.replyCode;
  if (r.replyCode) {
    row(dl, ui.label.replyCode, codeLink(r.replyCode, lang), reply ? ` ${reply.title} (${reply.standardText})` : null);
  }
  const status = r.codes.status;
  if (r.status) {
    if (r.statusDerived) row(dl, ui.label.status, h('code', {}, r.status), ` (${ui.derivedStatus})`);
    else row(dl, ui.label.status, codeLink(r.status, lang), status ? ` ${status.title} (${status.standardText})` : null);
  }
  if (r.bounce && !r.error && !noError) {
    row(dl, ui.label.reason, `${shownReasonName(r, lang)} `, reasonId(r.reason));
    // a technical term, among the technical rows and explained: the verdict above says what to do
    row(dl, t.hardBounceExplained, hardBounceWords(r, lang));
  }
  // where the rule that decided is documented (a provider's page, an RFC); some rules name no provider
  // (an SPF check, a refused HELO), so the page shows the source, as the command line does
  if (r.providerSource?.startsWith('https://')) {
    // the page in the reader's language where the site has one, as on the command line
    row(dl, ui.label.source, newTabLink(localizedUrl(r.providerSource, lang), new URL(r.providerSource).host, lang));
  }
  if (dl.childElementCount) card.append(dl);

  if (r.evidence.length || r.diagnostic) {
    const details = h('details', { class: 'evidence' }, h('summary', {}, ui.label.evidence));
    if (r.evidence.length) {
      const tbody = h('tbody');
      for (const e of r.evidence) {
        // the library's field names in the page's language; a header field ("Action") by its own name
        const fields = CATALOGS[lang].ui.evidenceFields;
        const field = hasOwn(fields, e.field) ? fields[e.field]! : h('code', {}, e.field);
        // the kind of evidence in the page's language first; the rule's id (English, for admins) beside it
        const rule = h('td', {}, evidenceKindWords(e.rule, e.field, lang), ' ', h('code', { class: 'rule-id', lang: 'en' }, e.rule));
        tbody.append(h('tr', {}, rule, h('td', {}, field), h('td', {}, h('code', { lang: quotedLang(e.match) }, e.match))));
      }
      // named for a list of tables, and its scroller (a Tab stop of its own when it is too wide for a
      // phone: main.ts updateScrollStops) named by the same words
      const captionId = uid('evidence');
      details.append(h('div', { class: 'table-wrap', role: 'group', 'aria-labelledby': captionId }, h('table', {},
        h('caption', { id: captionId, class: 'visually-hidden' }, t.evidenceCaption),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.evidenceRule), h('th', { scope: 'col' }, t.evidenceField), h('th', { scope: 'col' }, t.evidenceMatch))),
        tbody)));
    }
    if (r.diagnostic) details.append(h('p', { class: 'diagnostic-label' }, t.diagnostic), h('pre', { class: 'diagnostic', lang: quotedLang(r.diagnostic) }, r.diagnostic));
    card.append(details);
  }
  return card;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // no clipboard API outside secure contexts: the old way
    const area = h('textarea', { class: 'visually-hidden', readonly: true });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** How long a copy button says "Copied!" on itself. */
const COPIED_MS = 2000;

/** Says something in the page's status line; `quiet` keeps it for screen readers only. */
export type Announce = (text: string, quiet?: boolean) => void;

/**
 * Copies `text` (`count` addresses) on a click; the button itself says so for a moment, where the user is
 * looking. Its accessible name is its visible words and `context` (the group, the list), "Copiar o
 * endereço: Endereço inexistente (1)", and follows them: "Copiado! Endereço inexistente (1)".
 */
function copyButton(visible: string, context: string, className: string, count: number, text: () => string, lang: Locale, announce: Announce, describedBy?: string): HTMLButtonElement {
  const t = PAGE_TEXT[lang];
  const name = `${visible}: ${context}`;
  const button = h('button', { type: 'button', class: `secondary ${className}`, 'aria-label': name, 'aria-describedby': describedBy }, visible);
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', () => {
    void copyText(text()).then((ok) => {
      if (!ok) return;
      // for screen readers only: the button itself says it where the user is looking
      announce(t.copied(count), true);
      button.textContent = t.copiedShort;
      button.setAttribute('aria-label', `${t.copiedShort} ${context}`);
      button.classList.add('copied');
      clearTimeout(timer);
      timer = setTimeout(() => {
        button.textContent = visible;
        button.setAttribute('aria-label', name);
        button.classList.remove('copied');
      }, COPIED_MS);
    });
  });
  return button;
}

/**
 * A group's addresses and their copy button, named for its group ("Copiar os endereços: Endereço
 * inexistente (11)") and described by the group's own words, so that buttons are told apart.
 */
/** `notes`: beside each address, a note of its own ("3 vezes em 24 dias"); the copy button copies the addresses alone. */
function addressList(addresses: string[], group: string, lang: Locale, announce: Announce, describedBy?: string, notes?: string[]): HTMLElement {
  const t = PAGE_TEXT[lang];
  const count = numberFormat(lang)(addresses.length);
  const wrap = h('div', { class: 'address-list' });
  const ul = h('ul', { class: 'addresses', tabindex: 0, 'aria-label': `${t.addresses(addresses.length)}: ${group}` });
  const button = copyButton(t.copyAddresses(addresses.length), `${group} (${count})`, 'copy', addresses.length, () => addresses.join('\n'), lang, announce, describedBy);
  // named for its list, as the copy buttons are: "Mostrar mais 200 endereços: Endereço inexistente (1.234)"
  const more = h('button', { type: 'button', class: 'secondary show-more' });
  let listed = 0;
  const list = (rows: number) => {
    const end = Math.min(addresses.length, listed + rows);
    const part = document.createDocumentFragment();
    for (; listed < end; listed++) {
      const a = addresses[listed]!;
      const note = notes?.[listed];
      part.append(note ? h('li', {}, a, ' ', h('small', {}, `(${note})`)) : h('li', {}, a));
    }
    ul.append(part);
    const left = addresses.length - listed;
    const visible = t.showMoreAddresses(Math.min(MORE_LISTED, left));
    more.textContent = visible;
    more.setAttribute('aria-label', `${visible}: ${group} (${count})`);
    return left;
  };
  wrap.append(ul);
  if (list(FIRST_LISTED) > 0) wrap.append(more, ' ');
  more.addEventListener('click', () => {
    if (list(MORE_LISTED) > 0) return;
    // all listed: the button goes, the focus to the copy button beside it
    button.focus();
    more.remove();
  });
  wrap.append(button);
  return wrap;
}

/** Saves `text` as a file named `name`, made in the page: nothing is sent anywhere. */
function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name, class: 'visually-hidden' });
  document.body.append(link);
  link.click();
  link.remove();
  // some browsers read the blob after the click returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Copy or save every address to remove at once, one per line, as `smtp-explain --format remove` prints them. */
function removeAllActions(addresses: string[], listName: string, lang: Locale, announce: Announce): HTMLElement {
  const t = PAGE_TEXT[lang];
  const all = addresses.map((a) => a + '\n').join('');
  const visible = t.copyAll(numberFormat(lang)(addresses.length));
  const copy = copyButton(visible, listName, 'copy-all', addresses.length, () => all, lang, announce);
  const save = h('button', { type: 'button', class: 'secondary download-remove' }, t.downloadRemove);
  save.addEventListener('click', () => download(all, t.removeFileName, 'text/plain;charset=utf-8'));
  return h('p', { class: 'list-actions' }, copy, ' ', save);
}

/**
 * A button that saves the results as `smtp-explain --format csv --bom` would print them; `check`: the
 * report's addresses to check before removing, which their rows say.
 */
function csvButton(results: Result[], lang: Locale, check: readonly { address: string }[]): HTMLElement {
  const button = h('button', { type: 'button', class: 'secondary download-csv' }, PAGE_TEXT[lang].downloadCsv);
  button.addEventListener('click', () => {
    const toCheck = new Set(check.map((e) => e.address.toLowerCase()));
    download(CSV_BOM + csvHeader(lang) + results.map((r) => csvRow(r, checkFirst(r, toCheck))).join(''), 'smtp-explain.csv', 'text/csv;charset=utf-8');
  });
  return h('p', {}, button);
}

/** The summary of many results: totals, reasons, and the lists of the HTML report (same rules, same words: `report`, batch-outcome.ts summaryReport). */
export function renderSummary(results: Result[], read: ReadCount, report: MailboxReport, lang: Locale, announce: Announce): HTMLElement {
  const t = PAGE_TEXT[lang];
  const rep = REPORTS[lang];
  const ui = CATALOGS[lang].ui;
  const n = numberFormat(lang);
  const id = uid('summary');
  const section = h('section', { class: 'summary', 'aria-labelledby': id }, h('h3', { id }, rep.html.totals.heading));

  const totals = h('ul', { class: 'counts' });
  // on the screen the number stands out; a screen reader hears the item as one phrase ("4 endereços para
  // remover"), where the number and its words were two stops apart (VoiceOver steps through each)
  const total = (value: number, label: string, cls: string) =>
    totals.append(h('li', { class: cls },
      h('span', { 'aria-hidden': 'true' }, h('span', { class: 'count-number' }, n(value)), ' ', label),
      h('span', { class: 'visually-hidden' }, `${n(value)} ${label}`)));
  // each label agrees with its number ("1 endereço para remover")
  const words = t.totals;
  // a mail log is counted by its failed lines, as the command line counts them (as messages there)
  const shown = readCounts(read);
  if (shown.messages !== null) total(shown.messages, words.read(shown.messages), 'count-read');
  // notices read twice (overlapping exports): read, but every other count takes them once
  if (report.repeated) totals.append(h('li', { class: 'count-repeated muted' }, rep.html.totals.repeated(report.repeated, n(report.repeated))));
  if (shown.logLines !== null) total(shown.logLines, words.logLines(shown.logLines), 'count-log-lines');
  // the parts of a paste read each on its own, as the command line's closing line names them
  const pasted = REPORTS[lang].pasted;
  if (shown.notices !== null) total(shown.notices, pasted.notices(shown.notices), 'count-notices');
  if (shown.replies !== null) total(shown.replies, pasted.replies(shown.replies), 'count-replies');
  if (shown.unread !== null) total(shown.unread, words.unread(shown.unread), 'count-unread');
  // "one per recipient" only where the results name recipients (a photo and a note name none)
  total(report.results, words.results(report.results, perRecipient(results)), 'count-results');
  total(report.removeCount, words.remove(report.removeCount), 'count-remove');
  // the addresses the server still retries apart, as the HTML report and --summary count them: not to resend
  // (no "0 to retry" above the line of those still queued: the only retry there is the server's own)
  const retryNow = report.retryCount - report.stillTryingCount;
  if (retryNow || !report.stillTryingCount) total(retryNow, words.retry(retryNow), 'count-retry');
  if (report.stillTryingCount) total(report.stillTryingCount, words.stillTrying(report.stillTryingCount), 'count-still-trying');
  // failures (results), and the problems they make: the number the list's heading gives
  total(report.senderSide, words.senderSide(report.senderSide, report.sender.length, n(report.sender.length)), 'count-sender');
  if (report.notBounce) total(report.notBounce, words.notBounce(report.notBounce), 'count-neutral');
  // the inputs that could not be read are said once: by the files' count when it names every one of them
  if (report.errors && report.errors !== shown.unread) total(report.errors, words.errors(report.errors), 'count-error');
  section.append(totals);
  // a mail log's deliveries, those that went through too: what share failed ("4.812 envios no log: 2 falharam de vez (0,04%), ...");
  // the line names itself ("no log" twice, with a heading before it)
  if (report.deliveries) section.append(h('p', { class: 'log-deliveries' }, report.deliveries.text));
  section.append(csvButton(results, lang, report.check));

  const list = (cls: string, heading: string, intro: string, count: number, empty: string) => {
    const hid = uid('list');
    // inside the summary (its heading an h3): a list is an h4, each group in it an h5
    const el = h('section', { class: `list ${cls}`, 'aria-labelledby': hid }, h('h4', { id: hid }, `${heading} (${n(count)})`));
    // an empty list just says so: its intro ("these failures will repeat...") would speak of nothing
    el.append(count ? h('p', {}, intro) : h('p', { class: 'muted' }, empty));
    return el;
  };

  // the complaints' sentence only where the list holds a complaint
  const remove = list('list-remove', rep.html.remove.heading, rep.html.remove.intro(removeHolds(report.remove)), report.removeCount, rep.html.remove.empty);
  if (report.removeAll.length) remove.append(removeAllActions(report.removeAll, rep.html.remove.heading, lang, announce));
  // each group told in its own words (its provider's rule): two groups of one reason are told apart
  for (const g of report.remove) {
    const words = uid('words');
    remove.append(h('div', { class: 'group' },
      h('h5', {}, `${g.name} (${n(g.addresses.length)})`),
      h('p', { id: words }, g.summary, ' ', g.advice),
      addressList(g.addresses, g.name, lang, announce, words)));
  }
  if (report.check.length) {
    // failed for good, then wrote: not removed unseen, nor silently kept
    const check = rep.html.remove.check;
    remove.append(h('div', { class: 'group check' },
      h('h5', {}, `${check.heading} (${n(report.check.length)})`),
      h('p', {}, check.intro),
      addressList(report.check.map((e) => e.address), check.heading, lang, announce, undefined, report.check.map((e) => e.text))));
  }
  const retry = list('list-retry', rep.html.retry.heading, rep.html.retry.intro, report.retryCount - report.stillTryingCount, rep.html.retry.empty);
  // (those the server still retries in a list of their own, after this one, as in the HTML report)
  const stillTrying = report.stillTryingCount
    ? list('list-still-trying', rep.html.stillTrying.heading, rep.html.stillTrying.intro, report.stillTryingCount, '') : null;
  for (const g of report.retry) {
    const words = uid('words');
    (g.stillTrying ? stillTrying! : retry).append(h('div', { class: 'group' },
      h('h5', {}, `${g.name} (${n(g.addresses.length)})`),
      h('p', { id: words }, h('strong', {}, g.retryWords ?? ui.retry[g.retry]), ' ', g.summary, ' ', g.advice),
      addressList(g.addresses, g.name, lang, announce, words)));
  }
  if (report.repeatedMailboxFailures.length) {
    const repeated = report.repeatedMailboxFailures;
    const heading = rep.html.retry.repeated.heading(REPEATED_MAILBOX_FAILURES);
    retry.append(h('div', { class: 'group repeated' },
      h('h5', {}, `${heading} (${n(repeated.length)})`),
      h('p', {}, rep.html.retry.repeated.intro(REPEATED_MAILBOX_MIN_DAYS)),
      addressList(repeated.map((e) => e.address), heading, lang, announce, undefined,
        repeated.map((e) => (e.days !== null ? rep.html.timesOver(e.count, e.days) : rep.html.times(e.count))))));
  }
  const senderIntro = report.sender.some((g) => g.held) ? `${rep.html.sender.intro} ${rep.html.sender.heldNote}` : rep.html.sender.intro;
  const sender = list('list-fix', rep.html.sender.heading, senderIntro, report.sender.length, rep.html.sender.empty);
  for (const g of report.sender) {
    const group = h('div', { class: 'group' },
      h('h5', {}, g.name, ' ', reasonId(g.reason)),
      h('p', {}, g.summary, ' ', h('small', {}, t.senderAffected(g.count, n(g.count), g.domains, n(g.domains)))),
      h('p', { class: 'group-label' }, g.held ? rep.html.sender.whatToDo : rep.html.sender.whatToFix), h('p', {}, g.advice));
    // the technical part, for whoever runs the mail server: folded, the steps above are the reader's
    if (g.adminAdvice) group.append(h('details', { class: 'admin' }, h('summary', {}, rep.html.sender.forAdmin), h('p', {}, g.adminAdvice)));
    if (g.addresses.length) group.append(h('details', {}, h('summary', {}, t.addresses(g.addresses.length)), addressList(g.addresses, g.name, lang, announce)));
    sender.append(group);
  }
  // what the reader came for first, right under the counts: the addresses to remove, then to try again,
  // then what to fix on their own side; the counts by reason after the lists
  section.append(h('div', { class: 'lists' }, remove, retry, ...(stillTrying ? [stillTrying] : []), sender));
  if (report.byReason.length) section.append(byReasonTable(report.byReason, rep.summary.byReason, ui.label.reason, t.count, n));
  // a log's refusals of incoming mail: counted apart from the reader's own failures, as the report counts them
  if (report.inbound.count) {
    const hid = uid('inbound');
    section.append(h('section', { class: 'list inbound', 'aria-labelledby': hid },
      h('h4', { id: hid }, `${rep.inbound.heading} (${n(report.inbound.count)})`),
      h('p', {}, t.inboundIntro),
      byReasonTable(report.inbound.byReason, rep.summary.byReason, ui.label.reason, t.count, n)));
  }
  return section;
}

/**
 * A table of counts by reason, in a region that scrolls sideways when too wide (a phone): the region is
 * named by the table's caption, as the evidence table's is, for when it is a Tab stop of its own.
 */
function byReasonTable(
  rows: readonly { reason: string; name: string; count: number }[], caption: string, reason: string, count: string, n: (value: number) => string,
): HTMLElement {
  const captionId = uid('by-reason');
  const tbody = h('tbody');
  for (const r of rows) tbody.append(h('tr', {}, h('td', {}, r.name, ' ', reasonId(r.reason)), h('td', { class: 'num' }, n(r.count))));
  return h('div', { class: 'table-wrap', role: 'group', 'aria-labelledby': captionId }, h('table', { class: 'by-reason' },
    h('caption', { id: captionId }, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, reason), h('th', { scope: 'col', class: 'num' }, count))),
    tbody));
}

/**
 * A reason's id (Sisimai's name, "userunknown") beside its name in the page's language: secondary, and
 * marked as English so that a screen reader does not read it with a Portuguese voice.
 */
function reasonId(reason: string): HTMLElement {
  return h('code', { class: 'reason-id', lang: 'en' }, reason);
}
