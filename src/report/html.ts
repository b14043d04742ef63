// The HTML action report: one self-contained file (inline CSS and SVG, no script, no external request)
// with totals, charts of reasons and kinds, a table per recipient domain, and three lists with advice:
// addresses to remove, addresses to retry later, and problems on the sender's side.
import { CATALOGS } from '../i18n/catalog.js';
import { readShown, type ReportKind } from '../i18n/report-text.js';
import { REASON_FACTS } from '../knowledge/reasons.js';
import type { Locale, Reason, Retry } from '../types.js';
import { numberFormat, REPORTS } from './catalog.js';
import { AddressLists, aliveText, groupRetryWords, removeHolds, REPEATED_MAILBOX_FAILURES, REPEATED_MAILBOX_MIN_DAYS, type AddressEntry, type CheckEntry } from './address-lists.js';
import { deliveryRows, inboundRows, reasonCountName, reasonRows } from './reason-rows.js';
import { domainOf, isSenderSide, problemAddresses, reasonRowKey, sortedCounts, topReason, type ResultLite, type SenderProblem, type Tally } from './tally.js';

const MAX_DOMAIN_ROWS = 200;
const MAX_ERRORS = 1000;
const MAX_INPUTS = 50;
const TOP_DOMAINS = 5;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
const esc = escapeHtml;

const KIND_COLOUR: Record<ReportKind, string> = {
  permanent: '#c92a2a', transient: '#e8590c', feedback: '#9c36b5', success: '#2b8a3e', intermediate: '#0c8599', notBounce: '#868e96', error: '#343a40',
};
const COLOUR = { remove: '#c92a2a', sender: '#d9480f', other: '#1971c2' } as const;

interface Bar {
  label: string;
  count: number;
  colour: string;
}

/**
 * Screens narrower than this (CSS px) see the charts at their own size, scrolling sideways in their box:
 * shrunk to a phone's width, their 13 px words came out at 6 px.
 */
const NARROW_SCREEN = 720;

/** Horizontal bars in inline SVG; each bar carries a <title> with its label and count. */
function barChart(bars: readonly Bar[], title: string, lang: Locale): string {
  const t = REPORTS[lang].html;
  const n = numberFormat(lang);
  if (!bars.length) return `<p class="empty">${esc(t.chartEmpty)}</p>`;
  const max = Math.max(...bars.map((b) => b.count));
  const labelWidth = Math.round(Math.min(360, Math.max(120, Math.max(...bars.map((b) => b.label.length)) * 7.4 + 12)));
  const barArea = 360;
  const rowHeight = 26;
  const width = labelWidth + barArea + 80;
  const height = bars.length * rowHeight + 8;
  const rows = bars.map((b, i) => {
    const y = 4 + i * rowHeight;
    const w = Math.max(2, Math.round((b.count / max) * barArea));
    const count = n(b.count);
    return `<g class="bar"><title>${esc(t.barLabel(b.label, count))}</title>` +
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${esc(b.label)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 8}" rx="3" fill="${b.colour}"></rect>` +
      `<text x="${labelWidth + w + 6}" y="${y + 17}" class="count">${esc(count)}</text></g>`;
  });
  // in a box of its own that scrolls sideways on a narrow screen: shrunk to a phone's width, its words were unreadable
  return `<div class="chart-wrap"><svg class="chart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${rows.join('')}</svg></div>`;
}

