// The smtp-explain command line, callable in tests with its own streams and environment.
// `smtp-explain NAME ...` runs the subcommand NAME; anything else is explained (commands/explain.ts).
// Commands are loaded on use, so that each run loads only its own modules.
import type { CliIo, Command } from './io.js';
import { quickCandidate } from './quick-check.js';

/** Subcommands: name -> function(arguments after the name, io) -> exit code. */
export const COMMANDS: Record<string, Command> = {
  codes: async (argv, io) => (await import('./commands/codes.js')).codesCommand(argv, io),
  serve: async (argv, io) => (await import('./serve-command.js')).serveCommand(argv, io),
};

/**
 * The process's streams and environment, each stream made on first use: making process.stdin alone
 * costs a short run a tenth of its start-up, and most runs never read it.
 */
export function lazyProcessIo(): CliIo {
  return {
    get stdout() { return process.stdout; },
    get stderr() { return process.stderr; },
    get stdin() { return process.stdin; },
    env: process.env,
  };
}

export async function run(argv: string[], io: CliIo = lazyProcessIo()): Promise<number> {
  const name = argv[0];
  const command = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : null;
  if (command) return command(argv.slice(1), io);
  // replies typed on the command line, the common short run, need no reader of files or messages
  if (quickCandidate(argv)) {
    const quick = await (await import('./quick-explain.js')).quickExplain(argv, io);
    if (quick !== null) return quick;
  }
  return (await import('./commands/explain.js')).explainCommand(argv, io);
}
