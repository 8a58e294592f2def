import { fail } from '@sveltejs/kit';
import { changeOwnPassword } from '$lib/server/auth/changePassword';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { sharedLoginThrottle } from '$lib/server/auth/throttle';
import { isSeamError } from '$lib/server/errors';
import { sharedGraph } from '$lib/server/runtime';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	return { account: locals.user };
};

export const actions: Actions = {
	password: async ({ request, locals, cookies, url, getClientAddress }) => {
		if (!locals.user) return fail(401, { problem: 'signIn', message: '' });
		const form = await request.formData();
		const currentPassword = String(form.get('currentPassword') ?? '');
		const newPassword = String(form.get('newPassword') ?? '');
		if (newPassword !== String(form.get('confirmPassword') ?? '')) {
			return fail(400, { problem: 'mismatch', message: '' });
		}
		try {
			const result = await changeOwnPassword(
				await sharedGraph(),
				sharedLoginThrottle,
				locals.user,
				{
					currentPassword,
					newPassword,
					address: getClientAddress()
				}
			);
			if (!result.ok)
				return fail(result.reason === 'locked' ? 429 : 400, {
					problem: result.reason,
					message: ''
				});
			setSessionCookie(cookies, url, result.sessionId, result.expiresAtMs);
			return { changed: true };
		} catch (error) {
			if (isSeamError(error)) return fail(400, { problem: 'policy', message: error.message });
			throw error;
		}
	}
};
