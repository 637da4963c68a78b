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

/** The view folders: one view never imports another (what they share lives in src/ui). */
const viewFolders = [
  'case',
  'check',
  'learning',
  'method',
  'overview',
  'present',
  'themes',
  'trends',
];
const viewIsolation = viewFolders.map((view) => ({
  target: `./src/views/${view}`,
  from: viewFolders.filter((other) => other !== view).map((other) => `./src/views/${other}`),
  message: 'A view does not import another view: move what they share to src/ui.',
}));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-e2e-*',
      'dist-single*',
      'dist-wt-*',
      'dist-lighthouse',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results.json',
      'screenshots',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    // Without a resolver, imports written without an extension are never resolved and the
    // restricted-paths rule never fires.
    settings: {
      'import-x/resolver-next': [
        importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
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
      'import-x/no-restricted-paths': ['error', { zones: [...importDirection, ...viewIsolation] }],
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
    // The pure core draws nothing: React (and anything that renders) stays out of data and query.
    files: ['src/data/**/*.{ts,tsx}', 'src/query/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                'react/*',
                'react-dom/*',
                '@tanstack/react-*',
                'zustand',
              ],
              message: 'src/data and src/query are plain TypeScript: no React, no store.',
            },
          ],
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
