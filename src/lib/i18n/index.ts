import i18next, { type TFunction } from 'i18next';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'zh-CN';

type Messages = Record<string, unknown>;

// Each feature keeps its strings in locales/<language>/<feature>.json under its own top-level
// keys; the files of a language are merged into one resource.
const files = import.meta.glob<Messages>('./locales/*/*.json', { eager: true, import: 'default' });

function resourcesOf(language: Language): Messages {
	const merged: Messages = {};
	for (const [file, messages] of Object.entries(files)) {
		if (file.startsWith(`./locales/${language}/`)) Object.assign(merged, messages);
	}
	return merged;
}

const i18n = i18next.createInstance();
// Resources are bundled, so initialisation is synchronous and needs no backend.
void i18n.init({
	resources: Object.fromEntries(
		languages.map((language) => [language, { translation: resourcesOf(language) }])
	),
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
