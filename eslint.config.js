import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports the pure engine must never make: it runs in Node, the browser and tests alike. */
const uiImports = [
  { group: ['react', 'react-*', 'react/*', '@xstate/react', 'zustand', 'zustand/*'], message: 'src/engine stays free of UI and store code.' },
  { group: ['framer-motion', 'i18next', 'react-i18next'], message: 'src/engine stays free of UI code.' },
  { group: ['**/app/**', '**/components/**', '**/screens/**', '**/stores/**'], message: 'Imports point one way: screens -> stores -> engine.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: uiImports }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
);
