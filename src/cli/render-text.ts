// Human-readable output of one result, coloured or not as the caller decides (see wantsColour).
import { listWords } from '../i18n/list-words.js';
import picocolors from 'picocolors';
import { CATALOGS } from '../i18n/catalog.js';
import { evidenceKindWords } from '../i18n/evidence-kind.js';
import { isNoErrorReply, shownKind, shownReasonName } from '../explain/shown-kind.js';
import { localizedUrl } from '../explain/localized-url.js';
import { hardBounceWords, listActionWords } from '../report/tally.js';
import type { Result } from '../result.js';
import { printable } from './printable.js';
import { hasOwn } from '../own-key.js';

export type Colours = ReturnType<typeof picocolors.createColors>;

const PLAIN = picocolors.createColors(false);
const COLOURED = picocolors.createColors(true);

/** Colour on a terminal, unless NO_COLOR is set or TERM is dumb; FORCE_COLOR forces it. */
export function wantsColour(env: NodeJS.ProcessEnv, stdoutIsTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return stdoutIsTTY && env.TERM !== 'dumb';
}

export function colours(enabled: boolean): Colours {
  return enabled ? COLOURED : PLAIN;
}

export function renderText(result: Result, pc: Colours = PLAIN): string {
  // every text is printed without its control characters (see printable.ts): most are the catalogs' own
  // words, but a summary may quote the input (a pasted part it did not recognise, a list's name)
  const r = printableTexts(result);
  const KIND_COLOUR = { success: pc.green, intermediate: pc.cyan, transient: pc.yellow, permanent: pc.red, error: pc.red } as const;
  const ui = CATALOGS[r.lang].ui;
  const L = ui.label;
  const out: string[] = [];
  const head: string[] = [];
  if (r.file) head.push(pc.dim(r.file));
  if (r.recipient) head.push(pc.bold(r.recipient));
  if (r.originalRecipient) head.push(`(${L.originalRecipient} ${r.originalRecipient})`);
  // a message that is no bounce (a person's reply in a bounce mailbox) names no recipient: who wrote it, so
  // that a list's owner can tell whose reply it was without opening the file
  if (!r.recipient && !r.bounce && !r.error && r.message?.noticeFrom) head.push(`(${L.writtenBy} ${r.message.noticeFrom})`);
  if (head.length) out.push(head.join('  '));
  if (r.error) {
    out.push(pc.red(r.summary));
    // what to do instead, when there is something (an Outlook .msg file)
    if (r.advice) out.push(`${pc.dim(L.advice + ':')} ${r.advice}`);
    return out.join('\n') + '\n';
  }
  const codes = [r.replyCode, r.status && !r.statusDerived ? r.status : ''].filter(Boolean).join(' ');
  const badge = r.bounce ? KIND_COLOUR[shownKind(r)](`[${r.kindText}]`) : '';
  out.push(`${codes ? pc.bold(codes) + ' ' : ''}${badge} ${pc.bold(r.summary)}`.trim());
  if (!r.bounce) {
    out.push(r.meaning);
    if (r.advice) out.push(r.advice);
    return out.join('\n') + '\n';
  }
  out.push(`${pc.dim(L.meaning + ':')} ${r.meaning}`);
  out.push(`${pc.dim(L.advice + ':')} ${r.advice}`);
  if (r.adminAdvice) out.push(`${pc.dim(L.adminAdvice + ':')} ${r.adminAdvice}`);
  out.push(`${pc.dim(L.whoActs + ':')} ${listWords(r.whoActs, r.lang)}`);
  out.push(`${pc.dim(L.retry + ':')} ${r.retryText}`);
  // a reply that is no error ("221", "354") has no reason to name
  if (!isNoErrorReply(r)) {
    // what to do with the address on a list: a disabled mailbox is no hard bounce, and is removed all the same
    // (its hard bounce says so too: a bare "no" beside "remove" reads as "keep it")
    const action = listActionWords(r);
    out.push(`${pc.dim(L.reason + ':')} ${shownReasonName(r, r.lang)} (${r.reason})   ${pc.dim(L.hardBounce + ':')} ${hardBounceWords(r)}   ${pc.dim(L.listAction + ':')} ${action}`);
  }
  for (const c of [r.codes.replyCode, r.codes.status]) {
    if (c) out.push(pc.dim(`${c.code}: ${c.title} — ${c.standardText}`));
  }
  // the page in the reader's language where the site has one (the JSON keeps the link as the rule names it)
  if (r.providerSource) out.push(`${pc.dim(L.source + ':')} ${localizedUrl(r.providerSource, r.lang)}`);
  if (r.evidence.length) {
    // an evidence of absence ("no command given") has no matched text
    const fields = CATALOGS[r.lang].ui.evidenceFields;
    const name = (field: string) => (hasOwn(fields, field) ? fields[field]! : field);
    // the kind of evidence in the reader's language, then the rule's id (English, for admins and the JSON)
    const rule = (e: Result['evidence'][number]) => `${evidenceKindWords(e.rule, e.field, r.lang)} [${e.rule}]`;
    const ev = r.evidence.map((e) => (e.match ? `${rule(e)} (${name(e.field)}: "${printable(e.match.slice(0, 80))}")` : `${rule(e)} (${name(e.field)})`)).join('; ');
    out.push(pc.dim(`${L.evidence}: ${ev}`));
  }
  return out.join('\n') + '\n';
}

/** The result's texts that renderText prints, each printable(); the result itself is left as it is. */
function printableTexts(r: Result): Result {
  const p = (s: string | null): string | null => (s === null ? null : printable(s));
  return {
    ...r, file: p(r.file), recipient: p(r.recipient), originalRecipient: p(r.originalRecipient), summary: printable(r.summary),
    meaning: printable(r.meaning), advice: printable(r.advice), adminAdvice: p(r.adminAdvice), whoActs: r.whoActs.map(printable),
    retryText: printable(r.retryText), kindText: printable(r.kindText), providerSource: p(r.providerSource),
  };
}
