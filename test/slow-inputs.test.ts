// Hostile inputs that once took time growing faster than their size: each test counts the work (or
// checks a cap) instead of timing it, and fails on the old code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { analyze } from '../src/analyze.js';
import { patterns } from '../src/classify/find-phrase.js';
import { decodeTextRecipients } from '../src/message/decode-text.js';
import { htmlToText } from '../src/message/html-to-text.js';
import { MAX_RECIPIENTS } from '../src/message/limits.js';
import { MboxSplitter } from '../src/mailbox/mbox.js';
import { foldSpace, foldSpacePrefix } from '../src/reply/clean-text.js';
import type { BounceDoc } from '../src/message/types.js';

const HEAD = 'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\nTo: sender@example.org\nSubject: Undelivered Mail Returned to Sender\n';

/** Lines "u0@example.net", "u1@example.net"... */
function addressLines(n: number): string {
  return Array.from({ length: n }, (_, i) => `u${i}@example.net\n`).join('');
}

test('decodeTextRecipients reads a notice once, however many DSN recipients ask about it', () => {
  const notice = 'Delivery to these recipients failed.\n' + addressLines(300) + 'The mailbox is full.\n';
  const target: BounceDoc = {
    headers: new Map([['from', 'MAILER-DAEMON@mx.example.com'], ['to', 'sender@example.org']]),
    subject: 'Undelivered', notice, deliveryStatus: null, feedbackReport: null, originalHeaders: null, pasted: false,
  };
  let reads = 0;
  const doc = new Proxy(target, {
    get(t, key, receiver) {
      if (key === 'notice' || key === 'headers') reads++;
      return Reflect.get(t, key, receiver);
    },
  });
  const first = decodeTextRecipients(doc, ['u0@example.net']);
  const once = reads;
  const each = Array.from({ length: 300 }, (_, i) => decodeTextRecipients(doc, [`u${i}@example.net`]));
  // the old code read the notice (and folded it, and scanned its lines) again for every recipient
  assert.equal(reads, once, 'no new read of the notice after the first call');
  assert.deepEqual(each[0], first);
  assert.deepEqual(each.map((r) => r.map((f) => f.recipient)), Array.from({ length: 300 }, (_, i) => [`u${i}@example.net`]));
  // a recipient the bounce's own fields name as a party is excluded from the others' reading, not from its own
  assert.deepEqual(decodeTextRecipients(doc, ['sender@example.org']).map((f) => f.recipient), ['sender@example.org']);
});

test('recipients that share the whole notice as their text: one scan of it for all of them', async () => {
  const matcher = patterns();
  const scan = matcher.scan;
  /** Scans of texts longer than a recipient's own lines. */
  let scans = 0;
  matcher.scan = function (this: typeof matcher, lowerText: string) {
    if (lowerText.length > 10_000) scans++;
    return scan.call(this, lowerText);
  };
  try {
    // warm up: the first texts of a run are searched without a scan (SEARCHED_BEFORE_SCANNING)
    await analyze('550 5.1.1 user unknown\n'.repeat(3) + 'x', { lang: 'en' });
    for (let i = 0; i < 70; i++) await analyze(`550 5.1.1 <a${i}@example.net> user unknown`, { lang: 'en' });
    const filler = 'The message could not be delivered to the following recipients, and this line is long enough.\n'.repeat(400);
    const message = HEAD + '\n' + filler + addressLines(MAX_RECIPIENTS) + 'Reason: the mailbox is full.\n';
    scans = 0;
    const results = await analyze(new TextEncoder().encode(message), { lang: 'en' });
    assert.equal(results.length, MAX_RECIPIENTS);
    assert.ok(results.every((r) => r.reason === 'mailboxfull'), 'every recipient gets the notice\'s reason');
    // the old code scanned the whole notice once per recipient (500 scans of ~45 KB)
    assert.ok(scans >= 1 && scans <= 3, `${scans} scans of the whole notice`);
  } finally {
    matcher.scan = scan;
  }
});

/** htmlToText as it was: regular expressions that searched for the next ">" again from every "<". */
function regexHtmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[^<]*<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/(?:p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]{0,2000}>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&').replace(/[ \t]+/g, ' ');
}

test('htmlToText gives what its regular expressions gave, on small random HTML', () => {
  const atoms = ['<', '>', '/', 'script', 'SCRIPT', 'Style', 'style', 'scripts', ' ', 'x', '</script>', '</STYLE>', '<br>', '<br />',
    '</p>', '</H2>', '&lt;', '&amp;', 'a'.repeat(1999), 'b', '\n', '_', '1', 'é'];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let t = 0; t < 20_000; t++) {
    let html = '';
    for (let k = next(14); k > 0; k--) html += atoms[next(atoms.length)];
    assert.equal(htmlToText(html), regexHtmlToText(html), JSON.stringify(html.slice(0, 300)));
  }
});

/** tsx's loader, for a worker to import TypeScript as the tests do. */
const TSX = import.meta.resolve('tsx/esm/api');

