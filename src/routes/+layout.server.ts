import { mayOpen } from '$lib/server/auth/access';
import { loadSettings } from '$lib/server/settings';
import { navItems } from '$lib/nav';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user ? { username: locals.user.username, role: locals.user.role } : null;
	// The header lists only the areas the access table lets this role open.
	const navHrefs = user
		? navItems.filter((item) => mayOpen(item.href, user.role)).map((item) => item.href)
		: [];
	return { lang: locals.lang, timeZone: loadSettings().timeZone, user, navHrefs };
};
