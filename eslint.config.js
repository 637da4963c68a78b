import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports run one way (STYLE.md): app → views → charts / ui → state → query → data.
 * Each zone lists the layers it may not import from.
 */
const importDirection = [
  {
    target: './src/data',
    from: ['./src/query', './src/state', './src/charts', './src/ui', './src/views', './src/app'],
  },
  {
    target: './src/query',
    from: ['./src/state', './src/charts', './src/ui', './src/views', './src/app'],
  },
  { target: './src/state', from: ['./src/charts', './src/ui', './src/views', './src/app'] },
  { target: './src/charts', from: ['./src/state', './src/views', './src/app'] },
  { target: './src/ui', from: ['./src/views', './src/app'] },
  { target: './src/views', from: ['./src/app'] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e-*',
      'dist-lighthouse',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      'import-x': importX,
      '@tanstack/query': pluginQuery,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...pluginQuery.configs['flat/recommended'][0].rules,
      'no-console': 'error',
      'import-x/no-restricted-paths': ['error', { zones: importDirection }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from data is rendered as text, never as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'innerHTML is not used.',
        },
        {
          selector: "ImportDeclaration[source.value='d3']",
          message: 'Import d3 by module (d3-scale, d3-array, ...).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: [
      'scripts/**/*.{ts,mjs,js}',
      'tests/e2e/**/*.ts',
      '*.config.{ts,js}',
      'bench/**/*.{ts,mjs}',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    // The unit tests' console guard replaces the console on purpose.
    files: ['tests/unit/console-guard*.ts'],
    rules: { 'no-console': 'off' },
  },
);
