#!/usr/bin/env node
// smtp-explain command line. Exit codes: 0 all fine, 1 some input unreadable, 2 usage error.
import { run } from './run.js';

// `smtp-explain box.mbox | head`: the reader went away, which is no error of ours
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

run(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`smtp-explain: ${(error as Error).stack ?? error}\n`); process.exitCode = 70; },
);
