// The three helps (the main command's, codes', serve's) word their common line the same way in each
// language, so that a reader going from one to the other does not wonder whether they differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './mailbox-helpers.js';
import { serveCommand } from '../src/cli/serve-command.js';

async function helps(lang: string): Promise<string[]> {
  const out: string[] = [];
  await serveCommand(['--help', '--lang', lang], { stdout: { write: (s: string) => out.push(s) }, stderr: { write: () => true }, env: {} });
  return [(await runCli(['--help', '--lang', lang])).stdout, (await runCli(['codes', '--help', '--lang', lang])).stdout, out.join('')];
}

test('-h, --help is described in the same words by every help of a language', async () => {
  for (const [lang, line] of [['en', 'show this help'], ['pt-BR', 'mostra esta ajuda']] as const) {
    for (const help of await helps(lang)) {
      const said = /^ {2}-h, --help +(.+)$/m.exec(help)?.[1];
      assert.equal(said, line, `${lang}: ${help.split('\n')[0]}`);
    }
  }
});
