#!/usr/bin/env node
// Build step of the command line (npm run bundle:cli), after tsc. Makes dist/cli/:
//   main.cjs, load-bundle.cjs   the entry point (package.json "bin") and its bundle loader
//   quick-explain.LANG.cjs + .cache  replies typed on the command line (src/cli/quick-explain.ts), one
//                               bundle per language, each with only its language's catalogs
//   cli.cjs + .cache            everything else (src/cli/run.ts): files, mailboxes, subcommands
//   analyze-worker.js           the worker thread of --jobs (an ES module, started by URL)
//   serve.cjs, progress-bar.cjs `smtp-explain serve` (src/cli/serve-command.ts, with hono) and the progress
//                               bar (src/cli/progress-bar.ts, cli-progress): required when used (serve by main.cjs,
//                               the bar by cli.cjs): an ordinary run neither compiles them nor caches them
// Every package is bundled (smtp-explain has no runtime dependencies); their licences go to
// dist/THIRD-PARTY-NOTICES.md (scripts/third-party-notices.mjs).
// The .cache files are V8's compiled code of each bundle, written after a warm-up run (see
// src/cli/load-bundle.ts for why). Bundles are CommonJS so that they can be loaded with a cache.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noteBundledPackages } from './third-party-notices.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'cli');
rmSync(out, { recursive: true, force: true });

const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: root, metafile: true };
/** The modules that are bundles of their own, loaded on use: source file -> bundle beside cli.cjs. */
const LAZY = { 'src/cli/serve-command.ts': 'serve.cjs', 'src/cli/progress-bar.ts': 'progress-bar.cjs' };
/**
 * An import of one of LAZY's modules becomes a require() of its bundle: esbuild makes the import() of a
 * bundled module a require() run when reached (an import() left in the bundle would fail: the bundles run
 * as vm scripts, where import() needs a loader of its own).
 */
