// The streaming mbox splitter: separators, >From unquoting, chunk boundaries, line ends, the size cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeInput, splitMbox, splitMboxBytes } from '../src/analyze-input.js';
import { looksLikeMbox, MboxSplitter, readMbox } from '../src/mailbox/mbox.js';
import { blankLineEndsAt, isSeparatorLine } from '../src/mbox-separator.js';
import { mbox, plainMessage, runCli, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';

const SEP = 'From MAILER-DAEMON Mon Jan  1 10:00:00 2024';

function split(text: string | Buffer, chunkSize = 1 << 20, cap?: number): { index: number; text: string; truncated: boolean }[] {
  const s = new MboxSplitter(cap);
  const buf = Buffer.isBuffer(text) ? text : Buffer.from(text);
  const out = [];
  for (let i = 0; i < buf.length; i += chunkSize) out.push(...s.push(buf.subarray(i, i + chunkSize)));
  out.push(...s.end());
  return out.map((m) => ({ index: m.index, text: Buffer.from(m.bytes).toString('utf8'), truncated: m.truncated }));
}

test('separator lines need "From ", an address and a date', () => {
  assert.ok(isSeparatorLine(SEP));
  assert.ok(isSeparatorLine('From - Thu Jan 04 09:12:44 2024'));
  assert.ok(isSeparatorLine('From ana@example.com Sat Jan  3 01:05:34 1996'));
  assert.ok(!isSeparatorLine('From the team, with love'));
  assert.ok(!isSeparatorLine('From: ana@example.com'));
  assert.ok(!isSeparatorLine('>From ana@example.com Sat Jan  3 01:05:34 1996'));
  assert.ok(looksLikeMbox(Buffer.from(`${SEP}\nFrom: a@example.com\n`)));
  assert.ok(looksLikeMbox(Buffer.from(`\uFEFF${SEP}\r\nFrom: a@example.com\r\n`)), 'a BOM and CRLF are fine');
  assert.ok(!looksLikeMbox(Buffer.from('From: a@example.com\nTo: b@example.com\n')));
  assert.ok(!looksLikeMbox(Buffer.from('550 5.1.1 user unknown')));
});

test('cuts at separators after a blank line and drops the separator line', () => {
  const msgs = split(`${SEP}\nSubject: one\n\nbody one\n\n${SEP}\nSubject: two\n\nbody two\n`);
  assert.equal(msgs.length, 2);
  assert.deepEqual(msgs.map((m) => m.index), [1, 2]);
  assert.equal(msgs[0]!.text, 'Subject: one\n\nbody one\n\n');
  assert.equal(msgs[1]!.text, 'Subject: two\n\nbody two\n');
});

test('a separator-like line without a blank line before it stays in the body', () => {
  const msgs = split(`${SEP}\nSubject: one\n\nbody\n${SEP}\nstill one\n`);
  assert.equal(msgs.length, 1);
  assert.match(msgs[0]!.text, /body\nFrom MAILER-DAEMON/);
});

test('mboxrd unquoting: one ">" comes off >From lines, other ">" lines stay', () => {
  const msgs = split(`${SEP}\nSubject: q\n\n>From the archive, 2023\n>>From deeper 10:00\n> From with a space\n>Fromage\nend\n`);
  assert.equal(msgs.length, 1);
  assert.equal(msgs[0]!.text, 'Subject: q\n\nFrom the archive, 2023\n>From deeper 10:00\n> From with a space\n>Fromage\nend\n');
});

test('round trip: messages quoted by the helper come back byte for byte', () => {
  const originals = [
    userUnknown('ana@example.com', { bodyLine: 'From the postmaster, 2024 10:00' }),
    plainMessage(1).replace('Just saying hello.', '>From a quoted quote 10:00'),
    userUnknown('bia@example.com'),
  ];
  const box = mbox(originals);
  for (const chunk of [1, 7, 64, 1 << 20]) {
    const msgs = split(box, chunk);
    assert.equal(msgs.length, 3, `chunk size ${chunk}`);
    // the helper adds one blank line after each message, which stays with the message
    msgs.forEach((m, i) => assert.equal(m.text.replace(/\n$/, ''), originals[i], `chunk size ${chunk}, message ${i + 1}`));
  }
});

test('CRLF mailboxes split the same way', () => {
  const msgs = split(`${SEP}\r\nSubject: one\r\n\r\nbody\r\n\r\n${SEP}\r\nSubject: two\r\n\r\n>From x 10:00\r\n`);
  assert.equal(msgs.length, 2);
  assert.equal(msgs[1]!.text, 'Subject: two\r\n\r\nFrom x 10:00\r\n');
});

test('the last line may lack a line end; an empty input gives nothing', () => {
  const msgs = split(`${SEP}\nSubject: one\n\n>From the end 10:00`);
  assert.equal(msgs.length, 1);
  assert.equal(msgs[0]!.text, 'Subject: one\n\nFrom the end 10:00');
  assert.deepEqual(split(''), []);
  const trailing = split(`${SEP}\nSubject: one\n\nx\n\n${SEP}`);
  assert.deepEqual(trailing.map((m) => m.text), ['Subject: one\n\nx\n\n'], 'a separator at the very end, without its line end, starts no message');
});

test('messages longer than the cap are cut and flagged; the next message is intact', () => {
  const big = 'x'.repeat(5000);
  const msgs = split(`${SEP}\nSubject: big\n\n${big}\n\n${SEP}\nSubject: small\n\nok\n`, 100, 1000);
  assert.equal(msgs.length, 2);
  assert.equal(msgs[0]!.text.length, 1000);
  assert.equal(msgs[0]!.truncated, true);
  assert.equal(msgs[1]!.text, 'Subject: small\n\nok\n');
  assert.equal(msgs[1]!.truncated, false);
});

test('readMbox marks the last message', async () => {
  async function* chunks() {
    yield Buffer.from(`${SEP}\nSubject: a\n\n`);
    yield `x\n\n${SEP}\nSubject: b\n\ny\n`;
  }
  const got = [];
  for await (const m of readMbox(chunks())) got.push([m.index, m.last]);
  assert.deepEqual(got, [[1, false], [2, true]]);
});

/** The rules, line by line, on a whole string: what the streaming splitter must agree with. */
function reference(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  let cur: string[] | null = null;
  let prevBlank = true;
  for (const line of lines) {
    const bare = line.replace(/\r?\n$/, '');
    if (prevBlank && isSeparatorLine(bare)) {
      if (cur) out.push(cur.join(''));
      // (the last line, without its end: nothing follows it, no message)
      cur = line.endsWith('\n') ? [] : null;
    } else if (cur) {
      cur.push(/^>+From /.test(line) ? line.slice(1) : line);
    }
    prevBlank = bare === '' || bare === '\r';
  }
  if (cur) out.push(cur.join(''));
  return out;
}

test('random mailboxes: the streaming splitter agrees with the line-by-line rules at any chunk size', () => {
  let seed = 42;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['', '\r', 'Subject: x', 'From x 10:00', '>From y 2024', '>>From z', 'From the team', '> quoted', 'body text', 'From: a@example.com'];
  for (let round = 0; round < 200; round++) {
    const eol = rnd(4) === 0 ? '\r\n' : '\n';
    const lines = [SEP];
    for (let i = rnd(40); i > 0; i--) lines.push(pieces[rnd(pieces.length)]!);
    const text = lines.join(eol) + (rnd(3) ? eol : '');
    const expected = reference(text);
    for (const chunk of [1, 3, 16, 1000]) {
      assert.deepEqual(split(text, chunk).map((m) => m.text), expected, `round ${round}, chunk ${chunk}: ${JSON.stringify(text)}`);
    }
  }
});

test("random mailboxes: the library's, page's and API's splitter (text and bytes) cuts where the CLI's streaming one does", () => {
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  // separator-like lines with and without a date, quoted ones, blank and near-blank lines
  const pieces = ['', '', '\r', ' ', 'Subject: x', 'From x 10:00', 'From y 1999', 'From z 2124', 'From w 2024', 'From v 7:05', 'From u 3:5', 'From  a 10:00', 'From\tb 2024',
    '>From y 2024', 'From the team', 'From: a@example.com', 'body 12:30', 'From - Thu Jan 04 09:12:44 2024'];
  for (let round = 0; round < 300; round++) {
    const eol = rnd(3) === 0 ? '\r\n' : '\n';
    const lines = [SEP];
    for (let i = 1 + rnd(30); i > 0; i--) lines.push(pieces[rnd(pieces.length)]!);
    const text = lines.join(eol) + (rnd(3) ? eol : '');
    const streamed = split(text, 1 + rnd(20)).map((m) => m.text);
    // the library splits two messages or more; a separator on a last line without its end starts none in either
    const expected = streamed.length < 2 ? null : streamed;
    assert.deepEqual(splitMbox(text), expected, JSON.stringify(text));
    assert.deepEqual(splitMboxBytes(Buffer.from(text))?.map((b) => Buffer.from(b).toString('utf8')) ?? null, expected, JSON.stringify(text));
  }
  // the rule itself: a blank line is empty or a lone CR
  const at = (s: string) => (i: number) => s.charCodeAt(i);
  assert.deepEqual(['a\n\n', 'a\r\n\r\n', 'a\n \n', 'a\nb\n'].map((s) => blankLineEndsAt(s.length - 1, at(s))), [true, true, false, false]);
});

test('blank or whitespace-only lines before the first separator: an mbox still, split the same at any chunk size; the CLI and the library read its 3 messages', async () => {
  const box = mbox([userUnknown('ana@example.com'), plainMessage(2), userUnknown('caio@example.com')]);
  const plain = split(box);
  assert.equal(plain.length, 3);
  for (const lead of ['\n', '\r\n', '  \n\t\n', '\n\n \r\n']) {
    assert.ok(looksLikeMbox(Buffer.from(lead + box)), JSON.stringify(lead));
    for (const chunk of [1, 2, 7, 1 << 20]) assert.deepEqual(split(lead + box, chunk), plain, `${JSON.stringify(lead)} in chunks of ${chunk}`);
    assert.equal(splitMbox(lead + box)?.length, 3);
    assert.equal(splitMboxBytes(Buffer.from(lead + box))?.length, 3);
    const { messages, results } = await analyzeInput(lead + box, { lang: 'en', file: 'box.mbox' });
    assert.equal(messages, 3);
    assert.deepEqual(results.map((r) => r.file), ['box.mbox#1', 'box.mbox#2', 'box.mbox#3']);
  }
  // blank lines before a message that is no mbox: still one message
  assert.ok(!looksLikeMbox(Buffer.from('\n\nFrom: a@example.com\nTo: b@example.com\n')));
  assert.equal(splitMbox('\n\nFrom: a@example.com\n\nbody\n'), null);
  // the CLI: a file and standard input
  const dir = tempDir();
  writeTree(dir, { 'x.mbox': `\n${box}` });
  for (const args of [[join(dir, 'x.mbox')], ['-']]) {
    const run = await runCli([...args, '--format', 'ndjson', '--lang', 'en'], { stdin: `\n${box}` });
    assert.match(run.stderr, /3 messages read/);
  }
});

test('a "From " separator on the last line, without its line end, is no message: the CLI (a file, standard input) and the library give the messages before it, no "empty message" error', async () => {
  const dir = tempDir();
  const two = `${mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com')])}${SEP}`;
  const one = `${mbox([userUnknown('caio@example.com')])}${SEP}`;
  writeTree(dir, { 'two.mbox': two, 'one.mbox': one });
  for (const [name, text, files] of [['two.mbox', two, ['two.mbox#1', 'two.mbox#2']], ['one.mbox', one, ['one.mbox']]] as const) {
    for (const args of [[join(dir, name)], ['-']]) {
      const run = await runCli([...args, '--format', 'ndjson', '--lang', 'en'], { stdin: text });
      const results = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string | null; recipient: string | null; error: string | null });
      const label = args[0] === '-' ? '<stdin>' : join(dir, name);
      assert.deepEqual(results.map((r) => [r.file, r.error]), files.map((f) => [f.replace(name, label), null]), `${name} ${args[0]}`);
    }
    const library = await analyzeInput(text, { lang: 'en', file: name });
    assert.deepEqual(library.results.map((r) => [r.file, r.error]), files.map((f) => [f, null]));
  }
});
