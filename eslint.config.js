import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'build/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Functions split for meaning stay readable: none in src/ may branch more than this (issue 20's bound).
    files: ['src/**/*.ts'],
    rules: {
      complexity: ['error', 20],
      // `import { type X }` keeps the import for its side effects: the bundle would load the module anyway.
      '@typescript-eslint/no-import-type-side-effects': 'error',
    },
  },
  {
    // The gate for server text and the checks of text inputs look for control characters on purpose.
    files: ['src/common/untrusted.ts', 'src/inputs/text-inputs.ts', '__tests__/untrusted.e2e.test.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
