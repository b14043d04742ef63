// The built CLI (dist/cli/main.cjs, made by `npm test`'s build step) run as a real process: worker
// threads on a real mbox, pipes, exit codes. Skipped, with a message, when dist is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_MESSAGE_BYTES } from '../src/message/limits.js';
import { mbox, mailboxFull, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';

const MAIN = fileURLToPath(new URL('../dist/cli/main.cjs', import.meta.url));
const skip = existsSync(MAIN) ? false : `spawned CLI tests skipped: ${MAIN} is missing (run npm run build)`;
if (skip) process.stdout.write(`# ${skip}\n`);

function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [MAIN, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26, env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('a 200-message mbox through worker threads: all results, in order, as without threads', { skip }, () => {
  const dir = tempDir();
  const messages = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? mailboxFull(`m${i}@example.com`) : userUnknown(`m${i}@example.com`)));
  writeTree(dir, { 'big.mbox': mbox(messages) });
  const path = join(dir, 'big.mbox');
  const r = cli(['--format', 'ndjson', '--jobs', '2', path]);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { recipient: string; file: string });
  assert.equal(lines.length, 200);
  assert.deepEqual(lines.map((l) => l.recipient), messages.map((_, i) => `m${i}@example.com`));
  assert.deepEqual(lines.map((l) => l.file), messages.map((_, i) => `${path}#${i + 1}`));
  assert.match(r.stderr, /^smtp-explain: 200 messages read, all with a result; 200 results written: 200 bounces, 0 not bounces, 0 unreadable\.\n$/);
  const inline = cli(['--format', 'ndjson', '--jobs', '0', path]);
  assert.equal(r.stdout, inline.stdout);
});

test('an mbox larger than MAX_MESSAGE_BYTES is streamed, every message read', { skip }, () => {
  const dir = tempDir();
  const messages = Array.from({ length: 4500 }, (_, i) => userUnknown(`s${i}@example.com`));
  writeTree(dir, { 'large.mbox': mbox(messages) });
  const r = cli(['--format', 'ndjson', '--lang', 'en', join(dir, 'large.mbox')]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(statSync(join(dir, 'large.mbox')).size > MAX_MESSAGE_BYTES);
  assert.match(r.stderr, /^smtp-explain: 4,500 messages read, all with a result; 4,500 results written: 4,500 bounces/);
  assert.equal(r.stdout.trimEnd().split('\n').length, 4500);
});

test('no input named: a pipe or a redirected file on standard input is read; /dev/null is an empty input, as an empty pipe', { skip }, () => {
  const dir = tempDir();
  writeTree(dir, { 'one.eml': userUnknown('ana@example.com') });
  const file = join(dir, 'one.eml');
  const sh = (command: string) => spawnSync('sh', ['-c', command, process.execPath], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8', MAIN, FILE: file } });
  const dash = sh('"$0" "$MAIN" --format ndjson - < "$FILE"').stdout;
  for (const command of ['cat "$FILE" | "$0" "$MAIN" --format ndjson', '"$0" "$MAIN" --format ndjson < "$FILE"']) {
    const r = sh(command);
    assert.equal(r.status, 0, `${command}: ${r.stderr}`);
    const [result] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { recipient: string; reason: string });
    assert.deepEqual([result!.recipient, result!.reason], ['ana@example.com', 'userunknown'], command);
    assert.equal(r.stdout, dash, command);
  }
  // (a cron job's standard input): nothing to explain, exit 0, what an empty pipe gives
  const none = sh('"$0" "$MAIN" --format ndjson < /dev/null');
  const emptyPipe = sh('printf "" | "$0" "$MAIN" --format ndjson');
  assert.equal(none.status, 0, none.stderr);
  assert.deepEqual([none.stdout, none.stderr], [emptyPipe.stdout, emptyPipe.stderr]);
  assert.equal((JSON.parse(none.stdout) as { summary: string }).summary, 'The input was empty: nothing to explain.');
});

test('the built bundles call no import(): they run as vm scripts, where import() has no loader', { skip }, () => {
  for (const name of ['cli.cjs', 'quick-explain.pt-BR.cjs', 'quick-explain.en.cjs']) {
    const code = readFileSync(join(dirname(MAIN), name), 'utf8');
    // esbuild writes a kept import() of a package or node module as import("name")
    assert.doesNotMatch(code, /\bimport\("/, name);
  }
});

test('stdin through a pipe, csv out; exit codes 0, 1 and 2', { skip }, () => {
  const box = mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com')]);
  const ok = cli(['--format', 'csv', '-'], box);
  assert.equal(ok.status, 0);
  assert.deepEqual(ok.stdout.split('\r\n').slice(0, 3).map((l) => l.split(',')[0]), ['Recipient', 'ana@example.com', 'bia@example.com']);

  const missing = cli(['--format', 'ndjson', 'no/such/bounce.eml']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read no\/such\/bounce\.eml: no such file or folder/);

  const usage = cli(['--format', 'pdf', '550']);
  assert.equal(usage.status, 2);
  assert.match(usage.stderr, /unknown format "pdf"/);
});

test("standard input from Node's child_process (a socket, not a FIFO) is read when no input is named, as a shell's pipe is", { skip }, () => {
  // spawnSync's `input` goes through a socket pair: it was left unread ("nothing to explain", exit 2)
  const r = spawnSync(process.execPath, [MAIN, '--format', 'ndjson', '--lang', 'en'], { input: userUnknown('ana@example.com'), encoding: 'utf8', env: { PATH: process.env.PATH } });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { recipient: string }).recipient), ['ana@example.com']);
});

