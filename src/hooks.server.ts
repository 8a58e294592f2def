import { error, json, redirect, type Handle, type HandleServerError } from '@sveltejs/kit';
import { defaultLanguage, isLanguage } from '$lib/i18n';
import { accessFor } from '$lib/server/auth/access';
import { SESSION_COOKIE, clearSessionCookie } from '$lib/server/auth/cookie';
import { findSessionUser, type SessionUser } from '$lib/server/auth/sessions';
import { createLogger } from '$lib/server/log';
import { sharedGraph } from '$lib/server/runtime';

const logger = createLogger('web');
const ONE_YEAR_SECONDS = 365 * 24 * 3600;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

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

async function resolveUser(event: Parameters<Handle>[0]['event']): Promise<SessionUser | null> {
	const sessionId = event.cookies.get(SESSION_COOKIE);
	if (!sessionId) return null;
	const user = await findSessionUser(await sharedGraph(), sessionId);
	if (!user) clearSessionCookie(event.cookies, event.url);
	return user;
}

/**
 * Decodes the path the way SvelteKit's router does (`%2F` stays encoded), so the access check
 * covers the route that will run.
 */
function routedPath(url: URL): string {
	try {
		return url.pathname.split('%25').map(decodeURI).join('%25');
	} catch {
		error(400, 'Malformed URL path.');
	}
}

/**
 * Rejects state-changing requests another site started. SvelteKit already rejects foreign
 * form posts in production builds; this also covers JSON bodies and the dev server.
 */
function isCrossSite(request: Request, origin: string): boolean {
	if (SAFE_METHODS.has(request.method)) return false;
	const requestOrigin = request.headers.get('origin');
	if (requestOrigin !== null && requestOrigin !== origin) return true;
	return request.headers.get('sec-fetch-site') === 'cross-site';
}

function setSecurityHeaders(response: Response, signedIn: boolean, https: boolean) {
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'same-origin');
	response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	if (https) response.headers.set('Strict-Transport-Security', 'max-age=31536000');
	// Pages of a signed-in user hold customer data: keep them out of shared caches and history.
	if (signedIn && !response.headers.has('cache-control')) {
		response.headers.set('Cache-Control', 'no-store');
	}
}

/**
 * Builds the response for a refused request here rather than throwing, because SvelteKit sends
 * errors thrown in `handle` without the security headers.
 */
function reject(event: Parameters<Handle>[0]['event'], status: 401 | 403, message: string) {
	const wantsJson =
		event.isDataRequest ||
		event.url.pathname.startsWith('/api/') ||
		(event.request.headers.get('accept') ?? '').startsWith('application/json');
	const response = wantsJson
		? json({ message }, { status })
		: new Response(
				`<!doctype html><meta charset="utf-8"><title>${status}</title><h1>${status}</h1><p>${message}</p><p><a href="/">Seam</a></p>`,
				{ status, headers: { 'content-type': 'text/html; charset=utf-8' } }
			);
	response.headers.set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
	setSecurityHeaders(response, true, event.url.protocol === 'https:');
	return response;
}

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.lang = resolveLanguage(event);
	if (isCrossSite(event.request, event.url.origin)) {
		return reject(event, 403, 'Cross-site request rejected.');
	}

	const path = routedPath(event.url);
	const publicPath = accessFor(path, null) === 'allow';
	event.locals.user = publicPath && path !== '/login' ? null : await resolveUser(event);
	const decision = accessFor(path, event.locals.user?.role ?? null);
	if (decision === 'signIn') {
		if (path.startsWith('/api/')) return reject(event, 401, 'Sign in first.');
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	if (decision === 'deny') return reject(event, 403, 'Your role may not open this page.');

	const response = await resolve(event, {
		transformPageChunk: ({ html }) => html.replace('%lang%', event.locals.lang)
	});
	setSecurityHeaders(response, event.locals.user !== null, event.url.protocol === 'https:');
	return response;
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status !== 404) logger.error({ err: error, path: event.url.pathname }, 'request failed');
	const message = error instanceof Error && error.name === 'SeamError' ? error.message : undefined;
	return { message: message ?? (status === 404 ? 'Not found' : 'Internal error') };
};
