import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // wasm/ is AssemblyScript (its own types: i32, v128 ...), compiled by scripts/build-wasm.mjs.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-data/**', 'wasm/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The core is pure: no process, no fs, no terminal libraries (see docs/architecture.md).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'commander', 'chalk', '../io/*', '../cli/*', '../../io/*', '../../cli/*'] }],
      'no-restricted-globals': ['error', 'process', 'Buffer'],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