test('output cut short by the reader (| head) is no error', { skip }, () => {
  const dir = tempDir();
  writeTree(dir, { 'b.mbox': mbox(Array.from({ length: 300 }, (_, i) => userUnknown(`h${i}@example.com`))) });
  const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${MAIN}" --jobs 0 --format ndjson "${join(dir, 'b.mbox')}" | head -n 1`], { encoding: 'utf8' });
  assert.equal(r.status, 0);
  assert.equal(r.stdout.trimEnd().split('\n').length, 1);
  assert.doesNotMatch(r.stderr, /EPIPE|Error/);
});

test('serve from the built CLI: the page, the API description and an explanation, on loopback', { skip }, async () => {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`no address in: ${seen}`)), 10_000);
      const look = (chunk: Buffer): void => {
        seen += chunk.toString();
        const m = /http:\/\/127\.0\.0\.1:\d+\//.exec(seen);
        if (m) { clearTimeout(timer); resolve(m[0]); }
      };
      child.stdout.on('data', look);
      child.stderr.on('data', look);
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${seen}`)));
    });
    const page = await fetch(url);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /^<!doctype html>/i);
    const spec = (await (await fetch(new URL('api/openapi.json', url))).json()) as { openapi: string };
    assert.match(spec.openapi, /^3\./);
    const answer = await fetch(new URL('api/explain', url), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550 5.1.1 user unknown' });
    const body = (await answer.json()) as { results: { reason: string }[] };
    assert.equal(body.results[0]!.reason, 'userunknown');
  } finally {
    child.kill();
  }
});

test('output that cannot be written (a full disk) is said in one line, in the user\'s language, exit 74, no stack trace', { skip: skip || (existsSync('/dev/full') ? false : 'no /dev/full here') }, () => {
  for (const [lang, line] of [
    ['en_US.UTF-8', 'smtp-explain: could not write the output: no space left on the disk (ENOSPC)\n'],
    ['pt_BR.UTF-8', 'smtp-explain: não foi possível escrever a saída: não há espaço livre no disco (ENOSPC)\n'],
  ] as const) {
    for (const args of [['550'], ['--format', 'ndjson', '550 5.1.1 <ana@example.com>: User unknown']]) {
      const r = spawnSync('/bin/sh', ['-c', `"${process.execPath}" "${MAIN}" ${args.map((a) => `'${a}'`).join(' ')} > /dev/full`], { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: lang } });
      assert.equal(r.status, 74, r.stderr);
      // Node's own English words ("no space left on device, write") are not shown
      assert.equal(r.stderr, line);
    }
  }
});

test('a log followed as it grows (tail -F mail.log | smtp-explain -): each failure is written when its line comes, not at the end of the input', { skip }, async () => {
  const { spawn } = await import('node:child_process');
  const line = (i: number) => `Nov 28 10:00:0${i} mail postfix/smtp[101]: 4AB${i}: to=<u${i}@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n`;
  const child = spawn(process.execPath, [MAIN, '--format', 'ndjson', '--lang', 'en', '-'], { env: { PATH: process.env.PATH } });
  let stdout = '';
  const waiters: (() => void)[] = [];
  child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; for (const w of waiters.splice(0)) w(); });
  const lines = () => stdout.split('\n').filter(Boolean).length;
  /** Resolves true once `n` results are written, false after 10 s (standard input still open all along). */
  const written = (n: number) => new Promise<boolean>((resolve) => {
    const check = (): void => { if (lines() >= n) resolve(true); else waiters.push(check); };
    setTimeout(() => resolve(lines() >= n), 10_000);
    check();
  });
  try {
    // what tail prints first, then one more line a while later
    child.stdin.write([0, 1, 2, 3, 4].map(line).join(''));
    assert.ok(await written(5), `the first lines' failures, with the input still open: ${lines()} of 5`);
    child.stdin.write(line(5));
    assert.ok(await written(6), `a later line's failure: ${lines()} of 6`);
  } finally {
    child.stdin.end();
    child.kill();
  }
  assert.deepEqual(stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { recipient: string }).recipient), [0, 1, 2, 3, 4, 5].map((i) => `u${i}@example.org`));
});

