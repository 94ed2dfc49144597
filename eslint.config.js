import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'artifacts/**', 'test/.cache/**', 'bench/**/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Comment text must only ever be set as text.
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Set text with textContent; never parse comment text as HTML.' },
        { property: 'outerHTML', message: 'Set text with textContent; never parse comment text as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Never parse text as HTML.' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'webextension-polyfill', message: 'Only src/platform/ imports the polyfill.' }] }],
    },
  },
  {
    // The house map: core is pure; only platform/ talks to the browser API.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['preact', 'preact/*', 'webextension-polyfill', '**/facebook/*', '**/platform/*', '**/content/*', '**/actions/*', 'node:*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator', 'localStorage', 'fetch'],
    },
  },
  {
    // Tests and fixture scripts may build DOM from HTML strings; the product code may not.
    files: ['test/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
