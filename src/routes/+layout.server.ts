import { loadSettings } from '$lib/server/settings';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	return { lang: locals.lang, timeZone: loadSettings().timeZone };
};
