// The shape of the strings of the bulk outputs (CSV, HTML report, --summary, the closing line on
// stderr, `smtp-explain codes`) and of the mailbox readers' error messages, in every language.
import type { MailProblem } from '../mailbox/types.js';
import type { DeliveryCounts } from '../reply/delivery-counts.js';
import type { WrittenDate } from '../report/utc-date.js';
import type { Kind, Locale, Reason } from '../types.js';
import { percentText } from './group-digits.js';

/**
 * The kinds shown in the charts and the CSV: the four reply kinds, feedback (a complaint, an unsubscribe
 * request, a report: Sisimai's kind for them is a delivery's, and "success" reads wrong beside a spam
 * complaint), plus messages that are no bounce or unreadable.
 */
export type ReportKind = Kind | 'feedback' | 'notBounce' | 'error';

/** Counts for the closing line. */
export interface DoneCounts {
  /** Messages and texts read (unreadable ones included), with the log lines and quiet logs below. */
  read: number;
  /** Of `read`: a mail log's failed or deferred delivery lines, each read on its own. */
  logLines?: number;
  /** Of `read`: mail logs in which nothing failed. */
  quietLogs?: number;
  /** Of `read`: inputs that could not be read at all (a wrong path, a file or folder not allowed): no message was read from them. */
  unreadable?: number;
  /**
   * Of `read`: pasted texts read in parts (src/analyze.ts PastedParts), counted by their parts instead:
   * their notices, their reply lines.
   */
  split?: number;
  notices?: number;
  replies?: number;
  /** Of those, how many got at least one result (all of them, unless something is badly wrong). */
  withResult: number;
  /** Results written: one per recipient. */
  results: number;
  bounces: number;
  notBounces: number;
  errors: number;
  /** Of `read`: notices read again (the same message in two exports), counted once; their results are written. */
  repeated?: number;
  /** The results of those, written besides `results` (which counts each notice once). */
  repeatedResults?: number;
  /** Of the results written, those left out of the output by --bounces-only (all of them not bounces). */
  leftOut?: number;
  /** --format remove: the addresses written, instead of the results (which are only counted). */
  addressesWritten?: number;
  /** A mail log's refusals of incoming mail by the reader's own server (Tally.inbound), by reason. */
  inbound?: number;
  inboundByReason?: ReadonlyMap<Reason, number>;
  /** Of `inbound`, those only counted (CLI: listed with --inbound). */
  inboundUnlisted?: number;
  /** How the deliveries the mail logs read recorded ended (Tally.deliveries); null or none counted when no log was read. */
  deliveries?: DeliveryCounts | null;
}

