// The quick path of the CLI (src/cli/quick-explain.ts) writes what the general command writes, byte
// for byte, and leaves every other command line to it without writing anything.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { explainCommand } from '../src/cli/commands/explain.js';
import type { CliIo } from '../src/cli/io.js';
import { parseCliArgs } from '../src/cli/args.js';
import { quickCandidate } from '../src/cli/quick-check.js';
import { quickExplain } from '../src/cli/quick-explain.js';
import { quickLocale } from '../src/cli/quick-locale.js';
import { runCli } from './mailbox-helpers.js';
import { Capture, tempDir } from './mailbox-helpers.js';
import { prng } from './prng.js';

const TEXTS = [
  '550', '421', '5.1.1', '550 5.1.1', '4.7.650', '999', '101',
  '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  '421 4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.',
  '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
  'Mar  1 10:00:00 mx postfix/smtp[123]: ABCDEF: to=<user@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
  'Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>... User unknown',
  'Sua mensagem não pôde ser entregue: caixa postal cheia',
  // a notice that names no cause: the advice asks for the technical details below it
  "Your message wasn't delivered to ana@example.com.", 'Sua mensagem não foi entregue a ana@example.com.',
  '250 2.0.0 OK', 'x'.repeat(5000), `550 ${'a'.repeat(300)}`, 'mailbox full. see example.com/help',
];

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function fakeIo(env: NodeJS.ProcessEnv, stdoutTTY: boolean): { io: CliIo; stdout: Capture; stderr: Capture } {
  const stdout = new Capture(stdoutTTY);
  const stderr = new Capture(false);
  const stdin = new PassThrough();
  stdin.end('');
  return { io: { stdout, stderr, stdin, env }, stdout, stderr };
}

async function both(argv: string[], env: NodeJS.ProcessEnv = { LANG: 'C' }, stdoutTTY = false): Promise<{ quick: Outcome; general: Outcome }> {
  const q = fakeIo(env, stdoutTTY);
  const quickCode = await quickExplain(argv, q.io);
  const g = fakeIo(env, stdoutTTY);
  const generalCode = await explainCommand(argv, g.io);
  return {
    quick: { code: quickCode, stdout: q.stdout.text, stderr: q.stderr.text },
    general: { code: generalCode, stdout: g.stdout.text, stderr: g.stderr.text },
  };
}

test('one text at a time, every quick format and language: the same bytes as the general command', async () => {
  for (const text of TEXTS) {
    for (const argv of [[text], ['--lang', 'en', text], ['-f', 'json', text], ['--format=ndjson', '-l', 'pt', text]]) {
      const { quick, general } = await both(argv);
      // (a code no reply can have, alone, is explained with exit 2, as codes 999)
      assert.equal(quick.code, text === '999' ? 2 : 0, `quick path taken: ${argv.join(' ').slice(0, 120)}`);
      assert.deepEqual(quick, general, argv.join(' ').slice(0, 120));
    }
  }
});

test('several texts, the language from the environment, colours as the terminal and NO_COLOR / FORCE_COLOR say', async () => {
  const cases: [string[], NodeJS.ProcessEnv, boolean][] = [
    [TEXTS, { LANG: 'en_US.UTF-8' }, false],
    [['--format', 'json', ...TEXTS.slice(0, 6)], { LC_ALL: 'pt_BR.UTF-8' }, false],
    [['--format', 'ndjson', ...TEXTS.slice(5, 12)], {}, false],
    [TEXTS.slice(0, 8), { TERM: 'xterm' }, true],
    [TEXTS.slice(0, 8), { TERM: 'dumb' }, true],
    [TEXTS.slice(0, 8), { NO_COLOR: '1' }, true],
    [TEXTS.slice(0, 8), { FORCE_COLOR: '1' }, false],
  ];
  for (const [argv, env, tty] of cases) {
    const { quick, general } = await both(argv, env, tty);
    assert.equal(quick.code, 0);
    assert.deepEqual(quick, general, JSON.stringify({ env, tty }));
  }
});

test('anything else is left to the general command, with nothing written', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, '550'), '550 5.1.1 User unknown\n');
  const cwd = process.cwd();
  // (a sending service's events on one line are read as events, one result each)
  const lines = ['-', 'bounces/missing.eml', 'missing.mbox', '550-5.1.1 first\n550 5.1.1 second', dir, '[{"email": "ana@example.com", "event": "bounce", "reason": "550 5.1.1 User unknown"}]'];
  const options = [['--summary'], ['--format', 'csv'], ['--format', 'html'], ['--help'], ['--version'], ['--lang', 'fr'], ['--format', 'xml'], ['--nope']];
  try {
    process.chdir(dir); // "550" now names a file
    for (const argv of [...lines.map((l) => ['550 5.1.1', l]), ...options.map((o) => [...o, '550 5.1.1']), ['550'], []]) {
      const q = fakeIo({ LANG: 'C' }, false);
      assert.equal(await quickExplain(argv, q.io), null, JSON.stringify(argv));
      assert.equal(q.stdout.text + q.stderr.text, '', JSON.stringify(argv));
    }
  } finally {
    process.chdir(cwd);
  }
});

