// The package as npm installs it: `npm pack` of the built dist, installed OFFLINE into a fresh project
// outside this repository (so nothing resolves to our node_modules). smtp-explain has no runtime
// dependencies: every entry (the library, the command line, `serve`, the --jobs workers, the progress
// bar, tsc's modules that a bundler takes) must run from the package alone. The build runs first when
// dist is missing (npm test builds before the tests, so it reuses that dist).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { mbox, tempDir, userUnknown } from './mailbox-helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const REPLY = '550 5.1.1 <ana@example.com> User unknown';
/** What the packages bundled into dist must each have in the notices. */
const BUNDLED = ['@hono/node-server', 'cli-progress', 'hono', 'picocolors', 'postal-mime'];

// npm's own variables (npm test sets npm_config_*, npm_package_*) would point the inner npm at this project
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
env.LANG = 'en_US.UTF-8';

let dir = '';
let app = '';
let bin = '';

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000 });
}

function ok(r: SpawnSyncReturns<string>, what: string): string {
  assert.equal(r.status, 0, `${what} failed (${r.status}): ${r.stderr}${r.error ? String(r.error) : ''}`);
  return r.stdout;
}

before(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.cjs')) || !existsSync(join(ROOT, 'dist/lib/index.js'))) ok(run(NPM, ['run', '-s', 'build'], ROOT), 'npm run build');
  dir = tempDir('smtp-explain-pack-');
  // --ignore-scripts: prepack would build again (and the web page); the dist built above is what is packed
  const packed = JSON.parse(ok(run(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], ROOT), 'npm pack')) as { filename: string }[];
  app = join(dir, 'app');
  ok(run('mkdir', [app], dir), 'mkdir');
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }));
  ok(run(NPM, ['install', '--offline', '--no-audit', '--no-fund', '--cache', join(dir, 'npm-cache'), join(dir, packed[0]!.filename)], app), 'npm install --offline of the tarball');
  bin = join(app, 'node_modules', '.bin', 'smtp-explain');
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('installed offline from its tarball, the package brings no runtime dependency', () => {
  const tree = JSON.parse(ok(run(NPM, ['ls', '--omit=dev', '--all', '--json'], app), 'npm ls')) as {
    dependencies: Record<string, { dependencies?: Record<string, unknown> }>;
  };
  assert.deepEqual(Object.keys(tree.dependencies), ['smtp-explain']);
  assert.deepEqual(Object.keys(tree.dependencies['smtp-explain']!.dependencies ?? {}), []);
  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/smtp-explain/package.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(manifest.dependencies, undefined);
  // the licences of the bundled code ship with it, each package's own text
  const notices = readFileSync(join(app, 'node_modules/smtp-explain/dist/THIRD-PARTY-NOTICES.md'), 'utf8');
  for (const name of BUNDLED) {
    const version = (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    assert.ok(notices.includes(`\n## ${name} ${version}\n`), `${name} ${version} is missing from the notices`);
  }
  assert.match(notices, /Permission is hereby granted/);
});

test('import() and require() of the installed library explain a reply', () => {
  const check = `.explainText(${JSON.stringify(REPLY)}, { lang: 'en' }); if (r.reason !== 'userunknown' || r.status !== '5.1.1' || r.recipient !== 'ana@example.com') throw new Error(JSON.stringify(r)); console.log(r.summary);`;
  const esm = ok(run(process.execPath, ['--input-type=module', '-e', `const r = (await import('smtp-explain'))${check}`], app), 'import()');
  assert.equal(esm, 'The recipient\'s address does not exist.\n');
  // "exports" has import and default conditions: require() loads the ES module where Node can (20.19+)
  const cjs = ok(run(process.execPath, ['-e', `const r = require('smtp-explain')${check}`], app), 'require()');
  assert.equal(cjs, esm);
  const node = ok(run(process.execPath, ['--input-type=module', '-e', `const { analyzePaths } = await import('smtp-explain/node'); console.log(typeof analyzePaths);`], app), 'smtp-explain/node');
  assert.equal(node, 'function\n');
});

test('a bundler taking tsc\'s modules (the "module" condition) needs no other package', async () => {
  writeFileSync(join(app, 'entry.js'), `import { explainText, analyze } from 'smtp-explain';\nconsole.log(explainText, analyze);\n`);
  const result = await build({
    entryPoints: [join(app, 'entry.js')], bundle: true, write: false, platform: 'browser', format: 'esm',
    conditions: ['module'], absWorkingDir: app, logLevel: 'silent', metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((f) => f.endsWith('node_modules/smtp-explain/dist/index.js')), inputs.slice(0, 5).join(' '));
  assert.deepEqual(inputs.filter((f) => f.includes('node_modules/') && !f.includes('node_modules/smtp-explain/')), []);
});

test('the command line\'s files (its bundles, the --jobs worker) import only node\'s modules and their own', async () => {
  // a worker that cannot load is no error to see (its items are analysed on the main thread): read its imports
  const cli = join(app, 'node_modules/smtp-explain/dist/cli');
  const entryPoints = readdirSync(cli).filter((f) => /\.c?js$/.test(f)).map((f) => join(cli, f));
  assert.ok(entryPoints.some((f) => f.endsWith('analyze-worker.js')) && entryPoints.some((f) => f.endsWith('serve.cjs')), entryPoints.join(' '));
  const result = await build({ entryPoints, bundle: true, write: false, outdir: join(dir, 'out'), platform: 'node', absWorkingDir: app, logLevel: 'silent', metafile: true });
  const inputs = Object.keys(result.metafile.inputs);
  assert.deepEqual(inputs.filter((f) => !f.startsWith('node_modules/smtp-explain/dist/cli/')), []);
});

test('the installed command explains a reply, a bounce e-mail and an mbox read by worker threads', () => {
  assert.match(ok(run(bin, ['--lang', 'en', '550'], app), 'smtp-explain 550'), /^550 /);
  const files = tempDir();
  writeFileSync(join(files, 'bounce.eml'), userUnknown('ana@example.org'));
  const one = ok(run(bin, ['--lang', 'en', '--format', 'ndjson', join(files, 'bounce.eml')], app), 'smtp-explain bounce.eml');
  assert.deepEqual(one.trimEnd().split('\n').map((l) => (JSON.parse(l) as { recipient: string; reason: string })).map((r) => [r.recipient, r.reason]), [['ana@example.org', 'userunknown']]);
  // past 64 messages --jobs hands them to worker threads (dist/cli/analyze-worker.js)
  const recipients = Array.from({ length: 100 }, (_, i) => `m${i}@example.org`);
  writeFileSync(join(files, 'box.mbox'), mbox(recipients.map((r) => userUnknown(r))));
  const many = ok(run(bin, ['--lang', 'en', '--format', 'ndjson', '--jobs', '2', join(files, 'box.mbox')], app), 'smtp-explain --jobs 2 box.mbox');
  assert.deepEqual(many.trimEnd().split('\n').map((l) => (JSON.parse(l) as { recipient: string }).recipient), recipients);
  rmSync(files, { recursive: true, force: true });
});

test('the installed `smtp-explain serve` answers the page and the API, then stops', async () => {
  const child = spawn(bin, ['serve', '--port', '0', '--lang', 'en'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`no address after 20 s: ${out}${stderr}`)), 20_000);
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]!); }
      });
      child.once('exit', () => { clearTimeout(timer); reject(new Error(`serve ended: ${out}${stderr}`)); });
    });
    const page = await fetch(`${url}/`);
    if (existsSync(join(app, 'node_modules/smtp-explain/dist/web/index.html'))) {
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-type') ?? '', /text\/html/);
      assert.match(await page.text(), /<html/i);
    } else {
      // packed without the web page (npm run build:web not run): the server says so, the API works
      assert.equal(page.status, 503);
      await page.arrayBuffer();
    }
    const api = await fetch(`${url}/api/explain`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: REPLY, lang: 'en' }) });
    assert.equal(api.status, 200);
    const body = await api.json() as { results: { recipient: string; reason: string; status: string }[] };
    assert.deepEqual(body.results.map((r) => [r.recipient, r.reason, r.status]), [['ana@example.com', 'userunknown', '5.1.1']]);
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0, stderr);
});
