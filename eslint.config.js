import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'web/dist/**', 'coverage/**', 'test-artifacts/**', 'fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Stages are plain functions: only the CLI, API, config and workers may touch the environment;
    // src/runtime wires stages to a runner (in-process or BullMQ) for the CLI and the API.
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/api/**', 'src/config/**', 'src/runtime/**'],
    rules: {
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'Read configuration through src/config.' }],
      'no-restricted-imports': ['error', { patterns: ['bullmq', 'fastify', '**/workers/**', '**/api/**'] }],
    },
  },
);
