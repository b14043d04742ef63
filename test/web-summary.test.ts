// The web page's summary: its counts agree with each other and with the cards (a text read but with no
// failure in it is no unreadable file; "one per recipient" only when each result names one), and the
// remove list's intro speaks of complaints only when the list holds one (the HTML report's too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { analyzeInput } from '../src/analyze-input.js';
import { REPORTS } from '../src/report/catalog.js';
import { HtmlReport } from '../src/report/html.js';
import { Tally } from '../src/report/tally.js';
import { PAGE_TEXT, perRecipient } from '../src/i18n/page-text.js';
import type { Locale } from '../src/types.js';
import { complaint, userUnknown } from './mailbox-helpers.js';

test('a text file with no failure in it was read (its card says "not a bounce"); only a file that could not be read is unread', async () => {
  const note = await analyzeInput('comprar pão\nligar para a Ana amanhã cedo\n', { lang: 'pt-BR', file: 'notas.txt' });
  assert.equal(note.results.length, 1);
  assert.equal(note.results[0]!.bounce, false);
  assert.equal(note.unread, 0, 'read, with nothing to explain: not "could not be read"');
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const photo = await analyzeInput(png, { lang: 'pt-BR', file: 'IMG_2031.png' });
  assert.equal(photo.unread, 1);
  // a bounce, the note and the photo: 2 messages read, 1 file not read; as the summary's "not a bounce" and "unreadable" say
  assert.equal(PAGE_TEXT['pt-BR'].summaryCounts({ messages: 3, logs: 0, logLines: 0, unread: note.unread + photo.unread }, 3),
    '2 mensagens lidas, 1 arquivo não pôde ser lido, 3 resultados.');
});

test('"one per recipient" only when every result names its recipient', async () => {
  const [bounce] = await analyze(userUnknown('ana@example.org'), { lang: 'pt-BR' });
  const [note] = await analyze('comprar pão\n', { lang: 'pt-BR' });
  assert.ok(bounce!.recipient);
  assert.equal(perRecipient([bounce!, bounce!]), true);
  assert.equal(perRecipient([bounce!, note!]), false, 'a result that names no recipient');
  assert.equal(perRecipient([]), false);
});

test('the status line counts the repeated messages apart, as the summary does', () => {
  assert.equal(PAGE_TEXT['pt-BR'].summaryCounts({ messages: 3000, logs: 0, logLines: 0 }, 30, 2970),
    '3.000 mensagens lidas, 2.970 repetidas (cada aviso contado uma vez só), 30 resultados.');
  assert.equal(PAGE_TEXT.en.summaryCounts({ messages: 3000, logs: 0, logLines: 0 }, 30, 2970),
    '3,000 messages read, 2,970 repeated (each notice counted once), 30 results.');
  assert.match(PAGE_TEXT['pt-BR'].repeatedLeftOut(2970), /^As 2\.970 mensagens repetidas não ganham um cartão/);
});

async function removeIntro(messages: string[], lang: Locale): Promise<string> {
  const tally = new Tally();
  const report = new HtmlReport(lang, tally);
  for (const m of messages) {
    const results = await analyze(m, { lang });
    tally.addItem(results);
    report.add(results);
  }
  const html = report.render({ inputs: ['bounces.mbox'], date: new Date(Date.UTC(2024, 0, 2, 12)) });
  const start = html.indexOf('<section id="remove">');
  return /<p class="intro">([^<]*)<\/p>/.exec(html.slice(start))![1]!;
}

test('the remove list speaks of complaints and unsubscribe requests only when it holds one', async () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    const intro = REPORTS[lang].html.remove.intro;
    const failed = intro({ failed: true, complaints: false });
    const both = intro({ failed: true, complaints: true });
    const complaints = intro({ failed: false, complaints: true });
    assert.ok(!/reclam|complain/i.test(failed), failed);
    assert.ok(/reclam|complain/i.test(both) && /reclam|complain/i.test(complaints), lang);
    assert.ok(!/não existem|no longer exist/.test(complaints), complaints);
    // the HTML report of the command line says the same
    assert.equal((await removeIntro([userUnknown('ana@example.org')], lang)).replace(/&[^;]+;/g, ''), failed.replace(/[“”"']/g, ''));
    const withComplaint = await removeIntro([userUnknown('ana@example.org'), complaint('bia@example.org')], lang);
    assert.ok(/reclam|complain/i.test(withComplaint), withComplaint);
  }
});