test('SIGTERM or Ctrl-C while standard input stays open (tail -f): the run ends at once, its JSON closed, exit 143 or 130', { skip }, async () => {
  const { spawn } = await import('node:child_process');
  for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
    const child = spawn(process.execPath, [MAIN, '--format', 'json', '-'], { env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    // one reply, and then the writer keeps standard input open
    child.stdin.write('550 5.1.1 <ana@example.com>: User unknown\n');
    await new Promise((resolve) => setTimeout(resolve, 700));
    const sent = Date.now();
    child.kill(signal);
    const status = await new Promise<number | string>((resolve) => {
      child.once('exit', (exitCode) => resolve(exitCode ?? 'killed'));
      setTimeout(() => resolve('still running'), 5000);
    });
    if (status === 'still running') child.kill('SIGKILL');
    assert.equal(status, code, `${signal}: ${stderr}`);
    assert.ok(Date.now() - sent < 3000, `${signal}: ended ${Date.now() - sent} ms after the signal`);
    assert.deepEqual(JSON.parse(stdout), [], 'the array is closed (the reply read so far was still waiting for the end of its input)');
    assert.match(stderr, /the run was interrupted/);
    child.stdin.destroy();
  }
});

test('SIGTERM while a named pipe has no writer yet, or its writer is quiet (<(tail -f mail.log)): the run ends at once, exit 143', { skip }, async () => {
  const { spawn, execFileSync } = await import('node:child_process');
  for (const writer of ['none', 'quiet'] as const) {
    const fifo = join(tempDir(), 'pipe');
    execFileSync('mkfifo', [fifo]);
    // a writer that opens the pipe and writes nothing
    const quiet = writer === 'quiet' ? spawn('sh', ['-c', `exec sleep 30 > '${fifo}'`]) : null;
    const child = spawn(process.execPath, [MAIN, '--format', 'json', fifo], { env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    await new Promise((resolve) => setTimeout(resolve, 700));
    const sent = Date.now();
    child.kill('SIGTERM');
    const status = await new Promise<number | string>((resolve) => {
      child.once('exit', (exitCode) => resolve(exitCode ?? 'killed'));
      setTimeout(() => resolve('still running'), 5000);
    });
    if (status === 'still running') child.kill('SIGKILL');
    quiet?.kill('SIGKILL');
    assert.equal(status, 143, `${writer}: ${stderr}`);
    assert.ok(Date.now() - sent < 3000, `${writer}: ended ${Date.now() - sent} ms after the signal`);
  }
});

test('a long run holds no result once written: 16,000 messages under a 32 MB heap (a leak of every result took 1.7 GB over a 1 GB mbox)', { skip }, () => {
  const dir = tempDir();
  const one = userUnknown('ana@example.com');
  writeTree(dir, { 'long.mbox': mbox(Array.from({ length: 16_000 }, () => one)) });
  const r = spawnSync(process.execPath, ['--max-old-space-size=32', MAIN, '--format', 'ndjson', join(dir, 'long.mbox')], {
    encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' },
  });
  assert.equal(r.status, 0, `exit ${r.status} ${r.signal ?? ''}: ${r.stderr.slice(-400)}`);
  assert.match(r.stderr, /16,000 messages read/);
});

test('files named in Latin-1 (no UTF-8), in a folder or given by name or by a glob, are read and named as Windows-1252 reads them', { skip: skip || (process.platform !== 'linux' && 'names of any bytes are a Linux thing') }, () => {
  const dir = tempDir();
  const latin1 = (name: string) => Buffer.concat([Buffer.from(`${dir}/`), Buffer.from(name, 'latin1')]);
  writeFileSync(latin1('relatório.eml'), userUnknown('ana@example.com'));
  writeFileSync(latin1('relatário.eml'), userUnknown('bia@example.com'));
  // Node's spawn writes its arguments as UTF-8: a shell gives the bytes ($2 the folder; \363 is "ó" in Latin-1)
  const viaShell = (script: string) => {
    const r = spawnSync('sh', ['-c', `exec "$0" "$1" --format ndjson ${script}`, process.execPath, MAIN, dir],
      { encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'en_US.UTF-8' } });
    const results = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; recipient: string | null; error?: string });
    return { status: r.status, stderr: r.stderr, results: results.map((x) => [x.file, x.recipient ?? x.error]) };
  };
  const ana = [join(dir, 'relatório.eml'), 'ana@example.com'];
  const bia = [join(dir, 'relatário.eml'), 'bia@example.com'];
  const folder = viaShell('"$2"');
  assert.equal(folder.status, 0, folder.stderr);
  assert.deepEqual(folder.results, [bia, ana]);
  assert.deepEqual(viaShell('"$2/relat$(printf \'\\363\')rio.eml"').results, [ana]);
  // both names reach Node as "relat\uFFFDrio.eml": each is its own file
  assert.deepEqual(viaShell('"$2"/relat*rio.eml').results, [bia, ana]);
  const missing = viaShell('"$2/relat$(printf \'\\351\')rio.eml"');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /cannot read .*relatério\.eml: no such file or folder/);
});