const STYLE = `
:root{color-scheme:light;--fg:#212529;--muted:#5c636a;--line:#dee2e6;--bg:#f8f9fa}
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:0;background:#fff}
main{max-width:1000px;margin:0 auto;padding:24px 20px 48px}
h1{font-size:1.7em;margin:0 0 4px}h2{font-size:1.3em;margin:36px 0 8px;padding-bottom:4px;border-bottom:2px solid var(--line)}
h3{font-size:1.05em;margin:20px 0 4px}h4{font-size:.95em;margin:10px 0 2px}
.muted,.intro{color:var(--muted)}.empty{color:var(--muted);font-style:italic}
.warning{background:#fff3cd;border:1px solid #ffc107;border-radius:8px;padding:10px 12px;font-weight:600}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:10px;margin:12px 0}
.card{background:var(--bg);border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.card .num{font-size:1.6em;font-weight:700;display:block}.card .lbl{color:var(--muted);font-size:.9em}.card .note{display:block}
.card.remove .num{color:${COLOUR.remove}}.card.sender .num{color:${COLOUR.sender}}.card.retry .num{color:#e8590c}
.charts{display:grid;grid-template-columns:1fr;gap:8px}
svg.chart{max-width:100%;height:auto;font-size:13px}.chart-wrap{overflow-x:auto}@media (max-width:${NARROW_SCREEN}px){svg.chart{max-width:none}}svg.chart text{fill:var(--fg)}svg.chart .count{fill:var(--muted)}
.legend span{display:inline-block;margin-right:14px;font-size:.9em}.legend i{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;vertical-align:-1px}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.95em}
code{overflow-wrap:anywhere}th,td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left}
th{background:var(--bg)}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.group{border-left:4px solid var(--line);padding:2px 0 2px 14px;margin:14px 0}
.group.remove{border-color:${COLOUR.remove}}.group.check{border-color:#e8590c;border-left-style:dashed}.group.retry{border-color:#e8590c}.group.repeated{border-color:${COLOUR.remove};border-left-style:dashed}.group.sender{border-color:${COLOUR.sender}}
ul.addresses{columns:3 240px;padding-left:18px;margin:6px 0}ul.addresses li{break-inside:avoid;overflow-wrap:anywhere}
small{color:var(--muted)}
textarea{width:100%;min-height:8em;font:13px/1.4 ui-monospace,Menlo,Consolas,monospace}
ul.errors li{overflow-wrap:anywhere}
footer{margin-top:40px;color:var(--muted);font-size:.9em}
@media print{h2{break-after:avoid}.group{break-inside:avoid}details::details-content{content-visibility:visible;display:block}.copy{display:none}}
`;

export class HtmlReport {
  private readonly lists = new AddressLists();
  /** Per reasonRowKey(): the results that go to the remove list. */
  private readonly reasonRemove = new Map<string, number>();
  private readonly errors: { file: string; message: string }[] = [];
  private errorsMore = 0;

  constructor(private readonly lang: Locale, private readonly tally: Tally) {}

  /** The addresses to remove, once all is read (an address that wrote after its failure is not: `lists.check`). */
  private get remove(): ReadonlyMap<string, AddressEntry> {
    return this.lists.remove;
  }

  /** The results of one input, as the tally given to the constructor counted them (tally.addItem: without repeats). */
  add(results: readonly ResultLite[]): void {
    for (const r of results) this.addOne(r);
  }

  private addOne(r: ResultLite): void {
    const category = this.lists.add(r);
    if (category === 'error') {
      if (this.errors.length < MAX_ERRORS) this.errors.push({ file: r.file ?? '-', message: r.error ?? r.summary });
      else this.errorsMore++;
      return;
    }
    if (category !== 'remove') return;
    const key = reasonRowKey(r);
    this.reasonRemove.set(key, (this.reasonRemove.get(key) ?? 0) + 1);
  }

