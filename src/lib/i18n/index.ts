import i18next, { type TFunction } from 'i18next';
import en from './en.json';
import zh from './zh.json';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

const i18n = i18next.createInstance();
// Resources are bundled, so initialisation is synchronous and needs no backend.
void i18n.init({
	resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
	lng: defaultLanguage,
	fallbackLng: 'en',
	initAsync: false,
	interpolation: { escapeValue: false }
});

export function isLanguage(value: unknown): value is Language {
	return languages.includes(value as Language);
}

/** A translate function fixed to one language, safe to use across concurrent requests. */
export function translator(language: Language): TFunction {
	return i18n.getFixedT(language);
}
