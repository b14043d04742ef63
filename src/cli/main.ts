#!/usr/bin/env node
// smtp-explain command line. Exit codes: 0 all fine, 1 some input unreadable, 2 usage error.
// Built as CommonJS (dist/cli/main.cjs), it loads a bundle with its code cache (load-bundle.ts): a reply
// typed on the command line, the common short run, goes to the quick path (quick-explain.ts) in the
// bundle of its language (quick-locale.ts); anything else to the general command line (run.ts).
import { lazyProcessIo } from './io.js';
import { loadBundle, type CliModule, type QuickModule } from './load-bundle.js';
import { quickCandidate } from './quick-check.js';
import { quickLocale } from './quick-locale.js';
import { writeFailure } from './write-error.js';

type ServeModule = typeof import('./serve-command.js');

/** Exit code when the output cannot be written (a full disk, /dev/full): sysexits.h's EX_IOERR. */
const OUTPUT_FAILED = 74;

// `smtp-explain box.mbox | head`: the reader went away, which is no error of ours; any other failure to
// write (ENOSPC) is said in one line, in the command line's language, without a stack trace
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const lang = quickLocale(process.argv.slice(2), process.env) === 'en' ? 'en' : 'pt-BR';
  process.stderr.write(`smtp-explain: ${writeFailure(error, lang)}\n`);
  process.exit(OUTPUT_FAILED);
});

async function main(argv: string[]): Promise<number> {
  const io = lazyProcessIo();
  const lang = quickCandidate(argv) ? quickLocale(argv, process.env) : null;
  if (lang !== null) {
    const quick = await loadBundle<QuickModule>(__dirname, `quick-explain.${lang}`).module.quickExplain(argv, io);
    if (quick !== null) return quick;
  }
  // the server is a bundle of its own (scripts/bundle-cli.mjs), with the engine: loading cli.cjs as well
  // would compile the engine twice (~100 ms more to start, ~6 MB more held)
  if (argv[0] === 'serve') return (require('./serve.cjs') as ServeModule).serveCommand(argv.slice(1), io);
  return loadBundle<CliModule>(__dirname, 'cli').module.run(argv, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // the command is done and its output is with the system: end now, instead of waiting for the
    // module loader to close the files it read (a few milliseconds, a tenth of a short run)
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
    // a run a signal cut short (130, 143): end once the output is written, whatever input is still open
    // (a pipe whose writer never ends would keep the process alive)
    else if (code >= 128) process.stdout.write('', () => process.stderr.write('', () => process.exit()));
  },
  (error) => { process.stderr.write(`smtp-explain: ${(error as Error).stack ?? error}\n`); process.exitCode = 70; },
);
