/**
 * The reader's language: Vietnamese unless asked otherwise. The URL wins (a shared link opens in
 * the language it was shared in), then the last choice kept in localStorage.
 */
import type { Lang } from './types.ts';

export const langStorageKey = 'chitieu.lang';

/** The bits of Storage used here, so that tests can pass a plain object. */
export interface LangStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const isLang = (value: unknown): value is Lang => value === 'vi' || value === 'en';

export const resolveLang = (fromUrl: Lang | undefined, store: LangStore | undefined): Lang => {
  if (fromUrl) return fromUrl;
  try {
    const stored = store?.getItem(langStorageKey);
    if (isLang(stored)) return stored;
  } catch {
    // storage may be disabled (private mode, sandboxed frame): fall through to the default
  }
  return 'vi';
};

export const rememberLang = (lang: Lang, store: LangStore | undefined): void => {
  try {
    store?.setItem(langStorageKey, lang);
  } catch {
    // not remembered, still shown
  }
};

export const otherLang = (lang: Lang): Lang => (lang === 'vi' ? 'en' : 'vi');

/** The browser's storage, or none when the page may not use it. */
export const browserStore = (): LangStore | undefined => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};
