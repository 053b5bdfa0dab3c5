import { describe, expect, it } from 'vitest';
import type { MessageKey } from '@/locales/en';
import { en } from '@/locales/en';
import { zhCN } from '@/locales/zh-CN';
import { PROVIDERS } from '@/contract/providers';
import { asMessageKey, type CheckedKeys } from './providers';

type Exact<A extends B, B> = A;

describe('provider messages', () => {
  it('are keys of both catalogs', () => {
    for (const p of Object.values(PROVIDERS)) {
      for (const key of [p.messages.cloud, p.messages.type, p.messages.nextStep, p.messages.serviceFormat]) {
        expect(en[asMessageKey(key)]).toBeTruthy();
        expect(zhCN[asMessageKey(key)]).toBeTruthy();
      }
    }
  });

  it('do not compile when a key is missing from the catalog', () => {
    // @ts-expect-error 'cloud.gcp' is not a message key
    type Missing = Exact<'cloud.gcp' | CheckedKeys, MessageKey>;
    const ok: Missing | undefined = undefined;
    expect(ok).toBeUndefined();
  });
});
