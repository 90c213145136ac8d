// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Unused variables are errors, except deliberate `_` placeholders.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Type-only imports keep runtime bundles free of types (matches verbatimModuleSyntax).
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Engines are pure: no UI, no stores, no Astro runtime, no browser globals (see STYLE.md).
    files: ['src/sim/**/*.ts', 'src/quiz/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'Engines must not import React.' },
            { group: ['nanostores', '@nanostores/*'], message: 'Engines must not import stores.' },
            { group: ['astro:*', 'astro', 'astro/*'], message: 'Engines must not import Astro.' },
            {
              group: ['~/components/*', '~/progress/*'],
              message: 'Engines must not import UI or stores.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    // Stores wrap engines and never render.
    files: ['src/progress/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '~/components/*'],
              message: 'Stores must not import UI.',
            },
          ],
        },
      ],
    },
  },
  {
    // Build-time code sits below the UI: it may give islands data and types, never take them.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['~/components/*', '../components/*', 'react', 'react-dom'],
              message:
                'src/lib must not import UI; move a shared type down into src/lib or an engine.',
            },
          ],
        },
      ],
    },
  },
  {
    // Content schemas are the lowest layer of the build: they import engines and astro/zod only.
    files: ['src/schemas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['~/components/*', '~/lib/*', '../lib/*', '~/progress/*'],
              message:
                'Schemas must not import UI, stores or src/lib; move what they share into src/schemas.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
