import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProgressMethod, ProgressStatus } from '../../shared/progress/types.ts';
import { domainLabel, flagTypeWord, methodInfo, statusWord, t } from '../../web/src/i18n.ts';

const catalogDir = path.resolve(import.meta.dirname, '../../catalog');

describe('the dashboard’s words', () => {
  it('exist in both languages for every message', () => {
    const vi = t('vi');
    const en = t('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const [key, value] of Object.entries(vi)) {
      if (typeof value === 'string') {
        expect(value, key).not.toBe('');
        expect((en as Record<string, unknown>)[key], key).not.toBe('');
      }
    }
  });

  it('name every status as the API’s explanations do', () => {
    for (const status of ProgressStatus.options) {
      expect(statusWord(status, 'vi')).toMatch(/\S/);
      expect(statusWord(status, 'en')).toMatch(/\S/);
    }
    expect(statusWord('at_risk', 'vi')).toBe('Có nguy cơ không đạt');
    expect(statusWord('on_track', 'en')).toBe('On track');
  });

  it('explain every progress method', () => {
    expect(Object.keys(methodInfo).sort()).toEqual([...ProgressMethod.options].sort());
  });

  it('have a heading for every domain of the seed catalog', () => {
    const domains = new Set<string>();
    for (const file of readdirSync(catalogDir).filter((f) => f.endsWith('.json') && f !== 'illustrative.json')) {
      const document = JSON.parse(readFileSync(path.join(catalogDir, file), 'utf8')) as {
        indicators: { domain: string }[];
      };
      for (const indicator of document.indicators) domains.add(indicator.domain);
    }
    for (const domain of domains) {
      expect(domainLabel(domain, 'vi'), domain).not.toBe(domain.replaceAll('-', ' '));
      expect(domainLabel(domain, 'en'), domain).not.toBe(domain.replaceAll('-', ' '));
    }
    expect(domainLabel('new-domain', 'en')).toBe('new domain');
  });

  it('name both flag types, and show an unknown one as it came', () => {
    expect(flagTypeWord('lagging', 'vi')).toBe('Chậm so với lộ trình');
    expect(flagTypeWord('missing_report', 'en')).toBe('Missing yearly report');
    expect(flagTypeWord('other', 'en')).toBe('other');
  });
});