test('quickCandidate: a quick look at the words, no to anything the quick path would not take', () => {
  for (const argv of [['550'], ['550 5.1.1 User unknown'], ['-l', 'en', '5.1.1'], ['--format', 'json', '421', '452'], ['--lang=en', '--format=ndjson', '550'], ['550 see https://example.com/x']]) {
    assert.equal(quickCandidate(argv), true, JSON.stringify(argv));
  }
  for (const argv of [[], ['-'], ['box.mbox'], ['bounces/'], ['C:\\mail'], ['--summary', '550'], ['--format', 'csv', '550'], ['--format=html', '550'],
    ['-f'], ['--lang'], ['550\n'], ['--', '550'], ['-h'], ['--lang', 'en'], ['codes'], ['serve', '550']]) {
    assert.equal(quickCandidate(argv), false, JSON.stringify(argv));
  }
});

const MAIN = join(import.meta.dirname, '..', 'dist', 'cli', 'main.cjs');

test('the built CLI: the same bytes through the quick path as through the general command', { skip: existsSync(MAIN) ? false : `${MAIN} is missing (run npm run build)` }, () => {
  // each language has its own bundle: from the environment, from --lang, the last --lang winning
  for (const LANG of ['en_US.UTF-8', 'pt_BR.UTF-8', 'C']) {
    const env = { PATH: process.env.PATH, LANG };
    const cli = (args: string[]) => spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env });
    for (const args of [['550'], ['--format', 'json', '550 5.1.1 <user@example.com>: User unknown', '421'], ['--lang', 'en', '5.7.26'], ['-l', 'pt', '--lang=en', '421 4.7.0 Try again later']]) {
      const quick = cli(args);
      // "--jobs 0" is no option of the quick path: the general command answers
      const general = cli(['--jobs', '0', ...args]);
      assert.equal(quick.status, 0);
      assert.deepEqual([quick.status, quick.stdout, quick.stderr], [general.status, general.stdout, general.stderr], `LANG=${LANG} ${args.join(' ')}`);
    }
  }
});

test('the entry point reads the language of a command line as parseCliArgs does', () => {
  const envs = [{}, { LANG: 'en_US.UTF-8' }, { LANG: 'pt_BR.UTF-8' }, { LC_ALL: 'en_GB', LANG: 'pt_BR' }, { LC_MESSAGES: 'pt', LANG: 'en' }, { LANG: 'de_DE' }];
  const lines = [['550'], ['--lang', 'en', '550'], ['-l', 'pt-BR', '550'], ['--lang=en', '-l', 'pt', '550'], ['--lang', 'PT', '550'], ['550', '--lang', 'en']];
  for (const env of envs) {
    for (const argv of lines) assert.equal(quickLocale(argv, env), parseCliArgs([...argv], env).lang, `${JSON.stringify(env)} ${argv.join(' ')}`);
  }
  // an unknown language is left to the general command, which says so
  assert.equal(quickLocale(['--lang', 'fr', '550'], {}), null);
});

test("a language's quick-path bundle takes no command line of the other language (the general command answers it)", { skip: existsSync(MAIN) ? false : `${MAIN} is missing (run npm run build)` }, () => {
  const probe = `const { loadBundle } = require(${JSON.stringify(join(dirname(MAIN), 'load-bundle.cjs'))});
const sink = { write: () => true, isTTY: false };
const io = { stdout: sink, stderr: sink, stdin: null, env: { LANG: 'C' } };
(async () => {
  const out = [];
  for (const [bundle, lang] of [['pt-BR', 'en'], ['en', 'pt-BR'], ['pt-BR', 'pt-BR'], ['en', 'en']]) {
    out.push(await loadBundle(${JSON.stringify(dirname(MAIN))}, 'quick-explain.' + bundle).module.quickExplain(['--lang', lang, '550'], io));
  }
  process.stdout.write(JSON.stringify(out));
})();`;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.equal(r.stdout, '[null,null,0,0]', r.stderr);
});

test('the built bundles are loaded with their code caches, which V8 accepts', { skip: existsSync(MAIN) ? false : `${MAIN} is missing (run npm run build)` }, () => {
  // run in a child: the cache is made without test-runner flags, and V8 rejects a cache made under other flags
  const probe = `const { loadBundle } = require(${JSON.stringify(join(dirname(MAIN), 'load-bundle.cjs'))}); const q = loadBundle(${JSON.stringify(dirname(MAIN))}, 'quick-explain.pt-BR'); const e = loadBundle(${JSON.stringify(dirname(MAIN))}, 'quick-explain.en'); const c = loadBundle(${JSON.stringify(dirname(MAIN))}, 'cli'); process.stdout.write([q.cache, typeof q.module.quickExplain, e.cache, typeof e.module.quickExplain, c.cache, typeof c.module.run].join(' '));`;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.equal(r.stdout, 'used function used function used function', r.stderr);
});

