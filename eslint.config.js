// Lint: every regular expression in src/ is checked for catastrophic backtracking (ReDoS), and the
// code the web page runs uses no built-in its browsers lack (Object.hasOwn).
// Style is tsc's and the reviewers' business; this config only holds the rules that keep hostile
// input cheap. `npm run lint` (part of `npm test`).
import tsParser from '@typescript-eslint/parser';
import regexp from 'eslint-plugin-regexp';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { regexp },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // exponential or polynomial backtracking inside one match attempt
      'regexp/no-super-linear-backtracking': ['error', { report: 'potential' }],
      // polynomial time from the regex being retried at every start position of a long input
      'regexp/no-super-linear-move': ['error', { report: 'potential', ignoreSticky: true, ignorePartial: false }],
      // a quantifier that silently eats what a capturing group is meant to hold (and often backtracks)
      'regexp/no-misleading-capturing-group': ['error', { reportBacktrackingEnds: true }],
      // regexes the engine rejects or that never match are bugs, and cheap to catch
      'regexp/no-invalid-regexp': 'error',
      'regexp/no-empty-alternative': 'error',
    },
  },
  {
    // the library runs in the web page too: no built-in newer than the browsers it serves have
    files: ['src/**/*.ts', 'web/src/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'no-restricted-properties': ['error',
        { object: 'Object', property: 'hasOwn', message: 'ES2022, missing before Safari 15.4: use hasOwn() of src/own-key.ts' }],
    },
  },
  {
    // the page imports browser-safe modules only; src/server's may use Node (its words: src/i18n/page-text.ts)
    files: ['web/src/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/server/*'], message: 'src/server may use Node-only APIs; the page takes shared words from src/i18n/' }] }],
    },
  },
];