const lazyBundles = {
  name: 'lazy-bundles',
  setup(b) {
    b.onResolve({ filter: /\.js$/ }, (args) => {
      if (args.kind === 'entry-point' || !args.path.startsWith('.')) return undefined;
      const file = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      const bundle = LAZY[file.slice(root.length + 1)];
      return bundle ? { path: bundle, namespace: 'lazy-bundle' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-bundle' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(`./${args.path}`)});`, loader: 'js' }));
    b.onResolve({ filter: /^\.\/[\w-]+\.cjs$/, namespace: 'lazy-bundle' }, (args) => ({ path: args.path, external: true }));
  },
};
const cjs = {
  ...common,
  format: 'cjs',
  // modules that find files next to themselves (the web page, package.json, the worker) use import.meta.url
  define: { 'import.meta.url': 'import_meta_url' },
  banner: { js: 'var import_meta_url = require("node:url").pathToFileURL(__filename).href;' },
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [lazyBundles],
};
const metafiles = [];
const bundle = async (options) => metafiles.push((await build(options)).metafile);
await bundle({ ...common, format: 'esm', entryPoints: ['src/cli/analyze-worker.ts'], outfile: join(out, 'analyze-worker.js') });
// main.cjs requires serve.cjs itself for `smtp-explain serve` (not through cli.cjs, which would load the engine twice)
await bundle({ ...common, format: 'cjs', entryPoints: ['src/cli/main.ts', 'src/cli/load-bundle.ts'], outdir: out, outExtension: { '.js': '.cjs' }, external: ['./serve.cjs'] });
for (const [entry, file] of Object.entries(LAZY)) await bundle({ ...cjs, entryPoints: [entry], outfile: join(out, file) });
const LOCALES = ['pt-BR', 'en'];
/**
 * The quick path of one language: the other language's catalog files (src/i18n/OTHER/*.ts) are replaced
 * by this one's, so that its catalogs are in the bundle once (~125 kB less code and a smaller cache, ~4 ms
 * less at every start); quick-explain.ts takes no command line of another language.
 */
const oneLanguage = (lang) => ({
  name: 'one-language',
  setup(b) {
    const others = LOCALES.filter((l) => l !== lang);
    b.onResolve({ filter: /\/(?:pt-BR|en)\/[^/]+\.js$/ }, (args) => {
      const file = resolve(args.resolveDir, args.path);
      const other = others.find((l) => file.includes(`/src/i18n/${l}/`));
      return other ? { path: file.replace(`/src/i18n/${other}/`, `/src/i18n/${lang}/`).replace(/\.js$/, '.ts') } : undefined;
    });
  },
});
for (const lang of LOCALES) {
  await bundle({ ...cjs, entryPoints: ['src/cli/quick-explain.ts'], outfile: join(out, `quick-explain.${lang}.cjs`), define: { ...cjs.define, QUICK_LOCALE: JSON.stringify(lang) }, plugins: [...cjs.plugins, oneLanguage(lang)] });
}
await bundle({ ...cjs, entryPoints: ['src/cli/run.ts'], outfile: join(out, 'cli.cjs') });
noteBundledPackages(root, 'dist/cli', metafiles);

// load-bundle.ts reads the bundles as Latin-1, which is a copy; as UTF-8 it is a decoder's pass (~6 ms
// of every run): esbuild escapes what is not ASCII in strings, but not in regular expression literals
for (const name of [...LOCALES.map((l) => `quick-explain.${l}.cjs`), 'cli.cjs']) {
  const bytes = readFileSync(join(out, name));
  const at = bytes.findIndex((b) => b > 0x7f);
  if (at >= 0) {
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    throw new Error(`dist/cli/${name} is not ASCII (line ${line}: ${bytes.subarray(Math.max(0, at - 60), at + 20).toString('utf8')}): write such letters in a string, e.g. new RegExp('...'), not in a regular expression literal`);
  }
}

// ---- warm-up runs for the code caches: short synthetic inputs of the common kinds ----
const { writeBundleCache } = createRequire(import.meta.url)(join(out, 'load-bundle.cjs'));
const sink = { write: () => true, isTTY: false, on() {}, once() {}, removeListener() {} };
const io = { stdout: sink, stderr: sink, stdin: process.stdin, env: { LANG: 'C' } };
const TEXTS = ['550', '5.1.1', '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown', '421 4.7.0 Try again later'];

const dsn = `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: quoted-printable

I'm sorry to have to inform you that your message could not be delivered.

<ana@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <ana@example.org>:
    Recipient address rejected: User unknown (in reply to RCPT TO command)

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ana@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown

--B1
Content-Type: message/rfc822

From: sender@example.com
To: ana@example.org
Subject: Hello
Message-ID: <1@example.com>

Hello
--B1--
`;
const plain = `From: MAILER-DAEMON@mx.example.net
To: sender@example.com
Subject: failure notice

Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bob@example.org>:
192.0.2.2 does not like recipient.
Remote host said: 552 5.2.2 Mailbox full
Giving up on 192.0.2.2.

--- Below this line is a copy of the message.

From: sender@example.com
To: bob@example.org
Subject: Hello
`;
const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-warm-up-'));
try {
  writeFileSync(join(dir, 'dsn.eml'), dsn);
  writeFileSync(join(dir, 'plain.eml'), plain);
  writeFileSync(join(dir, 'box.mbox'), `From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n${dsn}\nFrom MAILER-DAEMON Mon Jan  1 00:00:00 2024\n${plain}`);
  const quickBytes = [];
  for (const lang of LOCALES) {
    quickBytes.push(await writeBundleCache(out, `quick-explain.${lang}`, async ({ quickExplain }) => {
      for (const format of ['text', 'json', 'ndjson']) {
        if ((await quickExplain(['--lang', lang, '--format', format, ...TEXTS], io)) !== 0) throw new Error('the quick path did not take a plain text');
      }
      const other = LOCALES.find((l) => l !== lang);
      if ((await quickExplain(['--lang', other, ...TEXTS], io)) !== null) throw new Error(`the ${lang} quick path took a command line in ${other}`);
    }));
  }
  const cliBytes = await writeBundleCache(out, 'cli', async ({ run }) => {
    for (let i = 0; i < 2; i++) {
      for (const lang of ['pt-BR', 'en']) {
        for (const format of ['text', 'ndjson']) await run(['--lang', lang, '--format', format, dir], io);
      }
    }
  });
  console.error(`bundle-cli: code caches of ${quickBytes.join(' and ')} (quick path: ${LOCALES.join(', ')}) and ${cliBytes} (cli) bytes`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// V8 takes a cache only under the flags it was made with: a warm-up that changes a V8 flag (as the
// CLI does in a long run, src/cli/inlining-limit.ts) would make a cache that every run rejects
const probe = `const { loadBundle } = require(${JSON.stringify(join(out, 'load-bundle.cjs'))});
process.stdout.write(${JSON.stringify([...LOCALES.map((l) => `quick-explain.${l}`), 'cli'])}.map((name) => loadBundle(${JSON.stringify(out)}, name).cache).join(' '));`;
const accepted = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
if (accepted.stdout !== 'used used used') throw new Error(`a fresh process does not use the code caches (${accepted.stdout}): did the warm-up change a V8 flag? ${accepted.stderr}`);
