// Proves the i18n layer: lookups per locale, parameter substitution, and the locale detection
// order (?lang= first, then browser languages, then English).
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zhCN';
import { detectLocale, loadLocale, t } from './t';

beforeAll(() => loadLocale('zh-CN'));

describe('t', () => {
  it('looks up a key per locale', () => {
    expect(t('en', 'controls.play')).toBe('Play');
    expect(t('zh-CN', 'controls.play')).toBe('播放');
  });

  it('substitutes parameters and leaves unknown ones visible', () => {
    expect(t('en', 'viz.server', { sid: 3 })).toBe('Server 3');
    expect(t('en', 'viz.server')).toBe('Server {sid}');
  });

  it('has the same parameters in every locale', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(params(zhCN[key]), key).toEqual(params(en[key]));
    }
  });
});

describe('detectLocale', () => {
  it.each([
    ['', ['en-US'], 'en'],
    ['', ['zh-TW', 'en'], 'zh-CN'],
    ['', ['fr-FR', 'zh-CN'], 'zh-CN'],
    ['', ['fr-FR'], 'en'],
    ['', [], 'en'],
    ['?lang=zh-CN', ['en-US'], 'zh-CN'],
    ['?lang=en', ['zh-CN'], 'en'],
    ['?lang=xx', ['zh-CN'], 'zh-CN'],
  ] as const)('%s with %j gives %s', (search, languages, expected) => {
    expect(detectLocale(search, languages)).toBe(expected);
  });
});

describe('loadLocale', () => {
  it('has every preset of the simulation in Chinese', async () => {
    const { PRESETS } = await import('../../sim/scenario/presets');
    const { zhPresets } = await import('./zhPresets');
    for (const p of PRESETS) expect(zhPresets[p.id]?.title, p.id).toBeTruthy();
  });
});
