import { describe, expect, expectTypeOf, it } from 'vitest';
import type { MessageKey } from '@/locales/en';
import { en } from '@/locales/en';
import { zhCN } from '@/locales/zh-CN';
import { PROVIDERS } from '@/contract/providers';
import { DOMAIN_KINDS } from '@/contract/providers/domains';
import { translator } from '@/lib/i18n-core';
import { asMessageKey, supportedClouds, type CheckedKeys } from './providers';

describe('provider messages', () => {
  it('are keys of both catalogs', () => {
    for (const p of Object.values(PROVIDERS)) {
      const prerequisites = [p.prerequisites.title, ...p.prerequisites.items.flatMap((i) => ('otherRegion' in i ? [i.key, i.otherRegion] : [i.key]))];
      for (const key of [p.messages.cloud, p.messages.type, p.messages.nextStep, p.messages.serviceFormat, ...prerequisites]) {
        expect(en[asMessageKey(key)]).toBeTruthy();
        expect(zhCN[asMessageKey(key)]).toBeTruthy();
      }
    }
  });
  it('of every domain type are keys of both catalogs', () => {
    for (const kind of Object.values(DOMAIN_KINDS)) {
      for (const key of Object.values(kind.messages)) {
        expect(en[asMessageKey(key)]).toBeTruthy();
        expect(zhCN[asMessageKey(key)]).toBeTruthy();
      }
    }
  });

  // Type tests, checked by tsc (`npm run typecheck`): they hold for any providers, none named here.
  it('are keys of the catalog in their types too (what asMessageKey takes)', () => {
    expectTypeOf<CheckedKeys>().toExtend<MessageKey>();
    expectTypeOf<(typeof PROVIDERS)[keyof typeof PROVIDERS]['messages']['nextStep']>().toExtend<MessageKey>();
  });
  it('would not be keys with one the catalog lacks (what makes CheckedKeys fail to compile)', () => {
    expectTypeOf<'never.a.message.key' | CheckedKeys>().not.toExtend<MessageKey>();
  });
});

describe('supported clouds', () => {
  it('lists every cloud of the registry once, in the user’s language', () => {
    const clouds = [...new Set(Object.values(PROVIDERS).map((p) => p.messages.cloud))];
    for (const [lang, catalog, and] of [['en', en, ' and '], ['zh-CN', zhCN, '和']] as const) {
      const text = supportedClouds(translator(catalog), lang);
      for (const key of clouds) expect(text.split(catalog[key]).length - 1, `${lang} ${key}`).toBe(1);
      expect(text).toContain(`${and}${catalog[clouds.at(-1)!]}`);
    }
    expect(supportedClouds(translator(en), 'en')).toMatch(/^AWS\b.* and /);
    const text = translator(en)('panel.unsupportedCloudOf', { clouds: supportedClouds(translator(en), 'en'), cloud: 'azure' });
    expect(text).toMatch(/^Private link connections for dataflow are available for clusters on AWS.* and .+\. This cluster is on azure\.$/);
  });
});