  /** `interrupted`: the run was cut short (Ctrl-C), and the report says so above its counts. */
  render(meta: { inputs: readonly string[]; date?: Date; interrupted?: boolean }): string {
    const lang = this.lang;
    const t = REPORTS[lang];
    const h = t.html;
    const n = numberFormat(lang);
    const tally = this.tally;
    const date = new Intl.DateTimeFormat(t.numberLocale, { dateStyle: 'long', timeStyle: 'short' }).format(meta.date ?? new Date());
    const out: string[] = [];
    out.push(`<!DOCTYPE html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="smtp-explain">
<title>${esc(h.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${esc(h.title)}</h1>
<p class="muted">${esc(h.generated(date))}</p>`);
    if (meta.inputs.length) {
      const shown = meta.inputs.slice(0, MAX_INPUTS).map((i) => `<code>${esc(i)}</code>`).join(', ');
      const more = meta.inputs.length > MAX_INPUTS ? ` … (+${n(meta.inputs.length - MAX_INPUTS)})` : '';
      out.push(`<p class="muted">${esc(h.inputs)}: ${shown}${more}</p>`);
    }
    out.push('</header>');
    // a run cut short: a partial remove list must not pass for a whole one when the file is opened later
    if (meta.interrupted) out.push(`<p class="warning" id="interrupted" role="alert">${esc(h.interrupted)}</p>`);
    // nothing read (an empty folder, a wrong path): said here too, not only on the terminal
    if (!tally.read) out.push(`<p class="empty" id="nothing-read">${esc(h.nothingRead)}</p>`);

    // ---- totals ----
    const shown = readShown(tally);
    const card = (cls: string, id: string, value: number, label: string, note = ''): string =>
      `<div class="card ${cls}" id="total-${id}"><span class="num">${esc(n(value))}</span><span class="lbl">${esc(label)}</span>` +
      `${note ? `<small class="note">${esc(note)}</small>` : ''}</div>`;
    // notices read again (overlapping exports) are read, but every other count takes them once
    const repeated = tally.repeated ? h.totals.repeated(tally.repeated, n(tally.repeated)) : '';
    const check = this.lists.check.size;
    // the addresses the server still retries apart, as --summary counts them: resending those sends twice
    const split = this.lists.retrySplit();
    const queued = split.queued.length;
    out.push(`<section id="totals"><h2>${esc(h.totals.heading)}</h2><div class="cards">`,
      // a mail log's failed lines apart from the messages, as the closing line and the web page count them
      ...(shown.messages === null ? [] : [card('', 'read', shown.messages, h.totals.read, repeated)]),
      ...(shown.logLines === null ? [] : [card('', 'log-lines', shown.logLines, h.totals.logLines)]),
      ...(shown.notices === null ? [] : [card('', 'notices', shown.notices, h.totals.notices)]),
      ...(shown.replies === null ? [] : [card('', 'replies', shown.replies, h.totals.replies)]),
      card('', 'results', tally.results, h.totals.results),
      card('', 'bounces', tally.bounces, h.totals.bounces),
      card('remove', 'remove', this.remove.size, h.totals.remove),
      ...(check ? [card('check', 'check', check, h.totals.check)] : []),
      // no "0 to retry" beside the card of those still queued: the only retry there is the server's own (as the web page)
      ...(split.later.length || !queued ? [card('retry', 'retry', split.later.length, h.totals.retry)] : []),
      ...(queued ? [card('retry', 'still-trying', queued, h.totals.stillTrying)] : []),
      card('sender', 'sender', tally.senderSide, h.totals.senderSide),
      card('', 'not-bounce', tally.notBounces, h.totals.notBounce),
      card('', 'errors', tally.errors, h.totals.errors),
      '</div></section>');
    // a mail log's deliveries, those that went through too: what share failed
    const deliveries = deliveryRows(tally.deliveries, lang);
    if (deliveries.length) {
      out.push(`<section id="deliveries"><h2>${esc(t.deliveries.heading)}</h2><p class="intro">${esc(t.deliveries.intro)}</p><div class="cards">`,
        ...deliveries.map((row) => card(row.id === 'failed' ? 'remove' : '', `deliveries-${row.id}`, row.count, row.label, row.note)), '</div></section>');
    }

    // ---- charts ----
    const reasonBars: Bar[] = reasonRows(tally, lang).map(({ key, reason, name, count }) => ({
      label: name,
      count,
      // mostly on the remove list (a complaint, an unsubscribe request too): its colour; else the sender's side
      colour: (this.reasonRemove.get(key) ?? 0) * 2 > count ? COLOUR.remove
        : REASON_FACTS[reason].senderSide ? COLOUR.sender : COLOUR.other,
    }));
    const kindBars: Bar[] = sortedCounts(tally.byKind).map(([kind, count]) => ({ label: t.kindName[kind], count, colour: KIND_COLOUR[kind] }));
    const legend = `<p class="legend">` +
      `<span><i style="background:${COLOUR.remove}"></i>${esc(h.legend.remove)}</span>` +
      `<span><i style="background:${COLOUR.sender}"></i>${esc(h.legend.sender)}</span>` +
      `<span><i style="background:${COLOUR.other}"></i>${esc(h.legend.other)}</span></p>`;
    out.push(`<section id="reasons"><h2>${esc(h.reasonsChart)}</h2>${reasonBars.length ? legend : ''}${barChart(reasonBars, h.reasonsChart, lang)}</section>`);
    out.push(`<section id="kinds"><h2>${esc(h.kindsChart)}</h2>${barChart(kindBars, h.kindsChart, lang)}</section>`);

    // ---- the three lists: the sender's own problems first (fix them before the next send) ----
    out.push(this.senderSection(), this.removeSection(), this.retrySection(split.later, queued), this.stillTryingSection(split.queued));

    // ---- the server's refusals of incoming mail: counted apart from the reader's own failures ----
    const inbound = inboundRows(tally, lang);
    if (inbound.length) {
      out.push(`<section id="inbound"><h2>${esc(t.inbound.heading)} <small>(${esc(n(tally.inbound))})</small></h2><p class="intro">${esc(t.inbound.intro)}</p>` +
        `<div class="table-wrap"><table><tbody>${inbound.map((row) => `<tr><td>${esc(row.name)}</td><td class="n">${esc(n(row.count))}</td></tr>`).join('')}</tbody></table></div></section>`);
    }

    // ---- domains ----
    const domains = tally.domains();
    out.push(`<section id="domains"><h2>${esc(h.domains.heading)}</h2><p class="intro">${esc(h.domains.intro)}</p>`);
    if (!domains.length && !tally.noRecipient) out.push(`<p class="empty">${esc(h.domains.empty)}</p>`);
    else {
      out.push(`<div class="table-wrap"><table><thead><tr><th>${esc(h.domains.domain)}</th><th class="n">${esc(h.domains.total)}</th><th class="n">${esc(h.domains.remove)}</th>` +
        `<th class="n">${esc(h.domains.retry)}</th><th class="n">${esc(h.domains.sender)}</th><th class="n">${esc(h.domains.other)}</th><th>${esc(h.domains.topReason)}</th></tr></thead><tbody>`);
      for (const [domain, d] of domains.slice(0, MAX_DOMAIN_ROWS)) {
        const top = topReason(d);
        out.push(`<tr><td>${esc(domain)}</td><td class="n">${n(d.total)}</td><td class="n">${n(d.remove)}</td><td class="n">${n(d.retry)}</td><td class="n">${n(d.sender)}</td>` +
          `<td class="n">${n(d.other)}</td><td>${top ? esc(reasonCountName(top, this.lang)) : ''}</td></tr>`);
      }
      // failures whose notice names no recipient: counted in the totals, so shown here too
      if (tally.noRecipient) out.push(`<tr><td><em>${esc(t.summary.noRecipient)}</em></td><td class="n">${n(tally.noRecipient)}</td><td colspan="5"></td></tr>`);
      out.push('</tbody></table></div>');
      if (domains.length > MAX_DOMAIN_ROWS) out.push(`<p class="muted">${esc(h.domains.more(domains.length - MAX_DOMAIN_ROWS))}</p>`);
    }
    out.push('</section>');

    // ---- unreadable inputs ----
    if (this.errors.length) {
      out.push(`<section id="errors"><h2>${esc(h.errors.heading)}</h2><p class="intro">${esc(h.errors.intro)}</p><ul class="errors">`);
      for (const e of this.errors) out.push(`<li><code>${esc(e.file)}</code>: ${esc(e.message)}</li>`);
      out.push('</ul>');
      if (this.errorsMore) out.push(`<p class="muted">${esc(h.errors.more(this.errorsMore))}</p>`);
      out.push('</section>');
    }
    out.push(`<footer>${esc(h.footer)}</footer>\n</main>\n</body>\n</html>\n`);
    return out.join('\n');
  }

