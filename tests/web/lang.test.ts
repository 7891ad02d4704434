import { describe, expect, it } from 'vitest';
import { langStorageKey, otherLang, rememberLang, resolveLang, type LangStore } from '../../web/src/lang.ts';

const memory = (initial: Record<string, string> = {}): LangStore & { data: Record<string, string> } => {
  const data = { ...initial };
  return { data, getItem: (key) => data[key] ?? null, setItem: (key, value) => void (data[key] = value) };
};

const broken: LangStore = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
};

describe('the reader’s language', () => {
  it('is Vietnamese by default', () => {
    expect(resolveLang(undefined, memory())).toBe('vi');
    expect(resolveLang(undefined, undefined)).toBe('vi');
  });

  it('is the last choice kept in storage, unless the URL says otherwise', () => {
    expect(resolveLang(undefined, memory({ [langStorageKey]: 'en' }))).toBe('en');
    expect(resolveLang('vi', memory({ [langStorageKey]: 'en' }))).toBe('vi');
    expect(resolveLang('en', memory())).toBe('en');
  });

  it('ignores a stored value that is not a language', () => {
    expect(resolveLang(undefined, memory({ [langStorageKey]: 'fr' }))).toBe('vi');
  });

  it('is remembered, and survives storage that refuses to work', () => {
    const store = memory();
    rememberLang('en', store);
    expect(store.data[langStorageKey]).toBe('en');
    expect(() => rememberLang('en', broken)).not.toThrow();
    expect(resolveLang(undefined, broken)).toBe('vi');
  });

  it('toggles between the two', () => {
    expect(otherLang('vi')).toBe('en');
    expect(otherLang('en')).toBe('vi');
  });
});
