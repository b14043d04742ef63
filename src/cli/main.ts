#!/usr/bin/env node
// smtp-explain command line. Exit codes: 0 all fine, 1 some input unreadable, 2 usage error.
// Built as CommonJS (dist/cli/main.cjs): a reply typed on the command line, the common short run, is
// explained by the quick path, loaded with its code cache (load-quick.ts) and without starting the ES
// module loader; anything else loads the general command line (run.ts, dist/cli/run.js).
import { lazyProcessIo } from './io.js';
import { loadQuick } from './load-quick.js';
import { quickCandidate } from './quick-check.js';

// `smtp-explain box.mbox | head`: the reader went away, which is no error of ours
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  const io = lazyProcessIo();
  if (quickCandidate(argv)) {
    const quick = await loadQuick(__dirname).module.quickExplain(argv, io);
    if (quick !== null) return quick;
  }
  const { run } = (await import('./run.js')) as typeof import('./run.js');
  return run(argv, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // the command is done and its output is with the system: end now, instead of waiting for the
    // module loader to close the files it read (a few milliseconds, a tenth of a short run)
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
  },
  (error) => { process.stderr.write(`smtp-explain: ${(error as Error).stack ?? error}\n`); process.exitCode = 70; },
);
