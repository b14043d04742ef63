// The library's lang options take any tag that starts with pt or en ("en-US", as navigator.language
// gives it), as README says and the runtime accepts: their type is LocaleTag, Locale | (string & {}).
// (npm run typecheck checks this file: the calls below did not type-check with lang typed Locale.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import { analyze, analyzeInput, describeCode, explainText, mailboxReport, type ExplainOptions, type LocaleTag } from '../src/index.js';
import { analyzePaths } from '../src/node.js';

test('lang: "en-US" type-checks and runs; a language we do not write in is still a RangeError', async () => {
  const lang: LocaleTag = 'en-US';
  const options: ExplainOptions = { lang: 'en-US' };
  assert.equal(explainText('550 5.1.1 User unknown', options).lang, 'en');
  assert.equal((await analyze('550 5.1.1 User unknown', { lang }))[0]!.lang, 'en');
  const { results, messages } = await analyzeInput('550 5.1.1 User unknown', { lang: 'PT' });
  assert.equal(results[0]!.lang, 'pt-BR');
  assert.ok(mailboxReport(results, { messages, lang: 'en-GB' }));
  assert.ok(describeCode('550', 'en-US'));
  assert.equal(typeof analyzePaths([], { lang: 'en-US' })[Symbol.asyncIterator], 'function');
  assert.throws(() => explainText('550', { lang: 'fr' }), RangeError);
});

test('the types: lang: "en-US" is no type error, a number is (the project\'s compiler options)', () => {
  const root = new URL('..', import.meta.url).pathname;
  const config = ts.parseJsonConfigFileContent(ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile).config, ts.sys, root);
  const program = ts.createProgram([`${root}test/library-locale-tag.fixture.ts`], { ...config.options, noEmit: true });
  const errors = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  assert.deepEqual(errors, []);
});
