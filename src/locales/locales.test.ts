import { describe, expect, it } from 'vitest';
import { CATALOGS } from '@/test/catalogs';
import { en } from './en';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const tags = (s: string) => [...s.matchAll(/<(\w+)>/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  for (const [lang, catalog] of Object.entries(CATALOGS)) {
    it(`${lang} has exactly the English keys, none empty`, () => {
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
      for (const [key, value] of Object.entries(catalog)) expect(value.trim(), key).not.toBe('');
    });
    it(`${lang} keeps every parameter and markup tag of the English text`, () => {
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        expect(placeholders(catalog[key]), key).toEqual(placeholders(en[key]));
        expect(tags(catalog[key]), key).toEqual(tags(en[key]));
      }
    });
  }

  it('uses the product docs’ Chinese names', () => {
    const zh = CATALOGS['zh-CN'];
    expect(zh['panel.create']).toBe('创建私有链路连接');
    expect(zh['menu.attach']).toBe('绑定域名');
    expect(zh['menu.detach']).toBe('解绑域名');
    expect(zh['zones.azs']).toBe('可用区');
    expect(zh['type.AWS_ENDPOINT_SERVICE']).toBe('AWS Endpoint Service');
  });
});
