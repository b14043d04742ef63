// The README's first example shows what the command prints: it is run here, and its output must be the
// one pasted under it, so that a change of wording shows up as a stale README.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCli } from './mailbox-helpers.js';

test("the README's first example prints what the README shows", async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const block = /```console\n([\s\S]*?)\n```/.exec(readme)?.[1];
  assert.ok(block, 'no console block in the README');
  // $ npx smtp-explain "REPLY, over several lines", then the output
  const m = /^\$ npx smtp-explain "([^"]+)"\n([\s\S]+)$/.exec(block);
  assert.ok(m, `the first console block is not "$ npx smtp-explain \\"...\\"" and its output:\n${block}`);
  // the default language (pt-BR), no colour: what a reader who runs it in a pipe sees
  const r = await runCli([m[1]!], { env: {} });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stdout, `${m[2]}\n`);
});