export interface ReportText {
  /** Short name of each reason, for charts, tables and headings. */
  reasonName: Record<Reason, string>;
  kindName: Record<ReportKind, string>;
  /** Number formatting (digit grouping) follows this BCP 47 tag. */
  numberLocale: string;
  /** Why an input could not be read; `detail` is a system code such as "EACCES", or "". */
  problem: Record<MailProblem, (detail: string) => string>;
  /** The CSV header row. */
  csv: {
    /** Between cells: what the language's spreadsheets expect (Excel in Brazil splits on ";"). */
    separator: ',' | ';';
    /** The last columns: what to do about the address, the reason in words, the date of the bounce. */
    action: string;
    /** The action of a row whose address the report lists to check before removing (it wrote or was delivered after its failure). */
    checkFirst: string;
    /** The Tipo of a row that is the reader's own server refusing incoming mail (--inbound): no failure of the reader's mail. */
    inboundKind: string;
    reasonName: string;
    date: string;
    /**
     * The Date cell: `written` is the date as the notice or log wrote it ("Mon, 30 Nov 2026 14:00:00
     * -0300"), `d` its reading (null when it cannot be read: the cell keeps it as written).
     */
    dateCell: (d: WrittenDate | null, written: string) => string;
    /** The same date in UTC, as a spreadsheet reads a date ("2024-01-01 13:00:00"). */
    dateUtc: string;
    /** The server's reply as written (Result.diagnostic). */
    reply: string;
    recipient: string;
    domain: string;
    kind: string;
    reason: string;
    hardBounce: string;
    status: string;
    replyCode: string;
    summary: string;
    advice: string;
    file: string;
    /** The address the sender wrote, when a forward or an alias failed under another. */
    originalRecipient: string;
    yes: string;
    no: string;
  };
  /** Closing line on stderr: messages read, results written. */
  done: (c: DoneCounts, n: (x: number) => string) => string;
  /**
   * The parts of a pasted text read each on its own, after their count ("3 avisos colados"): the command
   * line's closing line and the web page say them alike.
   */
  pasted: { notices: (n: number) => string; replies: (n: number) => string };
  /** Line on stderr after a text output that wrote many messages that are no failure (a whole mailbox). */
  bouncesOnlyHint: (notBounces: string) => string;
  /** Line on stderr for a file or folder that could not be read. */
  unreadablePath: (file: string, why: string) => string;
  /** Line on stderr for a folder given as an input in which no file was found to read. */
  emptyFolder: (folder: string) => string;
  /**
   * Line on stderr after a CSV or an address list: `count` addresses failed for good but wrote later (a
   * reply, an auto-reply), so they are not on the list to remove; `addresses` names them.
   */
  checkNote: (count: number, addresses: string, n: (x: number) => string) => string;
  /** Line on stderr when Ctrl-C (SIGINT) or SIGTERM arrives during a run. */
  interrupting: string;
  /** Line on stderr after the closing line of a run so interrupted. */
  interrupted: string;
  /** Progress bar label. */
  progress: { messages: string };
  /** --summary, at the end of text output. */
  summary: {
    heading: string;
    byReason: string;
    byKind: string;
    byDomain: string;
    noRecipient: string;
    /** The counts to act on, first in --summary (src/report/summary-text.ts). */
    /** Each row's words after its count. */
    actions: {
      heading: string; remove: (n: number) => string; retry: (n: number) => string; repeated: (min: number, days: number) => string; senderSide: (n: number) => string;
      /** Addresses that failed for good but wrote (a reply, an auto-reply) or were delivered later: kept off the remove list, to check. */
      check: (n: number) => string;
      /** Addresses whose delivery the sending server still retries (still in its queue): not to be sent again. */
      stillTrying: (n: number) => string;
    };
    /** The heading of the sender's own problems, one line each below the counts to act on. */
    senderProblems: string;
    /**
     * The heading of the messages a recipient's challenge-response filter holds until the sender confirms
     * (Signature.held): the sender acts, but nothing on its side is broken, and each recipient's filter asks apart.
     */
    heldProblems: string;
    more: (n: number) => string;
  };
  /**
   * How the deliveries a mail log recorded ended (DoneCounts.deliveries), one per message and recipient:
   * the closing line's part, --summary's rows, the HTML report's cards; `share` is the failed ones' percentage ("0,04%").
   */
  deliveries: {
    /** "4.812 envios no log: 2 falharam de vez (0,04%), 4.790 entregues, 20 ainda adiados no fim do log"; "3 envios no log, nenhum falhou de vez". */
    count: (d: DeliveryCounts, share: string, n: (x: number) => string) => string;
    /** --summary's and the HTML report's heading. */
    heading: string;
    /** The HTML report's words under the heading: what is counted, and what is not. */
    intro: string;
    total: string;
    delivered: string;
    failed: string;
    deferred: string;
    /** The failed ones' note: "0,04% das entregas". */
    share: (share: string) => string;
  };
  /** A mail log's refusals of incoming mail (DoneCounts.inbound), counted apart from the reader's own failures. */
  inbound: {
    /** "8 refusals of mail coming in to your server (no failures of your own mail)". */
    count: (n: number, nf: (x: number) => string) => string;
    /** After the counts, when some were only counted: how to list each. */
    listHint: string;
    /** --summary's and the HTML report's heading of the counts by reason. */
    heading: string;
    /** The HTML report's words under the heading. */
    intro: string;
  };
  html: {
    title: string;
    generated: (date: string) => string;
    inputs: string;
    totals: {
      heading: string;
      read: string;
      /** A mail log's failed or deferred delivery lines, counted apart from the messages read. */
      logLines: string;
      /** The parts of pasted texts read each on its own, counted instead of the texts (ReportText.pasted). */
      notices: string;
      replies: string;
      results: string;
      bounces: string;
      remove: string;
      retry: string;
      /** Of the addresses to retry, those the sending server still retries (not to be resent), as --summary counts them apart. */
      stillTrying: string;
      senderSide: string;
      notBounce: string;
      errors: string;
      /** Under the messages read: how many were notices read again (the same message in two exports), counted once. */
      repeated: (n: number, shown: string) => string;
      /** Addresses that failed for good but wrote or were delivered later: to check before removing. */
      check: string;
    };
    reasonsChart: string;
    kindsChart: string;
    chartEmpty: string;
    /** Colour legend of the reasons chart. */
    legend: { remove: string; sender: string; other: string };
    /** Accessible description of a chart bar: "userunknown: 12". */
    barLabel: (name: string, count: string) => string;
    /** The report of a run that read no message (an empty folder, a wrong path). */
    nothingRead: string;
    /** The report of a run cut short (Ctrl-C, SIGTERM): it covers only what was read until then. */
    interrupted: string;
    domains: {
      heading: string;
      intro: string;
      domain: string;
      total: string;
      remove: string;
      retry: string;
      sender: string;
      other: string;
      topReason: string;
      more: (n: number) => string;
      empty: string;
    };
    remove: {
      heading: string;
      /**
       * Above the list, for what it holds: addresses that failed for good (`failed`), recipients who
       * complained or asked to leave the list (`complaints`), addresses a rule of the recipient's
       * organization refuses (`refused`: no bad addresses); each is told only where there is one.
       */
      intro: (holds: { failed: boolean; complaints: boolean; refused?: boolean }) => string;
      copy: string; empty: string;
      /** The addresses that failed for good but wrote (a reply, an auto-reply) or were delivered later: kept off the list, to check. */
      check: { heading: string; intro: string };
    };
    retry: {
      heading: string;
      intro: string;
      empty: string;
      /** The addresses of the list above whose mailbox failed (full, disabled) `min` times or more. */
      /** `minDays`: the least days the dated bounces span (REPEATED_MAILBOX_MIN_DAYS). */
      repeated: { heading: (min: number) => string; intro: (minDays: number) => string };
    };
    /** The addresses whose messages the sending server still retries: apart from those to retry, not to be resent. */
    stillTrying: { heading: string; intro: string };
    sender: {
      heading: string;
      intro: string;
      empty: string;
      /** "12 recipients at 3 domains affected" */
      affected: (results: string, domains: string) => string;
      topDomains: string;
      whatToFix: string;
      /** Instead of whatToFix, for messages held until the sender confirms: nothing to fix. */
      whatToDo: string;
      /** After the intro when some groups are such held messages, which it does not describe. */
      heldNote: string;
      forAdmin: string;
      /** Before the first result's own words ("550 5.7.1 ... blocked using zen.spamhaus.org"). */
      example: string;
      /** The recipients of these failures: the ones to send to again once the cause is fixed. */
      addresses: (n: string) => string;
      /** The same, for deferrals the sending server still retries: they must not be sent again. */
      addressesStillTrying: (n: string) => string;
      /** The same, for messages the recipient's system holds until the sender confirms: not to be sent again. */
      addressesHeld: (n: string) => string;
      /** Of these, the addresses on the remove list (failed for good elsewhere): not listed again here. */
      alsoRemoved: (n: string) => string;
    };
    errors: { heading: string; intro: string; more: (n: number) => string };
    /** An address seen in more than one bounce: "3 bounces". */
    times: (n: number) => string;
    /** Beside an address of the repeated mailbox failures: "3 bounces over 24 days". */
    timesOver: (n: number, days: number) => string;
    /** After an address of the lists: the address a forward or an alias took the message to, which failed. */
    failedAs: (address: string) => string;
    /**
     * Beside an address to check, why its mailbox seems alive: it wrote (a reply), or a delivery report
     * for it came, after its failure; `when` is a dateTime (ui.ts), or the date as written when unreadable.
     */
    alive: { wrote: (when: string) => string; delivered: (when: string) => string };
    /** Beside an address whose owner moved: the new address the reply gave. */
    movedTo: (address: string) => string;
    footer: string;
  };
  /** `smtp-explain codes`. */
  codes: {
    basicHeading: string;
    enhancedHeading: string;
    enhancedNote: string;
    /** Under the table of reply codes: what its RFC column's "—" and registry-only codes mean. */
    legend: string;
    code: string;
    kind: string;
    standard: string;
    title: string;
    yes: string;
    no: string;
    meaning: string;
    advice: string;
    unknown: (code: string) => string;
    badFormat: (format: string) => string;
    /** `smtp-explain codes --help`. */
    help: string;
  };
}

