// Lint rules, including the layering of style.md: shared/ is pure (no Node, no Electron, no
// DOM libraries), renderer/ never imports electron/, and only the shell files import
// `electron` (the core must run in plain Node, where `electron` tries to download itself).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Bare built-in names ('fs') are matched exactly as paths; 'node:*' as a pattern.
const nodePaths = (message) => builtinModules.map((name) => ({ name, message }));
const electronImport = {
  name: 'electron',
  message: 'Only electron/main.ts and electron/preload.ts may import electron.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...nodePaths('shared/ is pure TypeScript: no Node modules.')],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' },
            {
              group: ['react', 'react-dom', 'react-dom/*', 'dompurify'],
              message: 'shared/ is pure TypeScript: no DOM libraries.',
            },
            {
              group: ['**/electron/**', '**/renderer/**'],
              message: 'shared/ imports nothing from electron/ or renderer/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport, ...nodePaths('renderer/ runs in the page: no Node modules.')],
          patterns: [
            {
              group: ['**/electron/**'],
              message: 'renderer/ talks to the core only through its API client.',
            },
            { group: ['node:*'], message: 'renderer/ runs in the page: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronImport],
          patterns: [{ group: ['**/renderer/**'], message: 'The core does not import the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/shell/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs}', '*.config.{js,ts}', 'electron.vite.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
