import { readdirSync } from 'node:fs';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Import boundaries: app → features → shared (src/components, src/lib, src/contract, src/locales);
 * a feature never imports another feature; src/contract imports nothing of the app; the mock
 * (mocks/) imports only src/contract. Tests and stories may reach into the mock.
 */
const TESTS = ['**/*.test.{ts,tsx}', '**/*.stories.tsx', 'src/test/**'];
const APP = ['@/app', '@/app/*', '**/app/*'];
const FEATURES = ['@/features', '@/features/*', '**/features/*'];
const MOCKS = ['@mocks/*', '**/mocks/*'];
const boundary = (files, group, message, ignores = TESTS) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] },
});
const features = readdirSync(new URL('./src/features', import.meta.url));
const boundaries = [
  boundary(['src/components/**', 'src/lib/**', 'src/locales/**'], [...APP, ...FEATURES, ...MOCKS], 'Shared code (components, lib, locales) imports only shared code.'),
  boundary(
    ['src/contract/**'],
    ['@/*', '!@/contract', '!@/contract/*', ...MOCKS, '**/lib/*', '**/components/*', '**/locales/*', ...APP, ...FEATURES],
    'src/contract is the bottom layer: it imports only itself (and zod).',
  ),
  ...features.map((name) => ({
    files: [`src/features/${name}/**`],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...APP, ...MOCKS], message: `A feature (src/features/${name}) imports shared code and itself, never the app or the mock.` },
            // gitignore-style groups cannot re-include a path under an excluded folder: a regex does it.
            { regex: `(^@/|/)features/(?!${name}(/|$))`, message: `A feature (src/features/${name}) never imports another feature.` },
          ],
        },
      ],
    },
  })),
  boundary(
    ['mocks/**'],
    ['@/*', '!@/contract', '!@/contract/*', '!@/contract/**/*', '**/src/*', '@/contract/rules', '@/contract/providers', '@/contract/providers/*', '**/contract/rules', '**/contract/providers', '**/contract/providers/*'],
    "The mock is a client of the contract's resource types and shapes only: never the console's form rules (src/contract/rules.ts) nor its provider registry (src/contract/providers); it keeps its own (mocks/clouds.ts, mocks/rules.ts).",
    ['mocks/**/*.test.ts', 'mocks/storybook.ts'],
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', '.bench', 'dist-budget', 'dist-e2e*', 'reports', '.stryker-tmp*'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
      ],
    },
  },
  ...boundaries,
  {
    // Every word a user reads comes from src/locales (English and Simplified Chinese).
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/**/*.stories.tsx', 'src/test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: 'JSXText[value=/[A-Za-z]{2,}/]', message: 'Put user-facing text in src/locales and use t().' },
        {
          selector: "JSXAttribute[name.name=/^(aria-label|title|placeholder|label|alt)$/] > Literal[value=/[A-Za-z]{2,}/]",
          message: 'Put user-facing text in src/locales and use t().',
        },
      ],
    },
  },
);
