// English strings of the HTML report, the CSV, --summary, the closing line on stderr and the
// `smtp-explain codes` command.
import { deliveriesPart, inboundPart, readShown, withRepeated, type ReportText } from '../report-text.js';
import { reasonNames } from './reason-names.js';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
const enPasted = {
  notices: (n: number) => plural(n, 'pasted notice', 'pasted notices'),
  replies: (n: number) => plural(n, 'pasted reply', 'pasted replies'),
};

/** System error codes people understand better in words. */
function why(detail: string): string {
  if (detail === 'ENOTREGULAR') return 'neither a regular file nor a folder';
  if (detail === 'ENOENT') return 'the file is gone or a broken link';
  if (detail === 'ELOOP') return 'a symbolic link loop';
  if (detail === 'EACCES' || detail === 'EPERM') return 'permission denied';
  if (detail === 'EISDIR') return 'it is a folder';
  if (detail === 'EIO') return 'disk read error';
  // zlib's codes for a gzip file or zip entry cut short or damaged
  if (detail === 'Z_BUF_ERROR' || detail === 'Z_DATA_ERROR') return 'the compressed file is incomplete or damaged';
  return detail;
}

/** What is damaged in one file of an archive ('archive-entry-damaged'). */
const entryDamage: Record<string, string> = {
  data: 'its data cannot be unpacked',
  header: 'its header is damaged',
  overlap: 'its bytes overlap another file\'s, as in a zip bomb',
};