/** Runs `body` (a module's text) in a worker thread and resolves with what it posts; the worker ends with the test. */
function inWorker(body: string, t: { after: (fn: () => unknown) => void }): Promise<unknown> {
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(body)}`));
  t.after(() => worker.terminate());
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

// The old steps took 12 s over 250 KB of "<script " and 16 s over 1 MB of "<", growing with the square
// of the size; these are 2 MB each (half of MAX_MESSAGE_BYTES) and now take milliseconds. Run in a
// worker, so that the test's timeout can end a run that never stops.
test('htmlToText over megabytes of "<" or "<script " without a ">"', { timeout: 15_000 }, async (t) => {
  const module = new URL('../src/message/html-to-text.ts', import.meta.url).href;
  const answer = await inWorker(`
    import { parentPort } from 'node:worker_threads';
    const { register } = await import(${JSON.stringify(TSX)});
    register();
    const { htmlToText } = await import(${JSON.stringify(module)});
    const same = ['<', '<script ', '<style x', '<!--<a '].map((unit) => {
      const html = unit.repeat(Math.ceil(2_000_000 / unit.length));
      return htmlToText(html) === html.replace(/[ \\t]+/g, ' ');
    });
    const tags = htmlToText('<p class="x">a</p>'.repeat(200_000)) === ' a\\n'.repeat(200_000);
    parentPort.postMessage([...same, tags]);
  `, t);
  assert.deepEqual(answer, [true, true, true, true, true]);
});

test('a feedback report naming thousands of complaining recipients gives MAX_RECIPIENTS results', async () => {
  const rcpts = Array.from({ length: 3 * MAX_RECIPIENTS }, (_, i) => `Original-Rcpt-To: u${i}@example.net\n`).join('');
  const report = 'From: abuse@isp.example\nTo: sender@example.org\nSubject: complaint\nMIME-Version: 1.0\n' +
    'Content-Type: multipart/report; report-type=feedback-report; boundary="B"\n\n--B\nContent-Type: text/plain\n\nA complaint.\n' +
    `--B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\n${rcpts}\n--B--\n`;
  const results = await analyze(new TextEncoder().encode(report), { lang: 'en' });
  assert.equal(results.length, MAX_RECIPIENTS + 1, 'and one that says the others were not read');
  assert.ok(results.slice(0, -1).every((r) => r.reason === 'feedback'));
  assert.match(results.at(-1)!.error!, /more than 500 recipients/);
  assert.equal(results[0]!.recipient, 'u0@example.net');
});

test('foldSpacePrefix is foldSpace(text).slice(0, max)', () => {
  const atoms = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2028', '\u3000', '\u0085', 'a', 'bc', 'é', '\u0001', 'x'.repeat(7)];
  let seed = 11;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
  for (let t = 0; t < 20_000; t++) {
    let text = '';
    for (let k = next(12); k > 0; k--) text += atoms[next(atoms.length)];
    const max = next(12);
    assert.equal(foldSpacePrefix(text, max), foldSpace(text).slice(0, max), JSON.stringify([text, max]));
  }
});

test('recipients of a family notice that share one long text: it is folded and searched for codes once, not once each', async () => {
  // Gmail's old notice: every listed recipient gets the one technical details text
  const details = 'Google tried to deliver your message, but it was rejected by the server.\n'.repeat(3000);
  const message = 'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: sender@example.org\n' +
    'Subject: Delivery Status Notification (Failure)\n\nDelivery to the following recipient failed permanently:\n\n' +
    Array.from({ length: 400 }, (_, i) => `     u${i}@example.net\n`).join('') + '\nTechnical details of permanent failure:\n' + details;
  // characters the white-space folding and the reply-code searches go over, counted at the RegExp methods
  let folded = 0;
  let searched = 0;
  const replace = RegExp.prototype[Symbol.replace];
  const matchAll = RegExp.prototype[Symbol.matchAll];
  RegExp.prototype[Symbol.replace] = function (this: RegExp, text: string, by: never) {
    if (this.source === '\\s+') folded += String(text).length;
    return replace.call(this, text, by);
  } as typeof replace;
  RegExp.prototype[Symbol.matchAll] = function (this: RegExp, text: string) {
    if (this.source.includes('[245][0-5]')) searched += String(text).length;
    return matchAll.call(this, text);
  };
  let results;
  try {
    results = await analyze(new TextEncoder().encode(message), { lang: 'en' });
  } finally {
    RegExp.prototype[Symbol.replace] = replace;
    RegExp.prototype[Symbol.matchAll] = matchAll;
  }
  assert.equal(results.length, 400);
  assert.ok(results[0]!.evidence.some((e) => e.rule === 'decoder:gmail'));
  // the old code folded and searched the ~220 KB details for each of the 400 recipients (~90 M characters each)
  assert.ok(folded < 20 * details.length, `${folded} characters folded`);
  assert.ok(searched < 20 * details.length, `${searched} characters searched for a reply code`);
});

test('an mbox line that comes in many chunks before its end is joined once, not at every chunk', () => {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const chunks = 48;
  let joined = 0;
  const concat = Buffer.concat;
  Buffer.concat = function (list: readonly Uint8Array[], length?: number) {
    const out = concat.call(Buffer, list, length);
    joined += out.length;
    return out;
  } as typeof Buffer.concat;
  let messages;
  try {
    const splitter = new MboxSplitter();
    splitter.push(Buffer.from('From a@example.net Mon Jan  1 00:00:00 2024\nSubject: x\n\n'));
    for (let i = 0; i < chunks; i++) splitter.push(chunk);
    splitter.push(Buffer.from('\nend\n'));
    messages = splitter.end();
  } finally {
    Buffer.concat = concat;
  }
  assert.equal(messages.length, 1);
  assert.ok(Buffer.from(messages[0]!.bytes).toString('latin1').endsWith('a'.repeat(100) + '\nend\n'));
  // the old code joined the line so far with every new chunk: 48 chunks of 64 KB copied 77 MB
  assert.ok(joined < 3 * chunks * chunk.length + 8 * 1024 * 1024, `${joined} bytes joined`);
});