  /** `mailbox`: the list of repeated mailbox failures, which counts those and says over how many days. */
  private addressList(entries: readonly AddressEntry[], mailbox = false): string {
    const t = REPORTS[this.lang].html;
    const times = (e: AddressEntry) => mailbox
      ? e.mailboxDays !== null ? t.timesOver(e.mailboxFailures, e.mailboxDays) : t.times(e.mailboxFailures)
      : e.count > 1 ? t.times(e.count) : '';
    const items = entries.map((e) => `<li>${esc(e.address)}${e.failedAs ? ` <small>(${esc(t.failedAs(e.failedAs))})</small>` : ''}` +
      `${e.newAddress ? ` <small>(${esc(t.movedTo(e.newAddress))})</small>` : ''}` +
      `${'aliveOn' in e ? ` <small>(${esc(aliveText(e as CheckEntry, this.lang))})</small>` : ''}` +
      `${times(e) ? ` <small>(${esc(times(e))})</small>` : ''}</li>`);
    return `<ul class="addresses">${items.join('')}</ul>`;
  }

  private removeSection(): string {
    const lang = this.lang;
    const t = REPORTS[lang];
    const h = t.html.remove;
    const n = numberFormat(lang);
    const out = [`<section id="remove"><h2>${esc(h.heading)}</h2><p class="intro">${esc(h.intro(removeHolds([...this.remove.values()])))}</p>`];
    if (!this.remove.size) out.push(`<p class="empty">${esc(h.empty)}</p>`);
    // each group told in the words of its first result (its provider's rule, its situation)
    for (const [, entries] of groupBy([...this.remove.values()], (e) => e.group)) {
      const { reason, name, summary, advice } = entries[0]!;
      out.push(`<div class="group remove" data-reason="${esc(reason)}"><h3>${esc(name)} <small>(${n(entries.length)})</small></h3>` +
        `<p>${esc(summary)} ${esc(advice)}</p>${this.addressList(entries)}</div>`);
    }
    const check = [...this.lists.check.values()];
    if (check.length) {
      // failed for good, then wrote: not removed unseen, nor silently kept
      out.push(`<div class="group check" id="check"><h3>${esc(h.check.heading)} <small>(${n(check.length)})</small></h3>` +
        `<p>${esc(h.check.intro)}</p>${this.addressList(check)}</div>`);
    }
    if (this.remove.size) {
      const all = [...this.remove.values()].map((e) => e.address).join('\n');
      // (on paper the groups above list them all: the box is left out, see STYLE's print rules)
      out.push(`<div class="copy"><h3>${esc(h.copy)}</h3><textarea readonly rows="8" aria-label="${esc(h.copy)}">${esc(all)}</textarea></div>`);
    }
    out.push('</section>');
    return out.join('\n');
  }