export const report = {
  reasonName: reasonNames,
  kindName: {
    permanent: 'Permanent failure',
    transient: 'Temporary failure',
    success: 'Success or notice',
    feedback: 'Complaint, opt-out or report',
    intermediate: 'Waiting for more',
    notBounce: 'Not a bounce',
    error: 'Could not be read',
  },
  numberLocale: 'en',
  problem: {
    'not-found': () => 'no such file or folder',
    'unreadable-file': (d) => `cannot read the file (${why(d)})`,
    'unreadable-folder': (d) => `cannot read the folder (${why(d)})`,
    'empty-message': () => 'the message is empty',
    'no-headers': () => 'the message does not start with e-mail headers; the mailbox may be damaged at this point',
    'events-unreadable': (d) => `the rows of the events file from line ${d} on could not be read (a malformed row, or a quote that is never closed): check the file from there`,
    'events-too-large': (d) => `the events file (JSON or CSV) is larger than ${d} and was not read: split it into smaller files`,
    'text-cut': (d) => `it is longer than ${d}, and only its first ${d} were read`,
    internal: (d) => `internal error while analyzing the message (${d})`,
    'archive-damaged': (d) => `the archive is damaged or incomplete and cannot be read from here on (technical detail: ${d}); download or export it again`,
    'archive-entry-damaged': (d) => `this file of the archive is damaged and was not read (${entryDamage[d] ?? d}); the other files were read`,
    'archive-document': () => 'it is a document (Word, Excel, PowerPoint, OpenDocument or EPUB), not an e-mail: if the bounce was pasted into it, copy the bounce\'s text and analyze that text',
    'archive-encrypted': () => 'this file of the .zip is protected by a password: extract it with the password and analyze the extracted file',
    'archive-method': (d) => `this file of the .zip is compressed with a method we do not read (${d}): extract it with a program such as 7-Zip or unzip and analyze the extracted file`,
    'archive-too-large': (d) => `this file, unpacked, is larger than ${d} MB and was not read here: extract it and read it with the command line (smtp-explain file), which reads files of any size`,
    'archive-more': (d) => `${d} more files in the archive were not read: extract it and analyze the folder`,
    'archive-total': (d) => `the archive unpacks to more than ${d} MB: its files from here on were not read; extract it and read the folder with the command line (smtp-explain folder), which reads any size`,
    'archive-empty': () => 'the archive holds no file to read (only folders or hidden files)',
    'archive-nested': () => 'it is an archive inside two other archives, and was not opened: extract it first',
  },
  csv: {
    separator: ',',
    action: 'Action',
    checkFirst: 'check before removing; alive after the failure',
    inboundKind: 'Incoming mail refused',
    reasonName: 'Reason in words',
    date: 'Date',
    // as mail writes it, which an English reader reads (the next column is the one to sort by)
    dateCell: (_d, written) => written,
    dateUtc: 'Date (UTC)',
    reply: 'Server reply',
    recipient: 'Recipient',
    domain: 'Domain',
    kind: 'Kind',
    reason: 'Reason',
    hardBounce: 'Hard bounce',
    status: 'Status code',
    replyCode: 'Reply code',
    summary: 'Summary',
    advice: 'What to do',
    file: 'File',
    originalRecipient: 'Failed as',
    yes: 'yes',
    no: 'no',
  },
  done: (c, n): string => {
    // a mail log's failed lines are counted as lines, as the web page counts them
    const shown = readShown(c);
    // after the messages (or pasted notices) read: they are what was repeated, not a log's lines
    const repeated = c.repeated ? ` (${n(c.repeated)} repeated: each notice counted once)` : '';
    const read = withRepeated([
      ...(shown.messages === null ? [] : [`${n(shown.messages)} ${plural(shown.messages, 'message', 'messages')} read`]),
      ...(shown.logLines === null ? [] : [`${n(shown.logLines)} failed log ${plural(shown.logLines, 'line', 'lines')}`]),
      ...(shown.notices === null ? [] : [`${n(shown.notices)} ${enPasted.notices(shown.notices)}`]),
      ...(shown.replies === null ? [] : [`${n(shown.replies)} ${enPasted.replies(shown.replies)}`]),
    ], shown, repeated);
    // inputs that could not be read at all: no message read from them, said apart ("1 message read" was wrong)
    const u = shown.unreadable ?? 0;
    const unread = u ? `${n(u)} ${plural(u, 'input', 'inputs')} could not be read` : '';
    if (u && u === c.read) return `smtp-explain: no message read; ${unread}.`;
    // one message: its result is the line after, "with a result" would only repeat it
    const all = (c.withResult !== c.read ? `, ${n(c.withResult - u)} with a result` : c.read - u > 1 ? ', all with a result' : '') + (unread ? `, ${unread}` : '');
    const left = c.leftOut ?? 0;
    const again = c.repeatedResults ?? 0;
    const written = c.results + again - left;
    const results = c.addressesWritten === undefined
      ? `${n(written)} ${plural(written, 'result', 'results')} written`
      : `${n(c.addressesWritten)} ${plural(c.addressesWritten, 'address', 'addresses')} to remove written, out of ${n(written)} ${plural(written, 'result', 'results')}`;
    const parts = [
      `${n(c.bounces)} ${plural(c.bounces, 'bounce', 'bounces')}`,
      ...(left ? [] : [`${n(c.notBounces)} not ${plural(c.notBounces, 'a bounce', 'bounces')}`]),
      `${n(c.errors)} unreadable`,
      ...(again ? [`${n(again)} from the repeated ${plural(c.repeated ?? 0, 'message', 'messages')}`] : []),
    ];
    const leftOut = left ? `; ${n(left)} not ${plural(left, 'a bounce', 'bounces')}, left out (--bounces-only)` : '';
    return `smtp-explain: ${read}${all}; ${results}: ${parts.join(', ')}${leftOut}${deliveriesPart(c, report as ReportText, n, 'en')}${inboundPart(c, report as ReportText, n)}.`;
  },
  deliveries: {
    count: (d, share, n) => {
      const total = d.delivered + d.failed + d.deferred;
      const all = `${n(total)} ${plural(total, 'delivery', 'deliveries')} in the log`;
      const later = d.deferred ? `${n(d.deferred)} still deferred at its end` : '';
      // the only delivery: delivered, or not ended yet (no "did not fail" about what may still fail)
      if (!d.failed && total === 1) return d.deferred ? `${all}, still deferred at its end` : `${all}, which did not fail`;
      if (!d.failed) return `${all}, none failed for good${later ? ` (${later})` : ''}`;
      return `${all}: ${n(d.failed)} failed for good (${share}), ${n(d.delivered)} delivered${later ? `, ${later}` : ''}`;
    },
    heading: 'Deliveries in the log',
    intro:
      'Each message counts once per recipient, as it ended: a deferred delivery that later went through counts as delivered; one the server gave up on, as failed. A delivery to a mailbox on the server itself counts; a pass through a content filter (such as amavis on 127.0.0.1) does not, as the message goes back to the queue and is delivered afterwards. The failure notices your own server sent are left out too.',
    total: 'Deliveries in the log',
    delivered: 'Delivered',
    failed: 'Failed for good',
    deferred: 'Still deferred at the end of the log',
    share: (share) => `${share} of the deliveries`,
  },
  inbound: {
    count: (k, n) => `${n(k)} ${plural(k, 'refusal of mail', 'refusals of mail')} coming in to your server (no failures of your own mail)`,
    listHint: '(to see each: --inbound)',
    heading: 'Incoming mail refused by your server (no failures of your own mail)',
    intro:
      'The log also holds your own server\'s refusals of mail coming in from outside (spam, forged senders, addresses that do not exist here). They are no failures of the mail you sent, so they are only counted here, by reason. A busy server refuses thousands a day; if a customer says a message from someone never arrived, look for its line in the log (or run the command line with --inbound).',
  },
  pasted: enPasted,
  bouncesOnlyHint: (n) => `smtp-explain: tip: with --bounces-only, the ${n} messages that are no failure are only counted here, and the output holds only the failures and the addresses to remove.`,
  unreadablePath: (file, reason) => `smtp-explain: cannot read ${file}: ${reason}`,
  emptyFolder: (folder) =>
    `smtp-explain: no message in ${folder}: the folder holds no file to read (hidden files, Thunderbird's .msf indexes and a Maildir's tmp/ are left out). Check the path: in Thunderbird, the mbox is the file without an extension beside the .sbd folder of the same name.`,
  checkNote: (count, addresses, n) =>
    `smtp-explain: ${n(count)} ${plural(count, 'address was', 'addresses were')} left off the list to remove: ${plural(count, 'it', 'they')} failed for good, but a message from ${plural(count, 'it', 'them')} came later (a reply or an automatic reply) or a report that a message to ${plural(count, 'it', 'them')} was delivered, so the mailbox seems alive; check before removing: ${addresses}`,
  interrupting: 'smtp-explain: interrupted: reading stopped, and the output will be closed with what was analysed so far (press Ctrl-C again to quit at once).',
  interrupted: 'smtp-explain: the run was interrupted: the output holds only the messages counted above, and the rest of the inputs was not read.',
  progress: { messages: 'messages' },
  summary: {
    heading: 'Summary',
    byReason: 'By reason',
    byKind: 'By kind',
    byDomain: 'By recipient domain',
    noRecipient: '(no recipient)',
    actions: {
      heading: 'What to do',
      remove: (n) => `${plural(n, 'address', 'addresses')} to remove from your list (only them: --format remove)`,
      retry: (n) => `${plural(n, 'address', 'addresses')} to retry later`,
      stillTrying: (n) => `${plural(n, 'address', 'addresses')} still in your server's queue (the server is still trying to deliver: do not resend)`,
      repeated: (min, days) => `of these, with a mailbox full or disabled ${min} times or more, over ${days} days or more: probably abandoned`,
      senderSide: (n) => `${plural(n, 'failure', 'failures')} caused on your side (what to fix: --format html)`,
      check: (n) => `${plural(n, 'address', 'addresses')} that failed for good, then wrote or got mail (the mailbox seems alive): check before removing`,
    },
    senderProblems: 'On your side, fix before the next send (the addresses of these failures are fine)',
    heldProblems: 'Held until you confirm you sent them (each recipient\'s spam filter asks for it)',
    more: (n) => `… and ${n} more`,
  },
  html: {
    title: 'Bounce report',
    generated: (date) => `Created on ${date} by smtp-explain.`,
    inputs: 'Inputs read',
    totals: {
      heading: 'Overview',
      read: 'Messages read',
      logLines: 'Failed log lines',
      notices: 'Pasted notices',
      replies: 'Pasted replies',
      results: 'Results (one per recipient)',
      bounces: 'Bounces',
      remove: 'Addresses to remove',
      retry: 'Addresses to retry',
      stillTrying: 'Still in your server\'s queue (do not resend)',
      senderSide: 'Failures caused on your side',
      notBounce: 'Not bounces',
      errors: 'Could not be read',
      repeated: (n, shown) => `${shown} repeated: each notice counted once`,
      check: 'To check before removing',
    },
    reasonsChart: 'Reasons',
    kindsChart: 'Kinds of result',
    chartEmpty: 'No bounces found.',
    legend: { remove: 'bad address: remove', sender: 'problem on your side', other: 'other reasons' },
    barLabel: (name, count) => `${name}: ${count}`,
    nothingRead: 'No message was read: the folder or file given held nothing to analyze, so everything below is zero. Check the path (in Thunderbird, the mbox is the file without an extension beside the .sbd folder of the same name).',
    interrupted: 'Analysis interrupted: this report covers only what was read until then. The counts and the lists below are incomplete; run the analysis again to the end before removing addresses from your list.',
    domains: {
      heading: 'By recipient domain',
      intro: 'Many failures at one domain usually mean that provider blocks or filters your mail, not that the addresses are bad. The table counts results (one per notice and recipient), not addresses: an address that bounced twice counts twice.',
      domain: 'Domain',
      total: 'Total',
      remove: 'Remove',
      retry: 'Retry',
      sender: 'Your side',
      other: 'Other',
      topReason: 'Most common reason',
      more: (n) => `${n} more ${plural(n, 'domain', 'domains')} with fewer results ${plural(n, 'is', 'are')} not shown; the CSV has them all.`,
      empty: 'No recipients found.',
    },
    remove: {
      heading: 'Addresses to remove from your list',
      intro: ({ failed, complaints, refused }) => [
        // the addresses that exist come first: the others are then "the others", not "these" twice
        ...(refused
          ? [`${failed || complaints ? 'Some of these addresses' : 'These addresses'} exist, but a rule of the recipient's organization refuses your mail (such as a group that takes only mail from inside the organization, or an administrator's block): every mailing would bounce until they allow your address; if they do, you can add them back.`]
          : []),
        ...(failed ? [`${refused ? (complaints ? 'Others' : 'The others') : 'These addresses'} no longer exist or take no mail (the account was disabled, the domain does not exist or accepts no mail).`] : []),
        ...(complaints
          ? [failed
            ? 'The list also holds the recipients who complained about your message or asked to leave the list. That is no delivery failure, so the list may hold more addresses than the count of failures.'
            : refused ? 'The others complained about your message or asked to leave the list.' : 'The recipients on this list complained about your message or asked to leave the list.']
          : []),
        // an address that exists is no "invalid" one: the user may add it back
        refused
          ? 'Remove them from your mailing list (or put them on your newsletter tool\'s suppression list): mailing them again hurts the delivery of all your other mail.'
          : 'Remove them from your mailing list, or mark them as invalid in your newsletter tool: mailing them again hurts the delivery of all your other mail.',
      ].join(' '),
      copy: 'All addresses to remove, one per line, ready to copy',
      empty: 'No address needs to be removed.',
      check: {
        heading: 'Alive after the failure: check before removing',
        intro:
          'These addresses failed for good, but later a message from them came (a reply or an automatic reply), or a report that a message to them was delivered: the mailbox seems to work. So they are not on the list to remove. Check them before taking them off your list; if a failure comes after that, the address goes back on the list to remove.',
      },
    },
    retry: {
      heading: 'Addresses to retry later',
      intro: 'These addresses failed for a passing reason or one on the recipient\'s side. Keep them for now: each group says when sending again makes sense. Failures caused on your side are listed above, under "Problems on your side".',
      empty: 'No addresses here.',
      repeated: {
        heading: (min) => `Mailbox full or disabled ${min} times or more`,
        intro: (minDays) =>
          `In the bounces read, the mailbox of each of these addresses refused your messages again and again; when the bounces are dated, these refusals span ${minDays} days or more (the same bounce read twice counts once). A mailbox that stays full or disabled for weeks has almost always been abandoned: if the next send fails too, take the address off your list.`,
      },
    },
    stillTrying: {
      heading: 'Addresses still in your server\'s queue: do not resend',
      intro:
        'Your server is still trying to deliver the messages to these addresses. Do not resend, or the recipient may get the same message twice, and do not remove them yet: if delivery fails until the queue gives up, a final failure notice follows. Each group says what to do meanwhile.',
    },
    sender: {
      heading: 'Problems on your side',
      intro:
        'These failures come from your server, your domain or your messages, not from the addresses. Until the cause is fixed, they will happen again with any recipient.',
      empty: 'No problems on your side were found.',
      affected: (results, domains) => `${results} ${results === '1' ? 'result' : 'results'}${domains === '0' ? ', no recipient named' : ` at ${domains} ${domains === '1' ? 'domain' : 'domains'}`}`,
      topDomains: 'Domains most affected',
      whatToFix: 'What to fix',
      whatToDo: 'What to do',
      heldNote: 'Messages held by a challenge-response filter are the exception: nothing is wrong on your side, and each recipient with such a filter asks you to confirm separately.',
      forAdmin: 'For the admin',
      example: "The server's reply",
      addresses: (n) => `${n} ${n === '1' ? 'address' : 'addresses'} affected (send to them again once fixed)`,
      addressesStillTrying: (n) => `${n} ${n === '1' ? 'address' : 'addresses'} affected (the server is still trying to deliver: do not resend)`,
      alsoRemoved: (n) => `${n} ${n === '1' ? 'affected address is already on the remove list (it failed for good in another notice) and is not listed here' : 'affected addresses are already on the remove list (they failed for good in other notices) and are not listed here'}.`,
      addressesHeld: (n) => `${n} ${n === '1' ? 'address' : 'addresses'} affected (held until you confirm: do not resend)`,
    },
    errors: {
      heading: 'Inputs that could not be read',
      intro: 'These files or messages were not analyzed. Check that they exist, that you may read them and that they are not damaged.',
      more: (n) => `${n} more ${plural(n, 'input', 'inputs')} with errors; the CSV or NDJSON output lists them all.`,
    },
    alive: {
      wrote: (when) => `wrote on ${when}`,
      delivered: (when) => `delivered on ${when}, after the failure`,
    },
    times: (n) => `${n} ${plural(n, 'time', 'times')}`,
    timesOver: (n, days) => `${n} ${plural(n, 'time', 'times')} over ${days} ${plural(days, 'day', 'days')}`,
    failedAs: (address) => `forwarded to ${address}, which failed`,
    movedTo: (address) => `new address: ${address}`,
    footer: 'This report is a single file: it loads nothing from the internet and opens offline.',
  },
  codes: {
    basicHeading: 'SMTP reply codes (three digits)',
    enhancedHeading: 'Enhanced status codes (RFC 3463)',
    enhancedNote: 'X is the class: 2 for success, 4 for a temporary failure, 5 for a permanent failure.',
    legend: '—: no RFC defines the code; it comes from lists copied around the web, or is no server reply at all (101, 111). "Registry only": the IANA registry (RFC 5248) lists the code beside an enhanced code, but no protocol RFC defines it as a reply.',
    code: 'Code',
    kind: 'Kind',
    standard: 'RFC',
    title: 'Name',
    yes: 'yes',
    no: 'no',
    meaning: 'Meaning',
    advice: 'What to do',
    unknown: (code) => `"${code}" is not an SMTP code. Use three digits, such as 550, or an enhanced code, such as 5.7.26.`,
    badFormat: (format) => `codes: unknown format "${format}": use text or json`,
    help: `Usage: smtp-explain codes [options] [CODE...]

Without CODE, prints the table of every SMTP reply code (three digits) and of every enhanced
status code registered at IANA (RFC 3463), with its name.
With CODE, explains each code given: what it means and what to do.

CODE can be a reply code (550), an enhanced code (5.7.26) or an enhanced code without its
class (X.7.26).

Options:
  -l, --lang      language: pt-BR (default) or en; without it, LC_ALL,
                  LC_MESSAGES or LANG, in that order
  -f, --format    text (default) or json; with CODE, the json is always an
                  array, even for one code, with an object per code (the one
                  GET /api/codes/CODE answers); without CODE, an object with
                  both tables (basic and enhanced)
  -h, --help      show this help

Examples:
  smtp-explain codes
  smtp-explain codes 421 5.7.26
  smtp-explain codes --format json X.1.1
`,
  },
} satisfies ReportText;
