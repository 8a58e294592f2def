import type { Handle, HandleServerError } from '@sveltejs/kit';
import { defaultLanguage, isLanguage } from '$lib/i18n';
import { createLogger } from '$lib/server/log';

const logger = createLogger('web');
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Picks the interface language: `?lang=` sets it and is remembered in a cookie; otherwise
 * the cookie, otherwise Simplified Chinese.
 */
function resolveLanguage(event: Parameters<Handle>[0]['event']) {
	const requested = event.url.searchParams.get('lang');
	if (isLanguage(requested)) {
		event.cookies.set('lang', requested, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: ONE_YEAR_SECONDS
		});
		return requested;
	}
	const remembered = event.cookies.get('lang');
	return isLanguage(remembered) ? remembered : defaultLanguage;
}

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.lang = resolveLanguage(event);
	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang)
	});
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) logger.error({ err: error, path: event.url.pathname }, 'request failed');
	const message = error instanceof Error && error.name === 'SeamError' ? error.message : undefined;
	return { message: message ?? (status === 404 ? 'Not found' : 'Internal error') };
};
