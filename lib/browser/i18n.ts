import { browser } from 'wxt/browser';
import type en from '@/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** UI strings through browser.i18n (English and Spanish ship in public/_locales). */
export function t(key: MessageKey, substitution?: string | number | readonly (string | number)[]): string {
  const text = browser.i18n.getMessage(
    key,
    substitution === undefined
      ? undefined
      : Array.isArray(substitution)
        ? substitution.map(String)
        : String(substitution),
  );
  return text || key;
}
