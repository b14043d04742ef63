// Scores the held-out sets of whole bounce e-mails (test/held-out/README.md): each folder here holds .eml
// files and an expected.tsv written before its author read src/, scored as the regression sets are (each
// file read as bytes by analyzeInput(), the library function the command line and the page use). Reported by
// `npm run eval`, never a test floor. Run alone: node --import tsx test/held-out/eml/score.ts [--misses]
import { readdirSync, statSync } from 'node:fs';
import { scoreFolder, summary } from '../../regression/score.js';

const here = new URL('./', import.meta.url);
const sets = readdirSync(here).filter((name) => statSync(new URL(name, here)).isDirectory()).sort();
for (const set of sets) {
  // the sets' authors judged the English output, as the command line gives it with --lang en
  const score = await scoreFolder(new URL(`./${set}/`, here), 'en', 'bytes');
  console.log(`${set}: ${summary(score)}`);
  if (process.argv.includes('--misses')) for (const d of score.detail) console.log(`  ${d}`);
}
