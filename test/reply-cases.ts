// A table of reply lines and what each must read as, one test per line (so that a failure names the
// server's words): the reason, and the list action where the reading decides it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import type { ListAction } from '../src/report/tally.js';
import { resultIn } from '../src/result-in.js';
import type { Locale } from '../src/types.js';

export type ReplyCase = readonly [line: string, reason: string, action?: ListAction];

export function testReplyCases(cases: readonly ReplyCase[], lang: Locale): void {
  for (const [line, reason, action] of cases) {
    test(`${reason}: ${line.split('\n').join(' ').slice(0, 90)}`, () => {
      const result = explainText(line, { lang });
      assert.equal(result.reason, reason, line);
      if (action) assert.equal(result.listAction, action, line);
      // its words in the other language, from the result alone, are the other language's own (mailboxReport)
      const other: Locale = lang === 'en' ? 'pt-BR' : 'en';
      assert.deepEqual(resultIn(result, other), explainText(line, { lang: other }), line);
    });
  }
}
