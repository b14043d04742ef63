// Build step: dist/THIRD-PARTY-NOTICES.md, the licences of the packages bundled into what is published.
// smtp-explain has no runtime dependencies: its bundles (dist/cli, dist/lib, dist/message/postal-mime.js)
// carry the code of the packages they use, and so must carry their notices. Each bundling script passes
// esbuild's metafiles here; the packages are read from the bundled files' paths (node_modules/NAME/...),
// their name, version and licence from their package.json and the text from their own LICENSE file.
// The list of each part is kept in dist/.bundled-packages/PART.json, so that the notices cover every part
// whichever script ran last; a bundled package without a licence file fails the build.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** "node_modules/@hono/node-server/dist/index.mjs" -> "node_modules/@hono/node-server" (the last node_modules). */
function packageDir(input) {
  const m = /^(?:.*\/)?node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  return m ? input.slice(0, m.index + m[0].length - 1) : null;
}

function licenceText(root, dir) {
  const file = readdirSync(join(root, dir)).filter((f) => /^(?:licen[cs]e|copying)(?:[-.][\w.-]+)?$/i.test(f)).sort()[0];
  if (!file) throw new Error(`${dir} is bundled but has no LICENSE file: write its notice by hand or do not bundle it`);
  return readFileSync(join(root, dir, file), 'utf8').replace(/\r\n?/g, '\n').trim();
}

/** Records the packages bundled into PART (e.g. "dist/cli") and writes the notices of every part. */
export function noteBundledPackages(root, part, metafiles) {
  const dirs = new Set();
  for (const { inputs } of metafiles) for (const input of Object.keys(inputs)) {
    const dir = packageDir(input);
    if (dir) dirs.add(dir);
  }
  const listDir = join(root, 'dist', '.bundled-packages');
  mkdirSync(listDir, { recursive: true });
  writeFileSync(join(listDir, `${part.replace(/\W+/g, '-')}.json`), JSON.stringify({ part, packages: [...dirs].sort() }));
  const parts = new Map();
  for (const f of readdirSync(listDir).filter((n) => n.endsWith('.json')).sort()) {
    const list = JSON.parse(readFileSync(join(listDir, f), 'utf8'));
    for (const dir of list.packages) parts.set(dir, [...(parts.get(dir) ?? []), list.part]);
  }
  const packages = [...parts].map(([dir, where]) => {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    return { dir, where, name: pkg.name, version: pkg.version, license: pkg.license ?? 'see the text', text: licenceText(root, dir) };
  }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const fence = (text) => '`'.repeat(Math.max(3, ...(text.match(/`+/g) ?? []).map((t) => t.length + 1)));
  const lines = [
    '# Third-party notices',
    '',
    'smtp-explain has no runtime dependencies: its bundles include the code of the packages below,',
    'which are distributed under their own licences, reproduced here from each package.',
    '',
  ];
  for (const p of packages) {
    const f = fence(p.text);
    lines.push(`## ${p.name} ${p.version}`, '', `Licence: ${p.license}. Bundled in: ${p.where.join(', ')}.`, '', f, p.text, f, '');
  }
  writeFileSync(join(root, 'dist', 'THIRD-PARTY-NOTICES.md'), lines.join('\n'));
  return packages.length;
}