  /** The groups of addresses to retry, each with when sending again helps and its words. */
  private retryGroups(entries: readonly AddressEntry[]): string[] {
    const n = numberFormat(this.lang);
    return [...groupBy(entries, (e) => `${e.group}|${e.retry}`)].map(([, group]) => {
      const { reason, name, summary, advice } = group[0]!;
      return `<div class="group retry" data-reason="${esc(reason)}"><h3>${esc(name)} <small>(${n(group.length)})</small></h3>` +
        `<p><strong>${esc(groupRetryWords(group[0]!, this.lang))}</strong> ${esc(summary)} ${esc(advice)}</p>${this.addressList(group)}</div>`;
    });
  }

  /** The addresses the sending server still retries, apart from those to retry (as --summary counts them): none to resend. */
  private stillTryingSection(entries: readonly AddressEntry[]): string {
    if (!entries.length) return '';
    const h = REPORTS[this.lang].html.stillTrying;
    return [`<section id="still-trying"><h2>${esc(h.heading)}</h2><p class="intro">${esc(h.intro)}</p>`, ...this.retryGroups(entries), '</section>'].join('\n');
  }

  /** The addresses to send to again later (`later`); `queued`: how many the server still retries, listed apart. */
  private retrySection(later: readonly AddressEntry[], queued: number): string {
    const lang = this.lang;
    const t = REPORTS[lang];
    const h = t.html.retry;
    const n = numberFormat(lang);
    const repeated = this.lists.repeatedMailboxFailures();
    // nothing to retry but what the server still retries (their own section follows): no empty section
    // "Nenhum endereço nesta situação" above it, as the totals give no "0 to retry" card
    if (!later.length && !repeated.length && queued) return '';
    const out = [`<section id="retry"><h2>${esc(h.heading)}</h2><p class="intro">${esc(h.intro)}</p>`];
    if (!later.length) out.push(`<p class="empty">${esc(h.empty)}</p>`);
    out.push(...this.retryGroups(later));
    if (repeated.length) {
      out.push(`<div class="group repeated"><h3>${esc(h.repeated.heading(REPEATED_MAILBOX_FAILURES))} <small>(${n(repeated.length)})</small></h3>` +
        `<p>${esc(h.repeated.intro(REPEATED_MAILBOX_MIN_DAYS))}</p>${this.addressList(repeated, true)}</div>`);
    }
    out.push('</section>');
    return out.join('\n');
  }

