#!/usr/bin/env node
// smtp-explain command line. Exit codes: 0 all fine, 1 some input unreadable, 2 usage error.
import { run } from './run.js';

// `smtp-explain box.mbox | head`: the reader went away, which is no error of ours
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // the command is done and its output is with the system: end now, instead of waiting for the
    // module loader to close the files it read (a few milliseconds, a tenth of a short run)
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
  },
  (error) => { process.stderr.write(`smtp-explain: ${(error as Error).stack ?? error}\n`); process.exitCode = 70; },
);
