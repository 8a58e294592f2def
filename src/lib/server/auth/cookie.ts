import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'seam_session';

/**
 * httpOnly keeps the id away from page scripts; SameSite=Lax keeps browsers from sending it
 * with cross-site POSTs. `secure` follows the origin, so plain-HTTP local use still works.
 */
export function setSessionCookie(
	cookies: Cookies,
	url: URL,
	sessionId: string,
	expiresAtMs: number
) {
	cookies.set(SESSION_COOKIE, sessionId, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		expires: new Date(expiresAtMs)
	});
}

export function clearSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:'
	});
}
