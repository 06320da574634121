import { describe, expect, it } from 'vitest';
import { en } from '../../src/app/locales/en';
import { kk } from '../../src/app/locales/kk';
import { ru } from '../../src/app/locales/ru';
import { STUDIO_STRINGS } from '../../src/studio/strings';
import { DASHBOARD_STRINGS } from '../../src/dashboard/strings';
import { REPORT_STRINGS } from '../../src/app/report/strings';
import { SEMINAR_STRINGS } from '../../src/app/play/seminar-strings';

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`]));
}

const base = (key: string) => key.replace(/_(one|few|many|other)$/, '');

describe('interface strings', () => {
  it.each([
    ['Russian', ru],
    ['Kazakh', kk],
  ])('%s has every English string, and nothing else', (_, messages) => {
    expect([...new Set(keys(messages).map(base))].sort()).toEqual([...new Set(keys(en).map(base))].sort());
  });

  it('gives Russian the one, few and many plural forms wherever English has a plural', () => {
    const plurals = keys(en).filter((k) => k.endsWith('_other')).map(base);
    for (const key of plurals) for (const form of ['one', 'few', 'many', 'other']) expect(keys(ru)).toContain(`${key}_${form}`);
  });

  it('gives the studio every string in all three languages', () => {
    const english = [...new Set(keys(STUDIO_STRINGS.en).map(base))].sort();
    expect([...new Set(keys(STUDIO_STRINGS.ru).map(base))].sort()).toEqual(english);
    expect([...new Set(keys(STUDIO_STRINGS.kk).map(base))].sort()).toEqual(english);
  });

  it.each([
    ['dashboard', DASHBOARD_STRINGS],
    ['report', REPORT_STRINGS],
    ['seminar', SEMINAR_STRINGS],
  ])('gives the %s every string in all three languages, with Russian plural forms', (_, strings) => {
    const english = [...new Set(keys(strings.en).map(base))].sort();
    expect([...new Set(keys(strings.ru).map(base))].sort()).toEqual(english);
    expect([...new Set(keys(strings.kk).map(base))].sort()).toEqual(english);
    for (const key of keys(strings.en).filter((k) => k.endsWith('_other')).map(base)) {
      for (const form of ['one', 'few', 'many', 'other']) expect(keys(strings.ru)).toContain(`${key}_${form}`);
    }
  });

  it('leaves no string empty', () => {
    for (const messages of [en, ru, kk]) {
      const flat = JSON.stringify(messages);
      expect(flat).not.toMatch(/:""/);
    }
  });
});
