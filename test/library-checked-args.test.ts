// The lower-level functions the entry exports check their arguments as the main ones do: a TypeError or
// RangeError that names the function, and pt-BR when no locale is given (dev audit: describeBasicCode('550')
// threw "Cannot read properties of undefined (reading 'get')").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify, describeBasicCode, describeEnhancedCode, explain, isMessageLike, matchLocale, parseReply, splitMbox } from '../src/index.js';

const named = (fn: string, type: typeof TypeError | typeof RangeError = TypeError) =>
  (e: unknown) => e instanceof type && e.message.startsWith(`smtp-explain ${fn}(): `);

test('describeBasicCode and describeEnhancedCode: pt-BR by default, a tag such as en-US, a clear error for another language or no string', () => {
  assert.equal(describeBasicCode('550')!.code, '550');
  assert.deepEqual(describeBasicCode('550'), describeBasicCode('550', 'pt-BR'));
  assert.deepEqual(describeEnhancedCode('5.1.1'), describeEnhancedCode('5.1.1', 'pt-BR'));
  assert.deepEqual(describeEnhancedCode('5.1.1', 'en-US'), describeEnhancedCode('5.1.1', 'en'));
  assert.throws(() => describeBasicCode('550', 'fr'), named('describeBasicCode', RangeError));
  assert.throws(() => describeEnhancedCode(511 as never), named('describeEnhancedCode'));
});

test('isMessageLike, splitMbox, matchLocale: a clear TypeError for what is no string', () => {
  assert.throws(() => isMessageLike(undefined as never), named('isMessageLike'));
  assert.throws(() => splitMbox(null as never), named('splitMbox'));
  assert.throws(() => matchLocale(5 as never), named('matchLocale'));
  assert.equal(matchLocale(undefined), null);
  assert.equal(matchLocale('en-US'), 'en');
  assert.equal(isMessageLike('550 5.1.1 User unknown'), false);
  assert.equal(splitMbox('550'), null);
});

test('classify and explain: a clear error for what is no facts or verdict; pt-BR by default', () => {
  assert.throws(() => classify({} as never), named('classify'));
  assert.throws(() => classify(undefined as never), named('classify'));
  assert.throws(() => explain(undefined as never), named('explain'));
  assert.throws(() => explain({ reason: 'nonsense' } as never), named('explain', RangeError));
  const verdict = classify(parseReply('550 5.1.1 <a@example.org>: Recipient address rejected: User unknown'));
  assert.equal(verdict.reason, 'userunknown');
  assert.deepEqual(explain(verdict), explain(verdict, 'pt-BR'));
  assert.deepEqual(explain(verdict, 'en-US'), explain(verdict, 'en'));
  assert.throws(() => explain(verdict, 'fr'), named('explain', RangeError));
});

test('describeCode() gives the very object GET /api/codes/:code answers (and codes --format json writes), null where the API has none', async () => {
  const { describeCode } = await import('../src/index.js');
  const { createApp } = await import('../src/server/app.js');
  const app = createApp();
  const codes = ['550', '421', '599', '101', '5.7.26', '4.4.1', '4.9.9', '5.1.5', '2.7.0', '2.1.5', 'X.7.26', 'x.1.1', 'X.07.026', '5.07.026'];
  for (const lang of ['pt-BR', 'en'] as const) {
    for (const code of codes) {
      const res = await app.request(`/api/codes/${encodeURIComponent(code)}?lang=${lang}`);
      assert.equal(res.status, 200, code);
      assert.deepEqual(describeCode(code, lang), await res.json(), `${code} ${lang}`);
    }
    for (const none of ['X.9.99', '600', '5.1', 'abc']) {
      assert.equal((await app.request(`/api/codes/${encodeURIComponent(none)}?lang=${lang}`)).status, 404, none);
      assert.equal(describeCode(none, lang), null, none);
    }
  }
  assert.deepEqual(describeCode(' 5.07.026 '), describeCode('5.7.26', 'pt-BR'));
  assert.equal(describeCode('X.7.26')!.kind, null);
});

test('the library and the command line\'s codes command import nothing of src/server (code-info.ts is in src/explain)', () => {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const reached = new Set<string>();
  const walk = (file: string): void => {
    if (reached.has(file)) return;
    reached.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^;]*?\sfrom '(\.[^']+)'/gm)) {
      walk(join(dirname(file), spec!.replace(/\.js$/, '.ts')));
    }
  };
  for (const entry of ['index.ts', 'node.ts', 'cli/commands/codes.ts']) walk(join(src, entry));
  assert.ok(reached.has(join(src, 'explain/code-info.ts')));
  assert.deepEqual([...reached].filter((f) => f.startsWith(join(src, 'server'))), []);
});
