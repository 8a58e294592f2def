import { redirect } from '@sveltejs/kit';
import { audit } from '$lib/server/audit/audit';
import { SESSION_COOKIE, clearSessionCookie } from '$lib/server/auth/cookie';
import { deleteSession } from '$lib/server/auth/sessions';
import { sharedGraph } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST (from the header's form); a GET only lands here.
export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ cookies, url, locals }) => {
		const sessionId = cookies.get(SESSION_COOKIE);
		const graph = await sharedGraph();
		if (sessionId) await deleteSession(graph, sessionId);
		if (locals.user) {
			await audit(graph, {
				actor: locals.user.username,
				action: 'auth.sign_out',
				target: locals.user.username
			});
		}
		clearSessionCookie(cookies, url);
		redirect(303, '/login');
	}
};
