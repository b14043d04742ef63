// The CLI's limit on TurboFan's inlining (src/cli/inlining-limit.ts): V8 knows the flag. An unknown
// flag is no error for setFlagsFromString: V8 only prints "unrecognized flag" on stderr, which every
// run of the CLI would then show. (The speed it gives is measured by `npm run bench`.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('the inlining limit is a flag this V8 knows', () => {
  const module = fileURLToPath(new URL('../src/cli/inlining-limit.ts', import.meta.url));
  const script = `import(${JSON.stringify(module)}).then((m) => { m.limitInlining(); m.limitInlining(); console.log('set'); })`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'set\n');
  assert.equal(r.stderr, '');
});
