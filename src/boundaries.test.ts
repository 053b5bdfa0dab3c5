import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/** The import boundaries of eslint.config.js, tried on snippets placed where they would live. */
const eslint = new ESLint({ cwd: process.cwd() });
async function boundaryErrors(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  // Loading the config and its plugins takes seconds on a busy machine: once, before the cases.
  beforeAll(() => eslint.lintText('', { filePath: 'src/x.ts' }), 60_000);

  it.each([
    ['src/features/private-link/x.ts', "import { clustersQueryOptions } from '@/features/clusters/api/clusters';"],
    ['src/features/private-link/x.ts', "import { App } from '@/app/app';"],
    ['src/features/private-link/x.ts', "import { db } from '@mocks/node';"],
    ['src/features/clusters/x.ts', "import { typeLabel } from '../../features/private-link/labels';"],
    ['src/lib/x.ts', "import { typeLabel } from '@/features/private-link/labels';"],
    ['src/components/ui/x.tsx', "import { NetworkingPage } from '../../app/networking-page';"],
    ['src/contract/x.ts', "import { tEn } from '@/lib/i18n-core';"],
    ['src/contract/providers/x.ts', "import { en } from '../../locales/en';"],
    ['mocks/http/x.ts', "import { typeLabel } from '@/features/private-link/labels';"],
    ['mocks/x.ts', "import { en } from '@/locales/en';"],
    // the mock is an independent opinion: never the console's form rules or provider registry
    ['mocks/http/x.ts', "import { PROVIDERS } from '@/contract/providers';"],
    ['mocks/x.ts', "import { displayNameProblem } from '@/contract/rules';"],
    ['mocks/x.ts', "import { aws } from '../src/contract/providers/aws';"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/app/x.ts', "import { PrivateLinkPanel } from '@/features/private-link/panel/private-link-panel';"],
    ['src/features/private-link/x.ts', "import { Button } from '@/components/ui/button';\nimport { keys } from '@/features/private-link/api/keys';\nimport { PROVIDERS } from '@/contract/providers';"],
    ['src/contract/providers/x.ts', "import { CONNECTION_TYPES } from '../private-link';\nimport * as z from 'zod/mini';"],
    ['mocks/http/x.ts', "import { privateLinkConnectionSchema, type ConnectionType } from '@/contract/private-link';"],
    ['mocks/x.test.ts', "import { PROVIDERS } from '@/contract/providers';"],
    ['src/features/private-link/x.test.tsx', "import { db } from '@mocks/node';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
