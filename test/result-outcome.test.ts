// Result.outcome and Result.errorCode: what a result is and why an input could not be read, as ids a
// program can compare, the same in every language (the summary and `error` are prose in the reader's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze, analyzeInput, analyzeStream, explainText } from '../src/library-api.js';
import { explainsText } from '../src/explain-text.js';
import { FAMILY_DECODERS } from '../src/message/decoders/index.js';
import type { Decoder, RecipientFacts } from '../src/message/types.js';
import { MAX_UNPACKED_BYTES } from '../src/archive/gunzip.js';
import { isUnrecognised, RESULT_ERROR_CODES, RESULT_OUTCOMES, toResult, unrecognisedResult, type Result } from '../src/result.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { failedItem } from '../web/src/analyze-item.js';
import { zipOf } from './archive-fixtures.js';
import { runCli, tempDir, userUnknown } from './mailbox-helpers.js';
import type { Locale } from '../src/types.js';

const LANGS: readonly Locale[] = ['pt-BR', 'en'];

/** One minimal input per outcome, read as a program reads it (the library, or the command line for stdin). */
const INPUTS: Record<(typeof RESULT_OUTCOMES)[number], (lang: Locale) => Promise<Result>> = {
  verdict: async (lang) => explainText('550 5.1.1 <ana@example.org>: User unknown', { lang }),
  'no-reply-found': async (lang) => explainText('hello there', { lang }),
  'not-a-bounce': async (lang) => (await analyze('From: ana@example.com\nTo: bia@example.org\nSubject: lunch\n\nsee you\n', { lang }))[0]!,
  notice: async (lang) => explainText('Nov 28 10:00:00 mail postfix/postscreen[3109]: DNSBL rank 3 for [203.0.113.50]:51234', { lang }),
  'quiet-log': async (lang) => (await analyze(
    'Nov 30 10:05:01 mx postfix/smtp[125]: 4ABC2: to=<dani@example.org>, relay=mx.example.org[192.0.2.10]:25, delay=3, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n',
    { lang },
  ))[0]!,
  'quiet-events': async (lang) => (await analyze('email,event,reason\nfabio@example.org,delivered,250 OK\n', { lang }))[0]!,
  'empty-input': async (lang) => ndjson(await runCli(['--format', 'ndjson', '--lang', lang, '-'], { stdin: '' }))[0]!,
  error: async (lang) => (await analyze('', { lang }))[0]!,
};

function ndjson(out: { stdout: string }): Result[] {
  return out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Result);
}

test('each outcome from a minimal input, the same in both languages, told apart where bounce, kind and listAction are not', async () => {
  const seen: Record<string, string> = {};
  for (const outcome of RESULT_OUTCOMES) {
    const [pt, en] = await Promise.all(LANGS.map((lang) => INPUTS[outcome](lang)));
    assert.deepEqual([pt!.outcome, en!.outcome], [outcome, outcome], outcome);
    assert.equal(pt!.errorCode, en!.errorCode, outcome);
    // the languages did differ: the summary is in each one's words
    assert.notEqual(pt!.summary, en!.summary, outcome);
    seen[outcome] = `${en!.bounce} ${en!.kind} ${en!.listAction}`;
  }
  // what a program saw before: four outcomes with the same machine-readable fields
  assert.deepEqual(
    new Set(['no-reply-found', 'not-a-bounce', 'quiet-log', 'quiet-events', 'empty-input'].map((o) => seen[o])),
    new Set(['false success not-bounce']),
  );
  // errorCode null on every result but an error's
  for (const outcome of RESULT_OUTCOMES.filter((o) => o !== 'error')) assert.equal((await INPUTS[outcome]('en')).errorCode, null, outcome);
  assert.equal((await INPUTS.error('en')).errorCode, 'empty-text');
});

test('errorCode of a file or folder that does not exist: not-found, in both languages', async () => {
  const missing = join(tempDir(), 'no-such-folder', 'bounce.eml');
  for (const lang of LANGS) {
    const [r] = ndjson(await runCli(['--format', 'ndjson', '--lang', lang, missing]));
    assert.deepEqual([r!.outcome, r!.errorCode, r!.kind], ['error', 'not-found', 'error'], lang);
  }
});