  /**
   * A sender-side problem's addresses, but those on the remove list (an address that also failed for good
   * elsewhere is to be removed, not sent to again once the cause is fixed): said how many, not listed twice.
   */
  private problemAddresses(s: SenderProblem): string {
    const h = REPORTS[this.lang].html.sender;
    const n = numberFormat(this.lang);
    const shown = problemAddresses(s, this.remove);
    const removed = s.addresses.size - shown.length;
    const words = s.held ? h.addressesHeld : s.stillTrying ? h.addressesStillTrying : h.addresses;
    return (shown.length ? `<details><summary>${esc(words(n(shown.length)))}</summary><ul class="addresses">` +
      shown.map((a) => `<li>${esc(a)}</li>`).join('') + '</ul></details>' : '') +
      (removed ? `<p class="muted">${esc(h.alsoRemoved(n(removed)))}</p>` : '');
  }

  private senderSection(): string {
    const lang = this.lang;
    const t = REPORTS[lang];
    const h = t.html.sender;
    const n = numberFormat(lang);
    const problems = this.tally.sortedSenderProblems();
    const intro = problems.some((s) => s.held) ? `${h.intro} ${h.heldNote}` : h.intro;
    const out = [`<section id="sender"><h2>${esc(h.heading)}</h2><p class="intro">${esc(intro)}</p>`];
    if (!problems.length) out.push(`<p class="empty">${esc(h.empty)}</p>`);
    for (const s of problems) {
      const top = sortedCounts(s.domains).slice(0, TOP_DOMAINS).map(([d, c]) => `${esc(d)} (${n(c)})`).join(', ');
      out.push(`<div class="group sender" data-reason="${esc(s.reason)}"><h3>${esc(s.name)}</h3>` +
        `<p>${esc(s.summary)} <small>${esc(h.affected(n(s.count), n(s.domains.size)))}</small></p>` +
        (top ? `<p class="muted">${esc(h.topDomains)}: ${top}</p>` : '') +
        (s.example ? `<p class="muted">${esc(h.example)}: <code>${esc(s.example)}</code></p>` : '') +
        `<h4>${esc(s.held ? h.whatToDo : h.whatToFix)}</h4><p>${esc(s.advice)}</p>` +
        (s.adminAdvice ? `<h4>${esc(h.forAdmin)}</h4><p>${esc(s.adminAdvice)}</p>` : '') +
        this.problemAddresses(s) +
        '</div>');
    }
    out.push('</section>');
    return out.join('\n');
  }
}

/** Groups in order of size (largest first), keys in first-seen order on ties. */
function groupBy<T>(items: readonly T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = []));
    g.push(item);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