/**
 * "address does not exist (6), sending server blocked (1)": the refusals of incoming mail by reason, most
 * first, each reason's short name in lower case (a name that starts with an acronym, "DNS...", kept) and
 * its count after it: a name is a singular phrase ("servidor de envio bloqueado", "classificada como spam")
 * that a count before it would not agree with ("2 servidor de envio bloqueado").
 */
export function inboundReasons(byReason: ReadonlyMap<Reason, number>, names: Record<Reason, string>, n: (x: number) => string): string {
  const rows = [...byReason].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return rows.map(([reason, count]) => `${lowerFirst(names[reason])} (${n(count)})`).join(', ');
}

function lowerFirst(name: string): string {
  return name.length > 1 && name[1] === name[1]!.toLowerCase() ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** The closing line's part about refusals of incoming mail ("; 8 refusals...: 6 ..., 2 ..."), or "". */
export function inboundPart(c: DoneCounts, t: Pick<ReportText, 'inbound' | 'reasonName'>, n: (x: number) => string): string {
  if (!c.inbound || !c.inboundByReason) return '';
  const hint = c.inboundUnlisted ? ` ${t.inbound.listHint}` : '';
  return `; ${t.inbound.count(c.inbound, n)}: ${inboundReasons(c.inboundByReason, t.reasonName, n)}${hint}`;
}

/** The closing line's part of a mail log's deliveries (DoneCounts.deliveries): "" when none was counted. */
export function deliveriesPart(c: DoneCounts, t: Pick<ReportText, 'deliveries'>, n: (x: number) => string, lang: Locale): string {
  const d = c.deliveries;
  if (!d) return '';
  const total = d.delivered + d.failed + d.deferred;
  return total ? `; ${t.deliveries.count(d, percentText(d.failed, total, lang), n)}` : '';
}

/**
 * What a run read, as its closing line counts it: the messages and texts (null when all were mail logs),
 * then a mail log's failed lines (null when no log was read), as the web page counts them.
 */
/**
 * The closing line's parts of what was read, joined, with `repeated` ("(1 repetida: ...)") after the part
 * of the messages, else of the pasted notices: those are what can be read twice, not a log's lines.
 */
export function withRepeated(parts: string[], shown: ReturnType<typeof readShown>, repeated: string): string {
  if (repeated) {
    const at = shown.messages !== null ? 0 : shown.notices !== null ? (shown.logLines === null ? 0 : 1) : parts.length - 1;
    if (at >= 0) parts[at] += repeated;
  }
  return parts.join(', ');
}

export function readShown(c: DoneCounts): { messages: number | null; logLines: number | null; notices: number | null; replies: number | null; unreadable: number | null } {
  const logs = (c.logLines ?? 0) + (c.quietLogs ?? 0);
  const split = c.split ?? 0;
  const unreadable = c.unreadable ?? 0;
  // a text pasted in parts is counted by its parts: it was no message; nor is a path that could not be read
  const messages = c.read - logs - split - unreadable;
  return {
    unreadable: unreadable ? unreadable : null,
    messages: messages > 0 || !(logs || split) ? messages : null,
    logLines: logs ? c.logLines ?? 0 : null,
    notices: c.notices ? c.notices : null,
    replies: c.replies ? c.replies : null,
  };
}