test('errorCode of an archive whose file unpacks past the limit: archive-too-large, the library\'s words or not', async () => {
  const big = zipOf([{ name: 'huge.mbox', data: 'x', declaredSize: MAX_UNPACKED_BYTES + 1 }]);
  const codes = [];
  for (const lang of LANGS) {
    const { results } = await analyzeInput(big, { lang, file: 'in.zip' });
    codes.push(...results.map((r) => `${r.file} ${r.outcome} ${r.errorCode}`));
  }
  assert.deepEqual(codes, ['in.zip/huge.mbox error archive-too-large', 'in.zip/huge.mbox error archive-too-large']);
});

/** A decoder that reads the message but gives a recipient no classifier expects: the analysis throws after it (as test/crash-isolation.test.ts). */
const malformed: Decoder = {
  id: 'malformed',
  decode: () => [{ recipient: 'ana@example.org', text: null } as unknown as RecipientFacts],
};

test('errorCode of a crash: internal, in the library and on the page, in both languages', async () => {
  const list = FAMILY_DECODERS as Decoder[];
  list.unshift(malformed);
  try {
    for (const lang of LANGS) {
      const { results } = await analyzeInput(userUnknown('ana@example.org'), { lang, file: 'b.eml' });
      assert.deepEqual(results.map((r) => [r.outcome, r.errorCode]), [['error', 'internal']], lang);
    }
  } finally {
    list.splice(list.indexOf(malformed), 1);
  }
  const page = failedItem({ kind: 'file', name: 'b.eml', size: 10, text: false, bytes: new ArrayBuffer(10) }, 'en', new Error('boom'));
  assert.deepEqual([page.results[0]!.outcome, page.results[0]!.errorCode], ['error', 'internal']);
});

test('errorCode of a stream that fails midway: stream-failed', async () => {
  async function* failing(): AsyncGenerator<string> {
    yield 'From: ana@example.com\n';
    throw new Error('connection reset');
  }
  const out = [];
  for await (const r of analyzeStream(failing(), { lang: 'pt-BR' })) out.push([r.outcome, r.errorCode]);
  assert.deepEqual(out, [['error', 'stream-failed']]);
});

test('every errorCode and outcome given is one of the documented lists', async () => {
  const results = [
    ...await Promise.all(RESULT_OUTCOMES.map((o) => INPUTS[o]('en'))),
    ...(await analyzeInput(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), { lang: 'en', file: 'cut.zip' })).results,
  ];
  for (const r of results) {
    assert.ok((RESULT_OUTCOMES as readonly string[]).includes(r.outcome), r.outcome);
    if (r.errorCode !== null) assert.ok((RESULT_ERROR_CODES as readonly string[]).includes(r.errorCode), r.errorCode);
  }
});

test('what was read is told by outcome, not by the summary: isUnrecognised and explainsText', () => {
  for (const lang of LANGS) {
    const ui = CATALOGS[lang].ui;
    const nothing = unrecognisedResult({ lang, file: null });
    // a summary reworded (or a summary another result shares) changes nothing
    const reworded: Result = { ...nothing, summary: 'reworded' };
    assert.equal(isUnrecognised(reworded), true);
    const verdict = toResult(
      { replyCode: '550', status: '5.1.1', text: '550 5.1.1 User unknown', command: null, remoteHost: null, recipient: null, action: null, reasonHint: null },
      { reason: 'userunknown', kind: 'permanent', hardBounce: true, retry: 'never', actors: ['sender'], replyCode: '550', status: '5.1.1', provider: null, signature: null, evidence: [], catchAllOnly: false },
      { lang, file: null },
    );
    const sameWords: Result = { ...verdict, bounce: false, summary: ui.noCodeSummary };
    assert.equal(isUnrecognised(sameWords), false);
    assert.equal(isUnrecognised(unrecognisedResult({ lang, file: null }, 'reply')), true);
  }
  assert.equal(explainsText('hello'), false);
  assert.equal(explainsText('699'), false);
  assert.equal(explainsText('550'), true);
  assert.equal(explainsText('mailbox is full'), true);
});