test('a damaged code cache is rejected by its checksum (without the check V8 stops the process): the bundle is compiled instead', { skip: existsSync(MAIN) ? false : `${MAIN} is missing (run npm run build)` }, () => {
  // beside dist/cli, so that the bundle's require() finds node_modules
  const from = dirname(MAIN);
  const dir = mkdtempSync(join(from, '..', 'cache-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  for (const f of ['load-bundle.cjs', 'quick-explain.en.cjs']) copyFileSync(join(from, f), join(dir, f));
  const cache = readFileSync(join(from, 'quick-explain.en.cache'));
  const random = prng(7);
  for (let i = 0; i < 2000; i++) {
    const at = 64 + Math.floor(random() * (cache.length - 64));
    cache[at] = cache[at]! ^ 0xff;
  }
  writeFileSync(join(dir, 'quick-explain.en.cache'), cache);
  const probe = `const { loadBundle } = require(${JSON.stringify(join(dir, 'load-bundle.cjs'))}); const q = loadBundle(${JSON.stringify(dir)}, 'quick-explain.en'); process.stdout.write(q.cache + ' ' + typeof q.module.quickExplain);`;
  const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  assert.equal(r.stdout, 'rejected function', r.stderr.slice(0, 300));
});

test("the quick path's modules do not reach the message reader: it would be loaded, and paid for, at every start", () => {
  const root = join(dirname(new URL(import.meta.url).pathname), '..', 'src');
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    // static imports only (type-only imports vanish from the bundle)
    for (const m of readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*? from '(\.[^']+)\.js';/gm)) visit(join(dirname(file), `${m[1]}.ts`));
  };
  visit(join(root, 'cli', 'quick-explain.ts'));
  const reached = [...seen].map((f) => f.slice(root.length + 1));
  assert.ok(reached.includes('explain-text.ts'), 'the walk follows the imports');
  for (const heavy of ['analyze.ts', 'message/read-message.ts', 'message/analyze-message.ts']) assert.ok(!reached.includes(heavy), `${heavy} is reached`);
});

test('a reply typed without quotes is one reply; several codes alone stay several inputs', async () => {
  const { joinUnquotedReply } = await import('../src/cli/unquoted-reply.js');
  const text = () => true;
  assert.deepEqual(joinUnquotedReply(['550', '5.1.1', 'User', 'unknown'], text), ['550 5.1.1 User unknown']);
  assert.deepEqual(joinUnquotedReply(['550', '421', '5.7.26'], text), ['550', '421', '5.7.26']);
  assert.deepEqual(joinUnquotedReply(['421', '4.7.0'], text), ['421 4.7.0'], 'a code and its enhanced code');
  assert.deepEqual(joinUnquotedReply(['550-5.1.1', 'The', 'email', 'account'], text), ['550-5.1.1 The email account']);
  assert.deepEqual(joinUnquotedReply(['hello', 'world'], text), ['hello', 'world'], 'no reply code first');
  // words without a code are one reply when, joined, they say something known; else they stay apart
  const known = (t: string) => t === 'mailbox is full';
  assert.deepEqual(joinUnquotedReply(['mailbox', 'is', 'full'], text, known), ['mailbox is full']);
  assert.deepEqual(joinUnquotedReply(['Bouncse', 'Maildir'], text, known), ['Bouncse', 'Maildir'], 'two mistyped folders');
  assert.deepEqual(joinUnquotedReply(['mailbox', 'is', 'full'], (a) => a !== 'full', known), ['mailbox', 'is', 'full'], 'a file among them');
  assert.deepEqual(joinUnquotedReply(['550', '421 4.7.0 Try again later'], text), ['550', '421 4.7.0 Try again later'], 'quoted inputs');
  assert.deepEqual(joinUnquotedReply(['550', 'bounce.eml'], (a) => a !== 'bounce.eml'), ['550', 'bounce.eml'], 'a file among them');
  const r = await runCli(['--format', 'ndjson', '550', '5.1.1', 'User', 'unknown']);
  const lines = r.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  assert.equal((JSON.parse(lines[0]!) as { reason: string }).reason, 'userunknown');
  // words typed without quotes and without a code: one reply, the same on the quick path and the general one
  const { quick, general } = await both(['--format', 'ndjson', 'mailbox', 'is', 'full']);
  for (const out of [quick, general]) {
    const got = out.stdout.trim().split('\n');
    assert.equal(got.length, 1, 'one reply typed without quotes');
    assert.equal((JSON.parse(got[0]!) as { reason: string }).reason, 'mailboxfull');
  }
});
