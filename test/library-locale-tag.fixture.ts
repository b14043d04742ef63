// Type-checked by library-locale-tag.test.ts (and npm run typecheck): lang takes any tag, not a number.
import { analyze, explainText } from '../src/index.js';
import { analyzePaths } from '../src/node.js';

explainText('550', { lang: 'en-US' });
void analyze('550', { lang: process.env.LANG ?? 'en' });
void analyzePaths(['a'], { lang: 'pt' });
// @ts-expect-error a number is no language
explainText('550', { lang: 5 });
