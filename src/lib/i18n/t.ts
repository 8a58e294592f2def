import { page } from '$app/state';
import { defaultLanguage, isLanguage, translator, type Language } from './index';

export function currentLanguage(): Language {
	const lang = page.data.lang;
	return isLanguage(lang) ? lang : defaultLanguage;
}

/** Translates a key in the language of the current page; reactive in Svelte templates. */
export function t(key: string, options?: Record<string, unknown>): string {
	return translator(currentLanguage())(key, options ?? {}) as string;
}
