import { fail, redirect } from '@sveltejs/kit';
import { safeNextPath } from '$lib/domain/auth/redirect';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { signIn } from '$lib/server/auth/signIn';
import { sharedLoginThrottle } from '$lib/server/auth/throttle';
import { sharedGraph } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
	const next = safeNextPath(url.searchParams.get('next'));
	if (locals.user) redirect(303, next);
	return { next };
};

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress }) => {
		const form = await request.formData();
		const username = String(form.get('username') ?? '');
		const password = String(form.get('password') ?? '');
		const next = safeNextPath(String(form.get('next') ?? '/'));
		const result = await signIn(await sharedGraph(), sharedLoginThrottle, {
			username,
			password,
			address: getClientAddress()
		});
		if (!result.ok) {
			const retryAfterSeconds = result.reason === 'locked' ? result.retryAfterSeconds : null;
			return fail(result.reason === 'locked' ? 429 : 400, {
				username,
				reason: result.reason,
				retryAfterSeconds
			});
		}
		setSessionCookie(cookies, url, result.sessionId, result.expiresAtMs);
		redirect(303, next);
	}
};
