// The lower-level functions the entry exports check their arguments as the main ones do: a TypeError or
// RangeError that names the function, and pt-BR when no locale is given (dev audit: describeBasicCode('550')
// threw "Cannot read properties of undefined (reading 'get')").
import { test } from 'node:test';
import assert from 'node:assert/strict';
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

test('describeCode() knows the detail codes of any class ("X.7.26") as GET /api/codes/X.7.26 does', async () => {
  const { describeCode } = await import('../src/index.js');
  const { codeInfo } = await import('../src/server/code-info.js');
  for (const lang of ['pt-BR', 'en'] as const) {
    for (const code of ['X.7.26', 'x.1.1', 'X.07.026']) {
      const d = describeCode(code, lang);
      const api = codeInfo(code, lang)!;
      assert.ok(d, code);
      assert.deepEqual(
        [d.code, d.type, d.kind, d.standard, d.rfc, d.title, d.meaning, d.advice, d.standardText],
        [api.code, api.type, api.kind, api.standard, api.rfc, api.title, api.meaning, api.advice, api.standardText], code,
      );
    }
  }
  assert.equal(describeCode('X.9.99'), null);
  assert.equal(describeCode('550')!.type, 'basic');
});
