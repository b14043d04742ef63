// `smtp-explain codes`: the reference table and single codes, text and JSON, both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGS } from '../src/i18n/catalog.js';
import { BASIC_CODES } from '../src/knowledge/basic-codes.js';
import { createApp } from '../src/server/app.js';
import { ENHANCED_CODES } from '../src/knowledge/enhanced-codes.js';
import { runCli } from './mailbox-helpers.js';

test('the whole table, as text: every basic and every enhanced code, one line each', async () => {
  const r = await runCli(['codes', '--lang', 'pt-BR']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Códigos de resposta SMTP \(três dígitos\)\n\nCódigo +Tipo +RFC +Nome\n/);
  for (const row of BASIC_CODES) {
    const title = CATALOGS['pt-BR'].basicCodes[row.code].title;
    assert.ok(r.stdout.includes(`\n${row.code} `) && r.stdout.includes(title), row.code);
  }
  for (const row of ENHANCED_CODES) assert.ok(new RegExp(`\\n${row.code.replace(/\./g, '\\.')} +${row.rfc} +\\S`).test(r.stdout), row.code);
  assert.match(r.stdout, /Códigos de status estendidos/);
  assert.equal(r.stderr, '');
});

test('the whole table, as JSON, in English', async () => {
  const r = await runCli(['codes', '--format', 'json', '--lang', 'en']);
  const table = JSON.parse(r.stdout) as { basic: { code: string; title: string; kind: string }[]; enhanced: { code: string; title: string; rfc: string }[] };
  assert.equal(table.basic.length, BASIC_CODES.length);
  assert.equal(table.enhanced.length, ENHANCED_CODES.length);
  const c550 = table.basic.find((b) => b.code === '550')!;
  assert.equal(c550.title, CATALOGS.en.basicCodes['550'].title);
  assert.equal(c550.kind, 'permanent');
  assert.equal(table.enhanced.find((e) => e.code === 'X.1.1')!.title, CATALOGS.en.enhancedCodes['X.1.1'].title);
});

test('one code, text and JSON; class-independent X codes too', async () => {
  const t = await runCli(['codes', '550', '--lang', 'en']);
  assert.equal(t.code, 0);
  const ui = CATALOGS.en.ui;
  assert.ok(t.stdout.startsWith(`550 — ${CATALOGS.en.basicCodes['550'].title}\n${ui.kind.permanent} · ${ui.standard('RFC 5321 §4.2.2')}\n`), t.stdout);
  assert.match(t.stdout, /\nMeaning: .+\nWhat to do: .+\n$/);

  const j = await runCli(['codes', '5.7.26', '--format', 'json', '--lang', 'pt-BR']);
  // an array even for one code, as for two: a script written for one keeps working with more
  const list = JSON.parse(j.stdout) as { code: string; kind: string; title: string; type: string }[];
  assert.ok(Array.isArray(list) && list.length === 1, j.stdout);
  const one = list[0]!;
  assert.equal(one.code, '5.7.26');
  assert.equal(one.type, 'enhanced');
  assert.equal(one.kind, 'permanent');
  assert.equal(one.title, CATALOGS['pt-BR'].enhancedCodes['X.7.26'].title);

  const x = await runCli(['codes', 'x.1.1', '--lang', 'en']);
  assert.match(x.stdout, new RegExp(`^X\\.1\\.1 — ${CATALOGS.en.enhancedCodes['X.1.1'].title}\n`));

  const two = await runCli(['codes', '421', '4.2.2', '--format', 'json']);
  assert.deepEqual((JSON.parse(two.stdout) as { code: string }[]).map((c) => c.code), ['421', '4.2.2']);
});

test("each code's JSON is the API's answer for it (GET /api/codes/CODE), in both languages", async () => {
  const app = createApp();
  for (const lang of ['pt-BR', 'en'] as const) {
    for (const code of ['550', '101', '5.7.26', '4.2.2', 'X.1.1', 'x.7.1']) {
      const cli = await runCli(['codes', code, '--format', 'json', '--lang', lang]);
      const api = await app.request(`/api/codes/${code}?lang=${lang}`);
      assert.equal(api.status, 200, code);
      assert.deepEqual(JSON.parse(cli.stdout), [await api.json()], `${lang} ${code}`);
    }
  }
});

test('a word that is no code, or a bad option, is a usage error (exit 2)', async () => {
  for (const argv of [['codes', 'hello'], ['codes', '5.1'], ['codes', 'X.9.99'], ['codes', '--format', 'csv'], ['codes', '--nope']]) {
    const r = await runCli(argv, { env: { LANG: 'en' } });
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, /^smtp-explain: /);
    assert.equal(r.stdout, '');
  }
  assert.match((await runCli(['codes', 'hello'], { env: { LANG: 'en' } })).stderr, /"hello" is not an SMTP code/);
  // the help it points to is the codes command's own, in the user's language
  for (const [env, line] of [[{ LANG: 'en' }, 'smtp-explain codes --help shows the usage.'], [{ LANG: 'pt_BR.UTF-8' }, 'smtp-explain codes --help mostra o uso.']] as const) {
    for (const argv of [['codes', '--format', 'csv'], ['codes', '--summary'], ['codes', 'hello']]) {
      const r = await runCli(argv, { env });
      assert.equal(r.code, 2, argv.join(' '));
      assert.ok(r.stderr.endsWith(`\n${line}\n`), r.stderr);
    }
  }
  // the main command's usage errors still point to the main help
  assert.match((await runCli(['--format', 'csvv', '550'], { env: { LANG: 'en' } })).stderr, /\nsmtp-explain --help shows the usage\.\n$/);
});

test("codes --help shows the codes command's own help", async () => {
  const r = await runCli(['codes', '--help', '--lang', 'en']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^Usage: smtp-explain codes \[options\] \[CODE\.\.\.\]/);
  assert.doesNotMatch(r.stdout, /--summary/, 'not the main help');
  assert.match((await runCli(['codes', '-h'])).stdout, /^Uso: smtp-explain codes/);
});

test('the table says what its RFC column\'s "—" and registry-only codes mean, both languages (codes audit 9, 11)', async () => {
  for (const [lang, legend, registry] of [
    ['pt-BR', /\n—: nenhuma RFC define o código/, /\n525 +falha permanente +RFC 5248, só no registro +/],
    ['en', /\n—: no RFC defines the code/, /\n525 +permanent failure +RFC 5248, registry only +/],
  ] as const) {
    const r = await runCli(['codes', '--lang', lang]);
    assert.match(r.stdout, legend, lang);
    // 523, 524 and 525 have the same standing (RFC 5248 lists them beside X.7.10, X.7.11, X.7.13)
    assert.match(r.stdout, registry, lang);
    for (const code of ['422', '430', '523', '524', '533']) assert.match(r.stdout, new RegExp(`\\n${code} .*RFC 5248`), `${lang} ${code}`);
    assert.match(r.stdout, /\n101 +\S.*? +— +/, lang);
  }
});
